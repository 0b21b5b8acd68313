// Runs every example in this folder, in name order: `npm run examples`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'run-all.ts')
  .sort();
for (const name of scripts) {
  console.log(`\n=== examples/${name}\n`);
  await import(pathToFileURL(join(here, name)).href);
}
