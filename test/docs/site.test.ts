// The API site: exports grouped by concept through `@category` tags (typedoc silently files an
// untagged export under a catch-all heading, so the tag is required and must name one of
// typedoc.json's `categoryOrder`), functions first in each category, and every guide in the
// site and linked from the README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, ReflectionKind, TSConfigReader, TypeDocReader, type ProjectReflection } from 'typedoc';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownFiles, ROOT } from './doc-blocks.js';

interface TypedocConfig {
  readonly entryPoints: readonly string[];
  readonly categoryOrder: readonly string[];
  readonly projectDocuments: readonly string[];
}

const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as TypedocConfig;
const entries = config.entryPoints.map((entry) => join(ROOT, entry));
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
});
const checker = program.getTypeChecker();

/** Every export of an entry with the `@category` tags of its declaration. */
function exportCategories(entry: string): { readonly name: string; readonly categories: readonly string[] }[] {
  const source = program.getSourceFile(entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const categories = (target.declarations ?? []).flatMap((declaration) =>
      ts
        .getJSDocTags(declaration)
        .filter((tag) => tag.tagName.text === 'category')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? ''),
    );
    return { name: symbol.name, categories: [...new Set(categories)] };
  });
}

describe('API categories', () => {
  it('lists the concepts of the site in typedoc.json', () => {
    expect(config.categoryOrder.length).toBeGreaterThan(5);
  });

  it.each(config.entryPoints)('gives every export of %s one category from categoryOrder', (entry) => {
    const exports = exportCategories(join(ROOT, entry));
    expect(exports.length).toBeGreaterThan(0);
    const wrong = exports
      .filter(({ categories }) => categories.length !== 1 || !config.categoryOrder.includes(categories[0] as string))
      .map(({ name, categories }) => `${name}: ${categories.length === 0 ? 'no @category' : categories.join(', ')}`);
    expect(wrong).toEqual([]);
  });
});

describe('API site order', () => {
  // The project typedoc builds the site from, converted with typedoc.json as `npm run docs` does.
  let project: ProjectReflection | undefined;
  beforeAll(async () => {
    const app = await Application.bootstrapWithPlugins({ options: join(ROOT, 'typedoc.json') }, [new TypeDocReader(), new TSConfigReader()]);
    project = await app.convert();
    // A whole conversion of the sources: tens of seconds on a loaded machine.
  }, 300_000);

  /** Whether an entry's export is callable and no class: a function to its reader, however it is declared. */
  const callable = (entry: string, name: string): boolean => {
    const source = program.getSourceFile(join(ROOT, entry));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    const symbol = module === undefined ? undefined : checker.getExportsOfModule(module).find((candidate) => candidate.name === name);
    if (symbol === undefined) return false;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.flags & ts.SymbolFlags.Class) return false;
    return checker.getTypeOfSymbol(target).getCallSignatures().length > 0;
  };

  it('converts every entry point into a module with categories', () => {
    expect(project?.children?.map((module) => module.name).sort()).toEqual(['uhc-metrics', 'uhc-metrics/article', 'uhc-metrics/regions', 'uhc-metrics/seeds', 'uhc-metrics/villages']);
  });

  it('lists the functions of each category first, then constants, classes and types', () => {
    const misplaced: string[] = [];
    for (const module of project?.children ?? []) {
      for (const category of module.categories ?? []) {
        const kinds = category.children.map((child) => child.kind);
        const firstOther = kinds.findIndex((kind) => kind !== ReflectionKind.Function);
        const lastFunction = kinds.lastIndexOf(ReflectionKind.Function);
        if (firstOther !== -1 && lastFunction > firstOther) {
          misplaced.push(`${module.name} > ${category.title}: ${category.children.map((child) => `${ReflectionKind.singularString(child.kind)} ${child.name}`).join(', ')}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('documents every callable export as a function (a callable constant needs @function), so it sorts with them', () => {
    const entryOf = new Map(config.entryPoints.map((entry) => [entry.replace(/^src\/(.*)\.ts$/, '$1'), entry]));
    const asVariables = (project?.children ?? []).flatMap((module) => {
      const entry = entryOf.get(module.name === 'uhc-metrics' ? 'index' : module.name.replace('uhc-metrics/', '')) ?? '';
      return (module.children ?? [])
        .filter((child) => child.kind === ReflectionKind.Variable && callable(entry, child.name))
        .map((child) => `${module.name}: ${child.name}`);
    });
    expect(asVariables).toEqual([]);
  });
});

describe('guides', () => {
  const guides = markdownFiles().filter((file) => file.startsWith('docs/'));

  it('are all in the API site, in the order typedoc.json lists them', () => {
    expect(guides.length).toBeGreaterThan(0);
    expect([...config.projectDocuments].sort()).toEqual(guides);
  });

  // npm shows the README without the repository: a link must be absolute to work there.
  const REPOSITORY_FILES = 'https://github.com/uhc-metrics/uhc-metrics/blob/main/';

  it('are all linked from the README, absolutely', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(guides.filter((guide) => !readme.includes(`](${REPOSITORY_FILES}${guide})`))).toEqual([]);
  });

  it('leaves no relative link in the README (the tarball ships no guides, examples or seeds)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((match) => match[1]).filter((href) => !/^https?:/.test(href ?? ''));
    expect(relative).toEqual([]);
  });

  it('has repository, homepage and bugs in package.json, on the repository the README links to', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['repository']).toEqual({ type: 'git', url: 'git+https://github.com/uhc-metrics/uhc-metrics.git' });
    expect(pkg['homepage']).toBe('https://github.com/uhc-metrics/uhc-metrics#readme');
    expect(pkg['bugs']).toEqual({ url: 'https://github.com/uhc-metrics/uhc-metrics/issues' });
  });
});
