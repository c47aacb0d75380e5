import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, {
    filePath: resolve(import.meta.dirname, '../..', file),
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries (DESIGN.md) are enforced by lint', () => {
  it.each([
    [
      'src/core/x.ts',
      "import Database from 'better-sqlite3-multiple-ciphers';\nexport const d = Database;\n",
    ],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    [
      'src/core/x.ts',
      "import { openLibrary } from '../store/library';\nexport const o = openLibrary;\n",
    ],
    ['src/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    // The plain driver cannot open an encrypted library, nor keep a copy of one encrypted.
    ['src/store/x.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n"],
    [
      'src/backend/x.ts',
      "import Database from 'better-sqlite3-multiple-ciphers';\nexport const d = Database;\n",
    ],
    [
      'src/shared/x.ts',
      "import { caseFacts } from '../core/facts/caseFacts';\nexport const c = caseFacts;\n",
    ],
    ['src/backend/x.ts', "import React from 'react';\nexport const r = React;\n"],
    [
      'src/renderer/src/x.ts',
      "import { openLibrary } from '../../store/library';\nexport const o = openLibrary;\n",
    ],
    ['src/renderer/src/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'src/cli/x.ts',
      "import { openLibrary } from '../store/library';\nexport const o = openLibrary;\n",
    ],
    ['src/main/x.ts', "import { Backend } from '../backend/backend';\nexport const b = Backend;\n"],
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).toHaveLength(1);
  });

  it.each([
    [
      'src/core/x.ts',
      "import { z } from 'zod';\nimport { id } from '../shared/domain';\nexport const a = [z, id];\n",
    ],
    [
      'src/store/x.ts',
      "import Database from 'better-sqlite3-multiple-ciphers';\nimport { join } from 'node:path';\nimport { plainFold } from '../core/text/fold';\nexport const a = [Database, join, plainFold];\n",
    ],
    [
      'src/main/x.ts',
      "import { app } from 'electron';\nimport { IPC_CHANNEL } from '../shared/client';\nexport const a = [app, IPC_CHANNEL];\n",
    ],
    [
      'src/renderer/src/x.ts',
      "import { useState } from 'react';\nimport { $getRoot } from 'lexical';\nimport { plainFold } from '../../core/text/fold';\nexport const a = [useState, $getRoot, plainFold];\n",
    ],
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
