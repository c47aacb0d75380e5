/** `PRAGMA application_id` of a Dossier library: "DOSR". */
export const APPLICATION_ID = 0x444f5352;
