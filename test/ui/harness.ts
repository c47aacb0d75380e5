import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { Backend } from '../../src/backend/backend';
import { WEB_OUT } from '../../src/web/rendererBuild';
import { startDoor, type Door } from '../../src/web/server';
import { tempDir } from '../helpers';

/**
 * The app in real Chromium (Debian's, through playwright-core) against the browser door and the
 * real backend on a temporary library. Tests find controls by role and accessible name.
 */

const root = resolve(import.meta.dirname, '../..');
/** Screenshots of every screen, for a person to look at (not committed). */
export const ARTEFACTS = join(root, 'test-artifacts', 'screens');
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

let browser: Browser | null = null;

async function theBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  return browser;
}

/** The apps a test opened, closed after it (with a picture of the page when it failed). */
const open: { page: Page; close: () => Promise<void> }[] = [];

afterEach(async ({ task }) => {
  const failed = (task.result?.errors?.length ?? 0) > 0 || task.result?.state === 'fail';
  for (const app of open.splice(0)) {
    if (failed) {
      const dir = join(root, 'test-artifacts', 'failures');
      mkdirSync(dir, { recursive: true });
      const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
      await app.page.screenshot({ path: join(dir, `${name}.png`) }).catch(() => undefined);
    }
    await app.close();
  }
});

afterAll(async () => {
  await browser?.close();
  browser = null;
});

export interface App {
  page: Page;
  backend: Backend;
  door: Door;
  libraryPath: string;
  /** Errors the page logged (a test can assert there were none). */
  errors: string[];
}

export type Library = 'demo' | 'empty' | 'none' | { encrypted: string };

/** Opens the app on a new library of the given kind, through the door's token address. */
export async function openApp(
  library: Library = 'demo',
  viewport: { width: number; height: number } = SIZES[0],
  /** Fake timers from the first page load (page.clock), for what happens after idle time. */
  options: { clock?: boolean } = {},
): Promise<App> {
  const libraryPath = join(tempDir(), 'library.db');
  const backend = new Backend({ libraryPath, door: 'browser' });
  if (library === 'demo') await backend.call('library.init', { demo: true });
  else if (library === 'empty') await backend.call('library.init', { demo: false });
  else if (library !== 'none') {
    await backend.call('library.init', {
      demo: true,
      encrypted: true,
      passphrase: library.encrypted,
    });
  }
  const door = await startDoor({ backend, staticDir: join(root, WEB_OUT) });
  const context = await (await theBrowser()).newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  open.push({
    page,
    close: async () => {
      await context.close();
      await door.close();
      backend.close();
    },
  });
  if (options.clock === true) await page.clock.install();
  await page.goto(door.url);
  return { page, backend, door, libraryPath, errors };
}

/** Goes to a screen by its address (`/cases/ID`), as a bookmark or reload would. */
export async function go(app: App, path: string): Promise<void> {
  await app.page.goto(`http://127.0.0.1:${app.door.port}/#${path}`);
}

/** Saves the page as PNG at both sizes under test-artifacts/screens/NAME-WxH.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(ARTEFACTS, `${name}-${size.width}x${size.height}.png`) });
  }
  if (before !== null) await page.setViewportSize(before);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it stands. */
export async function axeProblems(page: Page, skip: string[] = []): Promise<string[]> {
  // Through DevTools rather than a script tag, which the app's CSP rightly refuses.
  await page.evaluate(`${axeSource};undefined`);
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return problemsOf(violations.filter((v) => !skip.includes(v.id)));
}

function problemsOf(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact}: ${v.id} (${v.help}) at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
}

/** Pastes at the end of the document's text, as a real Ctrl+V gives the editor its data. */
export async function paste(app: App, data: { html?: string; plain?: string }): Promise<void> {
  const { page } = app;
  const text = page.getByRole('textbox', { name: 'Text of the document' });
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('End');
  // In the page (this file is type-checked without the DOM's types): the focused editable gets a
  // ClipboardEvent carrying a DataTransfer, as a real Ctrl+V gives it.
  interface PageGlobals {
    DataTransfer: new () => { setData(type: string, value: string): void };
    ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
    document: { activeElement: { dispatchEvent(event: unknown): boolean } | null };
  }
  await text.evaluate((el, d) => {
    const g = globalThis as unknown as PageGlobals;
    const clipboardData = new g.DataTransfer();
    if (d.html !== undefined) clipboardData.setData('text/html', d.html);
    if (d.plain !== undefined) clipboardData.setData('text/plain', d.plain);
    const target = g.document.activeElement ?? el;
    target.dispatchEvent(
      new g.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, data);
}
