/** What each live field is, in the words of the Insert → Field menu. */
export const FIELD_LABELS: Record<string, string> = {
  'person.name': 'person’s name',
  'case.status': 'status',
  'case.daysDeprived': 'days deprived of liberty',
  'case.sentence': 'current sentence',
  'case.arrestDate': 'date of arrest',
  'case.latestEvent': 'date of the latest event',
  'document.date': 'the document’s date',
};
