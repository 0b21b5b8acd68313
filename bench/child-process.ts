import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs a bench script in a fresh Node process (TypeScript through tsx, gc exposed) and parses its last output line as JSON. */
export function runChild(script: string, args: readonly string[]): unknown {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null');
}
