import type { Db } from '../../store/sql';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../../shared/exchange';
import { listCases } from '../../store/cases/cases';
import { listEvents } from '../../store/cases/events';
import { listOrganisations } from '../../store/organisations/organisations';
import { listPersons } from '../../store/persons/persons';
import { listSnippets } from '../../store/snippets/snippets';
import { listSources } from '../../store/sources/sources';

/**
 * The whole library as an exchange file (docs/library-format.md). Snippets carry their current
 * content; their earlier revisions stay in the library.
 */
export function exportExchange(db: Db, now: string) {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: now,
    persons: listPersons(db),
    organisations: listOrganisations(db),
    cases: listCases(db),
    events: listEvents(db),
    sources: listSources(db),
    snippets: listSnippets(db).map(({ text: _text, revision: _revision, ...s }) => s),
  };
}
