// The API site: exports grouped by concept through `@category` tags (typedoc silently files an
// untagged export under a catch-all heading, so the tag is required and must name one of
// typedoc.json's `categoryOrder`), and every guide in the site and linked from the README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
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
