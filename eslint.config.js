// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const folders = ['shared', 'core', 'store', 'backend', 'cli', 'web', 'main', 'preload', 'renderer'];

/**
 * What each src/ folder may import (DESIGN.md, "Architecture"). Anything else fails lint:
 * a bare package outside `packages`, or a relative path into a folder outside `folders`.
 * @param {string} folder
 * @param {{ packages: string[], folders: string[] }} allowed
 */
function boundary(folder, allowed) {
  const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const packages = allowed.packages.map((p) => (p.endsWith(':') ? escape(p) : `${escape(p)}(/|$)`));
  const forbiddenFolders = folders.filter((f) => f !== folder && !allowed.folders.includes(f));
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\.|${packages.join('|') || '$^'}).+`,
              message: `src/${folder} may import only: ${allowed.packages.join(', ') || 'nothing outside src'} (see DESIGN.md).`,
            },
            ...(forbiddenFolders.length
              ? [
                  {
                    regex: `^\\.{1,2}/(\\.\\./)*(${forbiddenFolders.join('|')})(/|$)`,
                    message: `src/${folder} may not import from src/{${forbiddenFolders.join(',')}} (see DESIGN.md).`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'native/**', 'coverage/**', '.bench/**', '.scratch/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  boundary('shared', { packages: ['zod'], folders: [] }),
  boundary('core', { packages: ['zod', 'docx', 'pdfmake', 'fflate'], folders: ['shared'] }),
  boundary('store', {
    packages: ['better-sqlite3-multiple-ciphers', 'node:'],
    folders: ['shared', 'core'],
  }),
  boundary('backend', { packages: ['node:'], folders: ['shared', 'core', 'store'] }),
  boundary('cli', { packages: ['commander', 'node:'], folders: ['shared', 'backend'] }),
  boundary('web', { packages: ['node:'], folders: ['shared', 'backend'] }),
  boundary('main', { packages: ['electron', 'node:'], folders: ['shared'] }),
  boundary('preload', { packages: ['electron'], folders: ['shared'] }),
  boundary('renderer', {
    packages: [
      'react',
      'react-dom',
      'lexical',
      '@lexical',
      'zod',
      'react-aria-components',
      '@tanstack/react-query',
      '@tanstack/react-virtual',
      'lucide-react',
      'wouter',
      'diff',
      'dompurify',
    ],
    folders: ['shared', 'core'],
  }),
);
