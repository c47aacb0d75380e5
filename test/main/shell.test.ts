import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appPages } from '../../src/main/appPages';
import { libraryToOpen, rememberLibrary } from '../../src/main/libraryChoice';
import { isExternalLink, secureContents } from '../../src/main/security';
import { tempDir } from '../helpers';
import { fake, FakeWebContents } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

beforeEach(() => fake.reset());

describe('the app’s pages', () => {
  it('are the built index.html (any route) and the files beside it, nothing else', () => {
    const dir = join(tempDir(), 'renderer');
    const pages = appPages(dir, null);
    const page = pathToFileURL(join(dir, 'index.html')).href;
    expect(pages.entry).toBe(page);
    expect(pages.isAppPage(`${page}#/cases/1`)).toBe(true);
    expect(pages.isAppPage(pathToFileURL(join(dir, 'evil.html')).href)).toBe(false);
    expect(pages.isAppPage('file:///etc/passwd')).toBe(false);
    expect(pages.isAppPage('https://example.org/')).toBe(false);
    expect(pages.isAppResource(pathToFileURL(join(dir, 'assets', 'index.js')).href)).toBe(true);
    expect(pages.isAppResource(`${pathToFileURL(dir).href}/../secret.txt`)).toBe(false);
    expect(pages.isAppResource('file:///etc/passwd')).toBe(false);
  });

  it('are the dev server’s while developing', () => {
    const pages = appPages('/unused', 'http://localhost:5173/');
    expect(pages.isAppPage('http://localhost:5173/#/persons')).toBe(true);
    expect(pages.isAppPage('http://localhost:5174/')).toBe(false);
    expect(pages.isAppResource('ws://localhost:5173/')).toBe(true);
    expect(pages.isAppResource('https://cdn.example/x.js')).toBe(false);
  });
});

describe('the window’s contents', () => {
  it('deny new windows, sending web links to the system browser, and navigation away', () => {
    const pages = appPages(join(tempDir(), 'renderer'), null);
    const contents = new FakeWebContents();
    secureContents(contents as never, pages);
    for (const url of ['https://example.org/a', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.shellCalls).toEqual([{ fn: 'openExternal', arg: 'https://example.org/a' }]);
    expect(isExternalLink('mailto:a@b.c')).toBe(false);

    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    contents.emit('will-navigate', event, 'https://example.org/');
    contents.emit('will-navigate', event, `${pages.entry}#/cases`);
    expect(prevented).toBe(1);
  });
});

describe('the library chosen', () => {
  it('is remembered for the next start; DOSSIER_LIBRARY wins; a broken note is ignored', () => {
    const userData = tempDir();
    expect(libraryToOpen(userData, {})).toBe(join(userData, 'library.db'));
    const chosen = join(tempDir(), 'team.db');
    rememberLibrary(userData, chosen);
    expect(JSON.parse(readFileSync(join(userData, 'library-choice.json'), 'utf8'))).toEqual({
      libraryPath: chosen,
    });
    expect(libraryToOpen(userData, {})).toBe(chosen);
    expect(libraryToOpen(userData, { DOSSIER_LIBRARY: '/x/y.db' })).toBe('/x/y.db');

    writeFileSync(join(userData, 'library-choice.json'), '{"libraryPath": "relative.db"}');
    expect(libraryToOpen(userData, {})).toBe(join(userData, 'library.db'));
    writeFileSync(join(userData, 'library-choice.json'), 'not json');
    expect(libraryToOpen(userData, {})).toBe(join(userData, 'library.db'));

    const nested = join(tempDir(), 'a', 'b');
    rememberLibrary(nested, chosen);
    expect(libraryToOpen(nested, {})).toBe(chosen);
  });
});
