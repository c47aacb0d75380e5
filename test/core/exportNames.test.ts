import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The names a module exports (values and types), read from its source. */
function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const statement of source.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    const exported = modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    if (ts.isVariableStatement(statement) && exported) {
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      exported &&
      (ts.isFunctionDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isClassDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.push(statement.name.text);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined) {
      if (ts.isNamedExports(statement.exportClause))
        for (const e of statement.exportClause.elements) names.push(e.name.text);
    }
  }
  return names;
}

describe('the document format and the print tree', () => {
  it('give each exported name one meaning (no Inline in two modules meaning two things)', () => {
    const files = [
      ...readdirSync('src/core/document')
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join('src/core/document', f)),
      'src/core/print/tree.ts',
    ];
    const owners = new Map<string, string[]>();
    for (const file of files)
      for (const name of exportedNames(file)) owners.set(name, [...(owners.get(name) ?? []), file]);
    const clashes = [...owners].filter(([, where]) => where.length > 1);
    expect(clashes).toEqual([]);
    // The check sees the exports it is meant to compare.
    expect(owners.get('PrintInline')).toEqual(['src/core/print/tree.ts']);
    expect(owners.get('resolveDocument')).toEqual(['src/core/document/resolve.ts']);
  });
});
