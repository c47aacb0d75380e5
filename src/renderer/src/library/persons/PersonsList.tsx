import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { PersonSummary, Visibility } from '../../../../shared/domain';
import { lazyForms, rowMatches } from '../../app/filterText';
import { navigate } from '../../app/location';
import { formatChanged, plural, VISIBILITY_LABELS } from '../../app/format';
import { VisibilityBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { useFirstRows, useLibraryCount } from '../firstRows';

interface Row {
  person: PersonSummary;
  /** The aliases as the "Also written" column shows them, joined once. */
  aliases: string;
  roles: string;
}

const formsOf = lazyForms<Row>((r) => `${r.person.name} ${r.aliases}`);

const COLUMNS: Column<Row>[] = [
  {
    key: 'name',
    label: 'Name',
    width: 'minmax(180px, 2fr)',
    sortValue: (r) => r.person.name,
    render: (r) => (
      <>
        <span>{r.person.name}</span>
        <VisibilityBadge visibility={r.person.visibility} />
      </>
    ),
  },
  {
    key: 'aliases',
    label: 'Also written',
    width: 'minmax(120px, 1.4fr)',
    render: (r) => r.aliases,
  },
  {
    key: 'roles',
    label: 'Roles',
    width: 'minmax(110px, 1.2fr)',
    sortValue: (r) => r.roles,
    render: (r) => r.roles,
  },
  {
    key: 'country',
    label: 'Country',
    width: '80px',
    sortValue: (r) => r.person.country ?? '',
    render: (r) => r.person.country ?? '',
  },
  {
    key: 'cases',
    label: 'Cases',
    width: '70px',
    sortValue: (r) => r.person.cases,
    render: (r) => r.person.cases,
  },
  {
    key: 'updated',
    label: 'Changed',
    width: '110px',
    sortValue: (r) => r.person.updatedAt,
    render: (r) => formatChanged(r.person.updatedAt),
  },
];

const rowKey = (r: Row): string => r.person.id;
const rowHref = (r: Row): string => `#/persons/${r.person.id}`;
const rowLabel = (r: Row): string => r.person.name;

/** Every person in the library: a sortable table with a filter, for ten thousand rows or ten. */
export function PersonsList() {
  // The table's columns only, case counts included, in one call: the first screen of rows
  // first, then every row.
  const persons = useFirstRows('persons.summaries');
  const libraryCount = useLibraryCount('persons');
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<'' | Visibility>('');
  const [country, setCountry] = useState('');
  const [role, setRole] = useState('');

  const rows = useMemo<Row[]>(
    () =>
      (persons.data ?? []).map((person) => ({
        person,
        aliases: person.aliases.join(', '),
        roles: person.roles.join(', '),
      })),
    [persons.data],
  );

  const countries = useMemo(
    () =>
      [...new Set(rows.map((r) => r.person.country).filter((c): c is string => c !== null))].sort(),
    [rows],
  );
  const roles = useMemo(() => [...new Set(rows.flatMap((r) => r.person.roles))].sort(), [rows]);
  const shown = useMemo(
    () =>
      rows.filter(
        (r) =>
          (visibility === '' || r.person.visibility === visibility) &&
          (country === '' || r.person.country === country) &&
          (role === '' || r.person.roles.includes(role)) &&
          (text.trim() === '' || rowMatches(formsOf(r), text)),
      ),
    [rows, text, visibility, country, role],
  );

  const total = persons.complete
    ? (persons.data?.length ?? 0)
    : Math.max(libraryCount ?? 0, persons.data?.length ?? 0);
  return (
    <Page
      list
      title="Persons"
      actions={
        <Button
          variant="primary"
          icon={<Plus aria-hidden="true" />}
          onPress={() => navigate('/persons/new')}
        >
          New person
        </Button>
      }
    >
      <ErrorNote error={persons.error} />
      {persons.isSuccess && total === 0 ? (
        <EmptyState title="No persons yet">
          Add the journalists, defenders and others whose cases you follow:{' '}
          <a href="#/persons/new">add a person</a>, or{' '}
          <a href="#/settings?do=import">import an exchange file</a>.
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Filter persons">
            <TextField
              label="Filter by name"
              value={text}
              onChange={setText}
              width="medium"
              placeholder="Name or alias, any spelling"
            />
            <SelectField
              label="Visibility"
              width="short"
              value={visibility}
              onChange={setVisibility}
              options={[
                { value: '', label: 'Any' },
                ...(['public', 'anonymise', 'internal'] as const).map((v) => ({
                  value: v,
                  label: VISIBILITY_LABELS[v],
                })),
              ]}
            />
            <SelectField
              label="Role"
              width="short"
              value={role}
              onChange={setRole}
              options={[{ value: '', label: 'Any' }, ...roles.map((r) => ({ value: r, label: r }))]}
            />
            <SelectField
              label="Country"
              width="tiny"
              value={country}
              onChange={setCountry}
              options={[
                { value: '', label: 'Any' },
                ...countries.map((c) => ({ value: c, label: c })),
              ]}
            />
            <span className="list-count" role="status">
              {!persons.complete
                ? `first ${shown.length.toLocaleString('en')} of ${plural(total, 'person')}`
                : shown.length === total
                  ? plural(total, 'person')
                  : `${shown.length.toLocaleString('en')} of ${plural(total, 'person')}`}
            </span>
          </div>
          <DataTable
            label="Persons"
            rows={shown}
            columns={COLUMNS}
            rowKey={rowKey}
            rowHref={rowHref}
            rowLabel={rowLabel}
            initialSort={{ key: 'name' }}
          />
        </>
      )}
    </Page>
  );
}
