// Type-checks documented blocks the way a user's TypeScript project would see them: one module
// per block, `uhc-metrics` and `uhc-metrics/seeds` resolved to the source entries, the
// repository's strict compiler options. A block that imports nothing gets the package names it
// mentions imported for it, on its first line so line numbers stay put.
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT, type DocBlock } from './doc-blocks.js';

const ENTRIES: Readonly<Record<string, string>> = {
  'uhc-metrics': join(ROOT, 'src', 'index.ts'),
  'uhc-metrics/seeds': join(ROOT, 'src', 'seeds.ts'),
  'uhc-metrics/regions': join(ROOT, 'src', 'regions.ts'),
  'uhc-metrics/villages': join(ROOT, 'src', 'villages.ts'),
  'uhc-metrics/article': join(ROOT, 'src', 'article.ts'),
};

/** The names an entry exports, read from its `export { ... }` / `export type { ... }` lines, types marked `type`. */
function exportedNames(file: string): { readonly name: string; readonly typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest, true);
  const names: { name: string; typeOnly: boolean }[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        names.push({ name: element.name.text, typeOnly: statement.isTypeOnly || element.isTypeOnly });
      }
    }
  }
  return names;
}

/** Names declared at the top level of a block: those shadow the package's. */
function topLevelNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bindingNames = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) bindingNames(declaration.name);
    else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** The block as a module: the package names it uses imported on its first line when it imports nothing itself. */
function asModule(code: string): string {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if (source.statements.some((statement) => ts.isImportDeclaration(statement))) return `${code}\nexport {};\n`;
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const declared = topLevelNames(source);
  const imports = Object.entries(ENTRIES)
    .map(([specifier, file]) => {
      const names = exportedNames(file)
        .filter(({ name }) => used.has(name) && !declared.has(name))
        .map(({ name, typeOnly }) => (typeOnly ? `type ${name}` : name));
      return names.length === 0 ? '' : `import { ${names.join(', ')} } from '${specifier}'; `;
    })
    .join('');
  return `${imports}${code}\nexport {};\n`;
}

/** The compiler options of tsconfig.json, loosened only where a snippet differs from a library file. */
function compilerOptions(): ts.CompilerOptions {
  const configFile = join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configFile);
  return {
    ...parsed.options,
    noEmit: true,
    // A snippet may declare a value only to show its type.
    noUnusedLocals: false,
    noUnusedParameters: false,
    declaration: false,
    isolatedDeclarations: false,
  };
}

/** A type error in a block: its 0-based block line and the message. */
export interface BlockTypeError {
  readonly line: number;
  readonly message: string;
}

/**
 * Type-checks every block in one program; returns the errors of each block, by block index.
 * Blocks that are files of the repository (examples/) are checked as themselves.
 */
export function typeCheckBlocks(blocks: readonly DocBlock[]): readonly (readonly BlockTypeError[])[] {
  const options = compilerOptions();
  const virtual = new Map<string, string>();
  const fileNames = blocks.map((block, index) => {
    const name = join(ROOT, '.doc-blocks', `${index}-${block.file.replace(/[^\w.-]+/g, '_')}-${block.line}.ts`);
    virtual.set(name, asModule(block.code));
    return name;
  });
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = virtual.get(file);
    return text === undefined ? getSourceFile.call(host, file, language, onError, create) : ts.createSourceFile(file, text, language, true);
  };
  host.resolveModuleNameLiterals = (literals, containingFile, redirect, resolveOptions, containingSource) =>
    literals.map((literal) => {
      const entry = ENTRIES[literal.text];
      if (entry !== undefined) return { resolvedModule: { resolvedFileName: entry, extension: ts.Extension.Ts, isExternalLibraryImport: false } };
      const mode = ts.getModeForUsageLocation(containingSource, literal, resolveOptions);
      return ts.resolveModuleName(literal.text, containingFile, resolveOptions, host, undefined, redirect, mode);
    });
  const program = ts.createProgram({ rootNames: fileNames, options, host });
  return fileNames.map((name) => {
    const source = program.getSourceFile(name);
    if (source === undefined) return [{ line: 0, message: 'the block was not compiled' }];
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => ({
      line: source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    }));
  });
}
