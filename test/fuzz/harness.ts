import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Backend } from '../../src/backend/backend';
import type { ErrorInfo, Result } from '../../src/shared/errors';
import {
  contentHash,
  fileHash,
  fingerprint,
  totalChanges,
  unchangedSince,
  type Db,
  type Fingerprint,
} from './fingerprint';

/**
 * Runs fuzz cases against one backend and checks what every case must satisfy: `dispatch` never
 * throws and never answers `internal`; every error has a non-empty one-line message; a rejected
 * call leaves the library as it was (and leaves no file behind where it was asked to write).
 * Problems are collected, not thrown, so that one run reports all of them.
 */

export interface Problem {
  category: string;
  kind:
    | 'threw'
    | 'crash'
    | 'bad-envelope'
    | 'bad-message'
    | 'wrote-on-reject'
    | 'file-on-reject'
    | 'unsafe-output';
  method: string;
  message: string;
  input: string;
  /** How many cases hit the same problem (same kind, method and message shape). */
  count: number;
}

export interface CategoryTally {
  cases: number;
  accepted: number;
  rejected: Record<string, number>;
  methods: Record<string, number>;
}

/** A short, printable description of an input (huge strings and deep nesting summarised). */
export function describe(value: unknown, budget = 600): string {
  const seen = new WeakSet<object>();
  const show = (v: unknown, depth: number): string => {
    if (typeof v === 'string') {
      const s = v.length > 80 ? `${v.slice(0, 60)}…(${v.length} chars)` : v;
      return JSON.stringify(s);
    }
    if (typeof v === 'number') {
      return Object.is(v, -0) ? '-0' : String(v);
    }
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'function') return 'function';
    if (typeof v === 'symbol') return v.toString();
    if (v === undefined) return 'undefined';
    if (v === null) return 'null';
    if (typeof v !== 'object') return String(v);
    if (seen.has(v)) return '<cycle>';
    if (depth > 6) return Array.isArray(v) ? '[…deep]' : '{…deep}';
    seen.add(v);
    if (Array.isArray(v)) {
      const items = v.slice(0, 5).map((x) => show(x, depth + 1));
      if (v.length > 5) items.push(`…(${v.length} items)`);
      return `[${items.join(',')}]`;
    }
    if (!(Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      return `<${(v as object).constructor?.name ?? 'object'}>`;
    }
    const keys = Object.keys(v);
    const entries = keys
      .slice(0, 12)
      .map((k) => `${JSON.stringify(k)}:${show((v as Record<string, unknown>)[k], depth + 1)}`);
    if (keys.length > 12) entries.push(`…(${keys.length} keys)`);
    return `{${entries.join(',')}}`;
  };
  const text = show(value, 0);
  return text.length > budget ? `${text.slice(0, budget)}…` : text;
}

/** A message with ids, numbers and quoted parts blurred, to group problems of one kind. */
function shape(message: string): string {
  return message
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/\/tmp\/[^\s:]*/g, '<path>')
    .replace(/\[\d+\]/g, '[n]')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

export interface SendOptions {
  /** Files the call was asked to write: none may exist after a rejection (if none did before). */
  writes?: string[];
  /** What the case is, for the report. */
  label?: string;
}

export class Harness {
  readonly problems = new Map<string, Problem>();
  readonly tallies = new Map<string, CategoryTally>();
  /** Time per method: total, and the slowest case (to keep the run fast). */
  readonly timing = new Map<string, { ms: number; n: number; slowest: number; input: string }>();
  /** The connection the baseline was taken on; null while the library cannot be opened. */
  private db: Db | null = null;
  private baseline: Fingerprint | null = null;
  /** Cases run so far, all categories. */
  cases = 0;

  constructor(
    public backend: Backend,
    readonly dir: string,
  ) {}

  /** Points the harness at another backend (a fresh demo library for the next round). */
  use(backend: Backend): void {
    this.backend = backend;
    this.resync();
  }

  /** The open connection, opening the library if it can be (a locked one cannot). */
  private open(): Db | null {
    try {
      return this.backend.library().db;
    } catch {
      return null;
    }
  }

  private current(): { db: Db | null; base: Fingerprint } {
    const db = this.open();
    if (db !== this.db || this.baseline === null) {
      this.db = db;
      this.baseline =
        db === null ? { changes: -1, hash: fileHash(this.backend.libraryPath) } : fingerprint(db);
    }
    return { db, base: this.baseline };
  }

  /**
   * Whether the library holds what `base` saw. The call may have closed the connection (a
   * failed re-key closes it): then the reopened library's rows are compared with the hash.
   */
  private unchanged(db: Db | null, base: Fingerprint): boolean {
    const now = this.open();
    if (db === null || now === null) {
      return db === null && now === null && fileHash(this.backend.libraryPath) === base.hash;
    }
    if (now === db) return unchangedSince(db, base);
    return contentHash(now) === base.hash;
  }

  problem(p: Omit<Problem, 'count'>): void {
    const key = `${p.kind}|${p.method}|${shape(p.message)}`;
    const known = this.problems.get(key);
    if (known === undefined) this.problems.set(key, { ...p, count: 1 });
    else known.count += 1;
  }

  private tally(category: string): CategoryTally {
    let t = this.tallies.get(category);
    if (t === undefined) {
      t = { cases: 0, accepted: 0, rejected: {}, methods: {} };
      this.tallies.set(category, t);
    }
    return t;
  }

  /** One case: the call, then every check. Returns the result (an error result if it threw). */
  async send(
    category: string,
    method: string,
    params: unknown,
    options: SendOptions = {},
  ): Promise<Result<unknown>> {
    const { db, base } = this.current();
    const before = new Map((options.writes ?? []).map((p) => [p, existsSync(p)]));
    const t = this.tally(category);
    t.cases += 1;
    t.methods[method] = (t.methods[method] ?? 0) + 1;
    this.cases += 1;
    const input = (): string =>
      options.label === undefined ? describe(params) : `(${options.label}) ${describe(params)}`;

    let result: Result<unknown>;
    const t0 = performance.now();
    try {
      result = await this.backend.dispatch(method, params, 'cli');
      const ms = performance.now() - t0;
      const tm = this.timing.get(method) ?? { ms: 0, n: 0, slowest: 0, input: '' };
      tm.ms += ms;
      tm.n += 1;
      if (ms > tm.slowest) {
        tm.slowest = ms;
        tm.input = describe(params, 200);
      }
      this.timing.set(method, tm);
    } catch (err) {
      this.problem({
        category,
        kind: 'threw',
        method,
        message: String((err as Error)?.stack ?? err),
        input: input(),
      });
      result = { ok: false, error: { code: 'internal', message: 'dispatch threw' } };
      this.resync();
      return result;
    }
    if (
      typeof result !== 'object' ||
      result === null ||
      (result.ok !== true && result.ok !== false) ||
      (result.ok === false && (typeof result.error !== 'object' || result.error === null))
    ) {
      this.problem({
        category,
        kind: 'bad-envelope',
        method,
        message: describe(result),
        input: input(),
      });
      this.resync();
      return { ok: false, error: { code: 'internal', message: 'bad envelope' } };
    }

    if (result.ok) {
      t.accepted += 1;
      // A write (or a restore, which replaces the connection): measure afresh on the next case.
      if (
        db === null ||
        !this.backend.isOpen() ||
        this.backend.library().db !== db ||
        totalChanges(db) !== base.changes
      ) {
        this.resync();
      }
      return result;
    }

    const error: ErrorInfo = result.error;
    t.rejected[error.code] = (t.rejected[error.code] ?? 0) + 1;
    if (error.code === 'internal') {
      this.problem({ category, kind: 'crash', method, message: error.message, input: input() });
    }
    if (error.code === 'internal') {
      // Reported above as a crash; its message is whatever the exception said.
    } else if (typeof error.message !== 'string' || error.message.trim() === '') {
      this.problem({
        category,
        kind: 'bad-message',
        method,
        message: `empty message (${error.code})`,
        input: input(),
      });
    } else if (
      /\\[nrt]|\\u[0-9a-f]{4}/.test(error.message) ||
      error.message.startsWith(`${method}:`)
    ) {
      this.problem({
        category,
        kind: 'bad-message',
        method,
        message: `message with an escape sequence or a method prefix (${error.code}): ${error.message.slice(0, 300)}`,
        input: input(),
      });
    } else if (/[\r\n\u2028\u2029]/.test(error.message)) {
      this.problem({
        category,
        kind: 'bad-message',
        method,
        message: `message of more than one line (${error.code}): ${error.message.slice(0, 300)}`,
        input: input(),
      });
    }
    if (!this.unchanged(db, base)) {
      this.problem({
        category,
        kind: 'wrote-on-reject',
        method,
        message: `rejected (${error.code}: ${error.message.slice(0, 200)}) but the library changed`,
        input: input(),
      });
      this.resync();
    } else if (db !== null && this.open() === db) {
      // Rolled-back changes still count in total_changes(): remember the new count.
      base.changes = totalChanges(db);
    } else {
      this.resync();
    }
    for (const [path, existed] of before) {
      if (!existed && existsSync(path)) {
        this.problem({
          category,
          kind: 'file-on-reject',
          method,
          message: `rejected (${error.code}: ${error.message.slice(0, 200)}) but ${basename(path)} was written`,
          input: input(),
        });
      }
    }
    return result;
  }

  /** Forgets the baseline: the next case measures the library afresh. */
  resync(): void {
    this.db = null;
    this.baseline = null;
  }

  /** Files an atomic write left behind (`.name.pid.partial`) anywhere under the temp folder. */
  strayPartials(): string[] {
    const out: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) visit(join(dir, entry.name));
        else if (entry.name.endsWith('.partial')) out.push(join(dir, entry.name));
      }
    };
    visit(this.dir);
    return out;
  }

  /** The methods that took longest, for tuning the run. */
  slowest(n = 5): string {
    return [...this.timing.entries()]
      .sort(([, a], [, b]) => b.ms - a.ms)
      .slice(0, n)
      .map(
        ([m, t]) =>
          `  ${m}: ${t.n} calls, ${(t.ms / 1000).toFixed(1)} s, slowest ${Math.round(t.slowest)} ms`,
      )
      .join('\n');
  }

  report(): string {
    const lines: string[] = [];
    for (const [category, t] of this.tallies) {
      const rejected = Object.values(t.rejected).reduce((s, n) => s + n, 0);
      const codes = Object.entries(t.rejected)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([c, n]) => `${c} ${n}`)
        .join(', ');
      lines.push(
        `${category}: ${t.cases} cases, ${t.accepted} accepted, ${rejected} rejected (${codes || 'none'}), ${Object.keys(t.methods).length} methods`,
      );
    }
    return lines.join('\n');
  }
}
