#!/usr/bin/env node
// Exports every demo document to PDF, Word and HTML through the CLI, converts the Word file to
// PDF with LibreOffice (soffice), and prints a table of page counts (pdfinfo): the PDF and the
// Word file should agree within one page. With --png, also renders every page to PNG (pdftoppm,
// 60 dpi) and screenshots the HTML (playwright-core, Chromium), to look at side by side.
//
//   node scripts/exportPages.mjs [--out DIR] [--png] [--templates] [--stress]
//
// --stress adds the stress document (test/fixtures/stressDocument: Arabic, Azerbaijani Cyrillic,
// a 20-column table, a 9-level list, a 500-character word).
//
// Needs soffice and pdfinfo on the PATH (CI has neither; this is a script to run by hand).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? resolve(args[outAt + 1]) : mkdtempSync(join(tmpdir(), 'dossier-pages-'));
const png = args.includes('--png');
mkdirSync(out, { recursive: true });

const library = join(out, 'demo.db');
rmSync(library, { force: true });
const dossier = (...a) =>
  execFileSync(process.execPath, [join(root, 'bin', 'dossier.js'), '--library', library, ...a], {
    encoding: 'utf8',
  });
dossier('init', '--demo');
if (args.includes('--templates')) {
  for (const line of dossier('templates', 'list').trim().split('\n')) {
    const [id, ...name] = line.split(/\s+/);
    const title = name.join(' ').replace(/\s*\[.*$/, '');
    dossier('doc', 'new', '--template', id, '--title', `Template: ${title}`);
  }
}
if (args.includes('--stress')) {
  const stress = join(out, 'stress.dossier.json');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'stressDocument.ts'), stress],
    { cwd: root },
  );
  dossier('doc', 'import', stress);
}
const docs = JSON.parse(dossier('doc', 'list', '--json'));

const pages = (pdf) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

const rows = [];
for (const [i, doc] of docs.entries()) {
  const name = `doc${i + 1}`;
  const file = (ext) => join(out, `${name}.${ext}`);
  for (const format of ['pdf', 'docx', 'html'])
    dossier(
      'doc',
      'export',
      doc.id,
      '--format',
      format,
      '--out',
      file(format),
      '--overwrite',
      '--force',
    );
  const office = join(out, 'soffice');
  mkdirSync(office, { recursive: true });
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', office, file('docx')], {
    stdio: 'ignore',
  });
  const pdfPages = pages(file('pdf'));
  const wordPages = pages(join(office, `${name}.pdf`));
  rows.push({
    name,
    title: doc.title,
    pdfPages,
    wordPages,
    ok: Math.abs(pdfPages - wordPages) <= 1,
  });
  if (png) {
    execFileSync('pdftoppm', ['-png', '-r', '60', file('pdf'), join(out, `${name}-pdf`)]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      join(office, `${name}.pdf`),
      join(out, `${name}-docx`),
    ]);
  }
}

if (png) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  for (const row of rows) {
    await page.goto(`file://${join(out, `${row.name}.html`)}`);
    await page.screenshot({ path: join(out, `${row.name}-html.png`), fullPage: true });
  }
  await browser.close();
}

console.log('| document | PDF pages | Word pages (LibreOffice) | within one |');
console.log('| --- | ---: | ---: | --- |');
for (const r of rows)
  console.log(`| ${r.title} | ${r.pdfPages} | ${r.wordPages} | ${r.ok ? 'yes' : 'NO'} |`);
console.log(`\nFiles in ${out}: ${readdirSync(out).length}`);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
