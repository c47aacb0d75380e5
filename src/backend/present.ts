/** How facts read in text, for the doors that print them (the CLI may not import core). */
export { formatDate } from '../core/dates';
export { formatSentence, statusLabel } from '../core/facts/caseFacts';
