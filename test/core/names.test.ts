import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../src/core/text/names';

function matcher(...names: string[]): NameMatcher<string> {
  return new NameMatcher(names.map((name) => ({ name, value: name })));
}

/** What each match covers in `text`, with the name it stands for. */
function found(m: NameMatcher<string>, text: string): string[] {
  return m.find(text).map((x) => `${text.slice(x.start, x.end)} = ${x.value}`);
}

describe('finding names', () => {
  it('finds a name in every spelling search finds it by, as whole words', () => {
    const m = matcher('Leyla Qurbanzadə');
    for (const v of [
      'Leyla Qurbanzadə',
      'Leyla Gurbanzade',
      'Leyla Gurbanzada',
      'Leyla Qurbanzade',
      'LEYLA QURBANZADƏ',
      'Leyla\nGurbanzade',
      'Leyla  Gurbanzade',
    ]) {
      expect(found(m, `Then ${v}, arrested.`), v).toEqual([`${v} = Leyla Qurbanzadə`]);
    }
    expect(found(m, 'Leyla Qurbanzadəli and Leyla Qurban')).toEqual([]);
  });

  it('does not run a name across a sentence end, unless the name has one', () => {
    expect(found(matcher('Xədicə İsmayılova'), 'Xədicə. İsmayılova wrote.')).toEqual([]);
    expect(found(matcher('Xədicə İsmayılova'), 'Xədicə – İsmayılova wrote.')).toEqual([
      'Xədicə – İsmayılova = Xədicə İsmayılova',
    ]);
    expect(found(matcher('Ə. Məmmədov'), 'A. Mammadov wrote.')).toEqual([
      'A. Mammadov = Ə. Məmmədov',
    ]);
  });

  it('takes the longest name at each place', () => {
    const m = matcher('Leyla', 'Leyla Yunus');
    expect(found(m, 'Leyla Yunus and Leyla')).toEqual([
      'Leyla Yunus = Leyla Yunus',
      'Leyla = Leyla',
    ]);
  });

  it('leaves what it is told to skip (a web address)', () => {
    const m = matcher('Xədicə İsmayılova');
    const text = 'See https://x.org/khadija-ismayilova and Khadija Ismayilova.';
    const url = text.indexOf('https');
    const matches = m.find(text, [[url, text.indexOf(' and')]]);
    expect(matches.map((x) => text.slice(x.start, x.end))).toEqual(['Khadija Ismayilova']);
  });

  it('matches a one-word name by spelling key alone only where it looks like a name', () => {
    const m = matcher('Səma');
    expect(found(m, 'the same day')).toEqual([]);
    expect(found(m, 'Sama said')).toEqual(['Sama = Səma']);
    expect(found(m, 'səma said')).toEqual(['səma = Səma']);
    // By its plain form a word matches whatever its capitals.
    expect(found(m, 'sema said')).toEqual(['sema = Səma']);
  });
});

describe('finding parts of names', () => {
  it('finds any word of four letters or more, by the same forms', () => {
    const m = matcher('Xədicə Rəşid qızı İsmayılova');
    const parts = (text: string) => m.parts(text).map((p) => `${p.word}=${p.nameWord}`);
    expect(parts('Ismailova v. Azerbaijan; KHADIJA; the Rashid family')).toEqual([
      'Ismailova=İsmayılova',
      'KHADIJA=Xədicə',
      'Rashid=Rəşid',
    ]);
    // Patronymic particles name nobody.
    expect(parts('Vüqar Cəlal oğlu, Günel Rəsul qızı')).toEqual([]);
  });

  it('leaves English words that only resemble a name part', () => {
    const m = matcher('Səma Əliyeva');
    expect(m.parts('the same verdict').map((p) => p.word)).toEqual([]);
    expect(m.parts('SAMA spoke').map((p) => p.word)).toEqual(['SAMA']);
  });
});
