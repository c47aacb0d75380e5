import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Person, Visibility } from '../../../../shared/domain';
import { useCall } from '../../app/api';
import { foldRow, rowMatches } from '../../app/filterText';
import { navigate } from '../../app/location';
import { formatChanged, plural, VISIBILITY_LABELS } from '../../app/format';
import { VisibilityBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';

interface Row {
  person: Person;
  cases: number;
  forms: string[];
}

/** Every person in the library: a sortable table with a filter, for ten thousand rows or ten. */
export function PersonsList() {
  const persons = useCall('persons.list', {});
  const cases = useCall('cases.list', {});
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<'' | Visibility>('');
  const [country, setCountry] = useState('');
  const [role, setRole] = useState('');

  const rows = useMemo<Row[]>(() => {
    const count = new Map<string, number>();
    for (const c of cases.data ?? [])
      for (const p of c.personIds) count.set(p, (count.get(p) ?? 0) + 1);
    return (persons.data ?? []).map((person) => ({
      person,
      cases: count.get(person.id) ?? 0,
      forms: foldRow([person.name, ...person.aliases.map((a) => a.name)].join(' ')),
    }));
  }, [persons.data, cases.data]);

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
          (text.trim() === '' || rowMatches(r.forms, text)),
      ),
    [rows, text, visibility, country, role],
  );

  const columns: Column<Row>[] = [
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
      render: (r) => r.person.aliases.map((a) => a.name).join(', '),
    },
    {
      key: 'roles',
      label: 'Roles',
      width: 'minmax(110px, 1.2fr)',
      sortValue: (r) => r.person.roles.join(', '),
      render: (r) => r.person.roles.join(', '),
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
      sortValue: (r) => r.cases,
      render: (r) => r.cases,
    },
    {
      key: 'updated',
      label: 'Changed',
      width: '110px',
      sortValue: (r) => r.person.updatedAt,
      render: (r) => formatChanged(r.person.updatedAt),
    },
  ];

  const total = persons.data?.length ?? 0;
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
              {shown.length === total
                ? plural(total, 'person')
                : `${shown.length.toLocaleString('en')} of ${plural(total, 'person')}`}
            </span>
          </div>
          <DataTable
            label="Persons"
            rows={shown}
            columns={columns}
            rowKey={(r) => r.person.id}
            rowHref={(r) => `#/persons/${r.person.id}`}
            rowLabel={(r) => r.person.name}
            initialSort={{ key: 'name' }}
          />
        </>
      )}
    </Page>
  );
}
