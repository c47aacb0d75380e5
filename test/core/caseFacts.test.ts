import { describe, expect, it } from 'vitest';
import {
  caseFacts,
  formatSentence,
  statusAfterEach,
  type FactEvent,
} from '../../src/core/facts/caseFacts';
import { firstDay } from '../../src/core/dates';
import { demoLibrary } from '../../src/backend/demo/demoLibrary';
import { exchangeFile } from '../../src/shared/exchange';

const demo = exchangeFile.parse(demoLibrary);

/** The demo events of the case of the person with this name, as the facts engine sees them. */
function eventsOf(name: string): FactEvent[] {
  const person = demo.persons.find((p) => p.name === name);
  const c = demo.cases.find((x) => person?.id !== undefined && x.personIds.includes(person.id));
  if (c === undefined) throw new Error(`no demo case for ${name}`);
  return demo.events
    .filter((e) => e.caseId === c.id)
    .map((e, i) => ({ ...e, id: e.id ?? `e${i}` }));
}

let n = 0;
function ev(date: string, type: FactEvent['type'], extra: Partial<FactEvent> = {}): FactEvent {
  n += 1;
  return { id: `x${n}`, date, type, statusAfter: null, sentence: null, uncertain: false, ...extra };
}

describe('case facts from the demo library', () => {
  it('Khadija Ismayilova: 537 days deprived of liberty, arrested 5 Dec 2014, released 25 May 2016', () => {
    const facts = caseFacts(eventsOf('Khadija Ismayilova'), '2026-11-28');
    expect(facts.days.total).toBe(537);
    expect(facts.arrestDate).toBe('2014-12-05');
    expect(facts.status).toBe('suspended_sentence');
    expect(facts.statusSince).toBe('2016-05-25');
    expect(facts.approximate).toBe(false);
    expect(facts.sentence?.sentence).toMatchObject({ years: 3, months: 6, kind: 'suspended' });
  });

  it('counts the arrest day, not the release day, and the as-of day while still held', () => {
    const events = eventsOf('Khadija Ismayilova');
    expect(caseFacts(events, '2014-12-04').status).toBe('unknown');
    expect(caseFacts(events, '2014-12-05').days.total).toBe(1);
    expect(caseFacts(events, '2014-12-05').status).toBe('detained_pretrial');
    expect(caseFacts(events, '2016-05-24').days.total).toBe(537);
    expect(caseFacts(events, '2016-05-25').days.total).toBe(537);
  });

  it('splits pretrial detention from prison at the verdict', () => {
    const facts = caseFacts(eventsOf('Khadija Ismayilova'), '2016-06-01');
    // 5 Dec 2014 → 1 Sep 2015 pretrial, 1 Sep 2015 → 25 May 2016 in prison.
    expect(facts.days.pretrial).toBe(270);
    expect(facts.days.prison).toBe(267);
    const mid = caseFacts(eventsOf('Khadija Ismayilova'), '2015-10-01');
    expect(mid.status).toBe('imprisoned');
    expect(mid.sentence?.sentence).toMatchObject({ years: 7, months: 6, kind: 'custodial' });
  });

  it('Rasul Jafarov: pardoned on 17 March 2016, acquitted on 23 April 2020', () => {
    const events = eventsOf('Rasul Jafarov');
    const pardoned = caseFacts(events, '2019-01-01');
    expect(pardoned.status).toBe('pardoned');
    expect(pardoned.sentence).toMatchObject({ pardoned: true });
    expect(pardoned.sentence?.sentence).toMatchObject({ years: 6, months: 3 });
    expect(pardoned.days.total).toBe(593); // 2 Aug 2014 → 17 Mar 2016
    const acquitted = caseFacts(events, '2026-11-28');
    expect(acquitted.status).toBe('acquitted');
    expect(acquitted.sentence).toBeNull();
    expect(acquitted.days.total).toBe(593);
  });

  it('Anar Mammadli: two periods in custody add up; the arrest date is the latest one', () => {
    const facts = caseFacts(eventsOf('Anar Mammadli'), '2024-05-01');
    // 16 Dec 2013 → 17 Mar 2016 (822 days), then 29 Apr 2024 to 1 May 2024 inclusive (3 days).
    expect(facts.days.total).toBe(822 + 3);
    expect(facts.arrestDate).toBe('2024-04-29');
    expect(facts.status).toBe('detained_pretrial');
  });

  it('Arif Yunus: an arrest known only to the year makes the count approximate', () => {
    const facts = caseFacts(eventsOf('Arif Yunus'), '2026-11-28');
    expect(facts.approximate).toBe(true);
    expect(facts.status).toBe('suspended_sentence');
  });
});

describe('case facts rules', () => {
  it('counts house arrest apart from detention and prison', () => {
    const facts = caseFacts(
      [ev('2020-01-01', 'arrest'), ev('2020-01-11', 'house_arrest'), ev('2020-02-10', 'release')],
      '2021-01-01',
    );
    expect(facts.days).toEqual({ pretrial: 10, prison: 0, total: 10, houseArrest: 30 });
    expect(facts.status).toBe('released');
  });

  it('orders same-day events: the verdict before the release', () => {
    const facts = caseFacts(
      [
        ev('2020-03-01', 'release'),
        ev('2020-03-01', 'verdict', {
          sentence: { years: 1, months: 0, kind: 'custodial', probationMonths: null },
        }),
        ev('2020-01-01', 'arrest'),
      ],
      '2020-12-31',
    );
    expect(facts.status).toBe('released');
    expect(facts.days.total).toBe(60);
  });

  it('lets an event state the status it leads to', () => {
    const facts = caseFacts([ev('2019-05-01', 'other', { statusAfter: 'in_exile' })], '2020-01-01');
    expect(facts.status).toBe('in_exile');
    expect(facts.statusSince).toBe('2019-05-01');
  });

  it('ignores events after the as-of day and is unknown without events', () => {
    expect(caseFacts([ev('2030-01-01', 'arrest')], '2020-01-01')).toMatchObject({
      status: 'unknown',
      latestEvent: null,
      days: { total: 0 },
    });
  });

  it('a travel ban while held does not end the detention', () => {
    const facts = caseFacts(
      [ev('2020-01-01', 'arrest'), ev('2020-01-05', 'travel_ban')],
      '2020-01-10',
    );
    expect(facts.status).toBe('detained_pretrial');
    expect(facts.days.total).toBe(10);
  });

  it('states sentences as submissions do', () => {
    expect(formatSentence({ years: 7, months: 6, kind: 'custodial', probationMonths: null })).toBe(
      "7 years 6 months' imprisonment",
    );
    expect(formatSentence({ years: 8, months: 6, kind: 'suspended', probationMonths: 60 })).toBe(
      '8 years 6 months, suspended, with 5 years of probation',
    );
  });
});

describe('status after each event', () => {
  it("is caseFacts' status as of each event's day, for every demo case and for same-day events", () => {
    const byCase = new Map<string, FactEvent[]>();
    demo.events.forEach((e, i) => {
      const list = byCase.get(e.caseId) ?? [];
      list.push({ ...e, id: e.id ?? `e${i}` });
      byCase.set(e.caseId, list);
    });
    byCase.set('same-day', [
      ev('2020-03-01', 'release'),
      ev('2019-05', 'arrest'),
      ev('2020-03-01', 'verdict', { sentence: custodialSentence() }),
      ev('2021', 'travel_ban'),
    ]);
    expect(byCase.size).toBeGreaterThan(3);
    for (const events of byCase.values()) {
      const expected = new Map(
        events.map((e) => [e.id, caseFacts(events, firstDay(e.date)).status]),
      );
      expect(statusAfterEach(events)).toEqual(expected);
    }
  });
});

function custodialSentence(): NonNullable<FactEvent['sentence']> {
  return { years: 2, months: 0, kind: 'custodial', probationMonths: null };
}
