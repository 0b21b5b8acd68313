// Consumer smoke test: installs the packed tarball into throwaway projects the way users do
// (ESM, CommonJS, TypeScript under node16 and bundler resolution), for the main entry and the
// `uhc-metrics/seeds`, `uhc-metrics/regions`, `uhc-metrics/villages` and `uhc-metrics/article` subpaths, then imports the public API,
// runs the `uhc-metrics` bin,
// calls it, and type-checks. Offline: the package has no runtime dependencies, so the local
// tarball is all npm needs. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const work = mkdtempSync(join(tmpdir(), 'uhc-metrics-smoke-'));

// What every consumer does with the package: a value call and a typed error guard.
const esmSource = `import { coverageRatio, isUhcMetricsError } from 'uhc-metrics';
import { SEED_SNAPSHOTS } from 'uhc-metrics/seeds';
import { lookupRegion } from 'uhc-metrics/regions';
import { DIRECTORY_VILLAGES } from 'uhc-metrics/villages';
if (!(SEED_SNAPSHOTS.length > 0)) throw new Error('the seeds subpath exported no snapshots');
if (lookupRegion('Kab. Klaten').region?.code !== '33.10') throw new Error('lookupRegion did not find Kab. Klaten');
if (DIRECTORY_VILLAGES.length !== 83762) throw new Error('the villages subpath holds ' + DIRECTORY_VILLAGES.length + ' villages');
import { checkArticle } from 'uhc-metrics/article';
if (checkArticle('Provinsi Lampung: 98,46 %').figures[0]?.role !== 'coverage') throw new Error('the article subpath misread a figure');
const ratio = coverageRatio({ population: 20, participants: 19 });
if (ratio !== 0.95) throw new Error('coverageRatio returned ' + ratio);
let caught = false;
try { coverageRatio({ population: -1, participants: 0 }); } catch (error) { caught = isUhcMetricsError(error); }
if (!caught) throw new Error('bad input did not throw the library error');
console.log('ok');
`;
const cjsSource = `const { coverageRatio, isUhcMetricsError } = require('uhc-metrics');
const { SEED_SNAPSHOTS } = require('uhc-metrics/seeds');
const { lookupRegion } = require('uhc-metrics/regions');
const { DIRECTORY_VILLAGES } = require('uhc-metrics/villages');
if (!(SEED_SNAPSHOTS.length > 0)) throw new Error('the seeds subpath exported no snapshots');
if (lookupRegion('Kab. Klaten').region?.code !== '33.10') throw new Error('lookupRegion did not find Kab. Klaten');
if (DIRECTORY_VILLAGES.length !== 83762) throw new Error('the villages subpath holds ' + DIRECTORY_VILLAGES.length + ' villages');
const { checkArticle } = require('uhc-metrics/article');
if (checkArticle('Provinsi Lampung: 98,46 %').figures[0]?.role !== 'coverage') throw new Error('the article subpath misread a figure');
const ratio = coverageRatio({ population: 20, participants: 19 });
if (ratio !== 0.95) throw new Error('coverageRatio returned ' + ratio);
let caught = false;
try { coverageRatio({ population: -1, participants: 0 }); } catch (error) { caught = isUhcMetricsError(error); }
if (!caught) throw new Error('bad input did not throw the library error');
console.log('ok');
`;
// Typed use: a wrong call must be a type error, so the declarations are really loaded.
const tsSource = `import { coverageRatio, isUhcMetricsError, type Snapshot, type UhcMetricsErrorCode } from 'uhc-metrics';
import { SEED_SNAPSHOTS } from 'uhc-metrics/seeds';
import { lookupRegion, type DirectoryRegion } from 'uhc-metrics/regions';
import { DIRECTORY_VILLAGES } from 'uhc-metrics/villages';
import { checkArticle, type ArticleRole } from 'uhc-metrics/article';
const role: ArticleRole | undefined = checkArticle('98,46 %').figures[0]?.role;
if (role !== 'coverage') throw new Error('the article subpath misread a figure');
const seeded: readonly Snapshot[] = SEED_SNAPSHOTS;
if (seeded.length === 0) throw new Error('no seed snapshots');
const villages: readonly DirectoryRegion[] = DIRECTORY_VILLAGES;
const metro = lookupRegion('KOTA METRO');
if (villages.length !== 83762 || metro.status !== 'found' || metro.region.code !== '18.72') throw new Error('regions subpaths');
const ratio: number | undefined = coverageRatio({ population: 20, participants: 19 });
const code: UhcMetricsErrorCode = 'INVALID_COUNT';
function neverCalled(): void {
  // @ts-expect-error population is required: proves the declarations were loaded
  coverageRatio({ participants: 19 });
  // @ts-expect-error a name is a string: proves the regions declarations were loaded
  lookupRegion(33);
}
void neverCalled;
if (ratio !== 0.95 || isUhcMetricsError(new Error(code))) throw new Error('unexpected');
console.log('ok');
`;

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    process.stderr.write(`\n$ ${command} ${args.join(' ')}  (in ${cwd})\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`smoke test failed: ${command} ${args.join(' ')}`);
  }
}

function project(name, packageJson, files) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `smoke-${name}`, private: true, ...packageJson }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], dir);
  return dir;
}

function tsconfig(module, moduleResolution, extra = {}) {
  return JSON.stringify({
    compilerOptions: { strict: true, module, moduleResolution, target: 'ES2022', types: [], skipLibCheck: false, outDir: 'out', ...extra },
  });
}

let tarball;
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  tarball = join(work, packed[0].filename);
  const results = [];

  const esm = project('esm', { type: 'module' }, { 'index.mjs': esmSource });
  results.push(['ESM import (.mjs)', run('node', ['index.mjs'], esm)]);

  // The bin: npm links it as `uhc-metrics`, and it runs on a table without anything else installed.
  const bin = join(esm, 'node_modules', '.bin', 'uhc-metrics');
  const version = JSON.parse(run('npm', ['pkg', 'get', 'version'], root));
  if (run(bin, ['--version'], esm).trim() !== version) throw new Error('uhc-metrics --version does not print the package version');
  writeFileSync(join(esm, 'table.csv'), 'kode;tanggal;penduduk;peserta\n18;2024-07-01;9.051.459;8.911.770\n');
  const report = JSON.parse(run(bin, ['report', 'table.csv', '--target', 'rpjmn-2024'], esm));
  results.push(['bin uhc-metrics (--version, report)', report[0]?.status === 'met' ? 'ok\n' : JSON.stringify(report)]);

  const cjs = project('cjs', {}, { 'index.cjs': cjsSource });
  results.push(['CommonJS require (.cjs)', run('node', ['index.cjs'], cjs)]);

  // node16: an .mts file resolves the import branch, a .cts file the require branch.
  const node16 = project('ts-node16', { type: 'module' }, {
    'tsconfig.json': tsconfig('node16', 'node16'),
    'index.mts': tsSource,
    'index.cts': tsSource,
  });
  run('node', [tsc, '-p', '.'], node16);
  results.push(['TypeScript node16, ESM (.mts)', run('node', ['out/index.mjs'], node16)]);
  results.push(['TypeScript node16, CJS (.cts)', run('node', ['out/index.cjs'], node16)]);

  const bundler = project('ts-bundler', { type: 'module' }, {
    'tsconfig.json': tsconfig('esnext', 'bundler', { noEmit: true }),
    'index.ts': tsSource,
  });
  run('node', [tsc, '-p', '.'], bundler);
  results.push(['TypeScript bundler (type-check)', 'ok\n']);

  for (const [name, output] of results) {
    if (output.trim() !== 'ok') throw new Error(`${name}: expected "ok", got ${JSON.stringify(output)}`);
    console.log(`✓ ${name}`);
  }
  console.log(`smoke: ${results.length} consumer setups passed (${readdirSync(work).find((f) => f.endsWith('.tgz'))})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
