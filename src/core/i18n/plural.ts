/**
 * Plural rules: which form of a word goes with a number ("1 day", "2 days"; "21 день", "22 дня",
 * "25 дней"). Written out here rather than taken from `Intl.PluralRules`, whose data Chromium and
 * Electron ship abridged for some languages (DESIGN.md, "Azerbaijani in Chromium's ICU"). Only
 * whole, non-negative numbers are counted (days, years, months, minutes).
 */
export const PLURAL_RULES = {
  /** English, Spanish: one for 1, other for everything else (0 days, 2 days). */
  oneOther: (n: number): 'one' | 'other' => (n === 1 ? 'one' : 'other'),
  /** French: one for 0 and 1 (0 jour, 1 jour), other from 2 (2 jours). */
  french: (n: number): 'one' | 'other' => (n === 0 || n === 1 ? 'one' : 'other'),
  /**
   * Russian: one for 1, 21, 31, 101… (but not 11); few for 2–4, 22–24… (but not 12–14); many for
   * the rest (0, 5–20, 25–30, 111…): 1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня, 111 дней.
   */
  russian: (n: number): 'one' | 'few' | 'many' => {
    const last = n % 10;
    const lastTwo = n % 100;
    if (last === 1 && lastTwo !== 11) return 'one';
    if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'few';
    return 'many';
  },
  /** Azerbaijani (and Turkish): a noun after a number stays as it is (1 gün, 537 gün). */
  invariable: (_n: number): 'other' => 'other',
} as const;

/** The name of a plural rule, as a wording table gives it. */
export type PluralRule = keyof typeof PLURAL_RULES;

/** The forms a rule chooses among: `one` and `other` for English, `one`, `few`, `many` for Russian. */
export type PluralCategory<R extends PluralRule> = ReturnType<(typeof PLURAL_RULES)[R]>;

/** A word with a number, in each form the rule asks for: `{ one: '{n} day', other: '{n} days' }`. */
export type PluralForms<R extends PluralRule> = Readonly<Record<PluralCategory<R>, string>>;
