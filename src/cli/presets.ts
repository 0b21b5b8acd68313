import { promises as fs } from 'node:fs';
import type { AwardScheme } from '../awards/award-scheme.js';
import { UHC_AWARDS_2023, UHC_AWARDS_2024, UHC_AWARDS_2026 } from '../awards/uhc-awards.js';
import { isUhcMetricsError } from '../errors/uhc-metrics-error.js';
import { defineTarget, type TargetInput, type Target } from '../metrics/target.js';
import { BPJS_UHC_2025, RPJMN_2020_2024, RPJMN_2025_2029, UHC_2015_2019 } from '../metrics/target-presets.js';
import { InputError } from './input-error.js';

/** `--target` names of the library's target presets. */
const TARGET_NAMES: Readonly<Record<string, Target>> = {
  'uhc-95': UHC_2015_2019,
  'rpjmn-2024': RPJMN_2020_2024,
  'bpjs-2025': BPJS_UHC_2025,
  'rpjmn-2029': RPJMN_2025_2029,
};

/** `--awards` years of the library's award schemes. */
export const AWARD_YEARS: Readonly<Record<string, AwardScheme>> = {
  '2023': UHC_AWARDS_2023,
  '2024': UHC_AWARDS_2024,
  '2026': UHC_AWARDS_2026,
};

/** A preset by name, or a target defined in a JSON file (the input of `defineTarget`). */
export async function loadTarget(nameOrFile: string): Promise<Target> {
  const preset = TARGET_NAMES[nameOrFile];
  if (preset !== undefined) return preset;
  if (!nameOrFile.toLowerCase().endsWith('.json')) {
    throw new InputError(
      `--target: ${JSON.stringify(nameOrFile.slice(0, 60))} is not a preset (${Object.keys(TARGET_NAMES).join(', ')}) or a .json file`,
    );
  }
  let text: string;
  try {
    text = await fs.readFile(nameOrFile, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InputError(`--target: ${nameOrFile}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`--target: ${nameOrFile}: is not valid JSON (${(error as Error).message})`);
  }
  try {
    // JSON of any shape: defineTarget checks every field at runtime.
    return defineTarget(value as TargetInput);
  } catch (error) {
    if (!isUhcMetricsError(error)) throw error;
    throw new InputError(`--target: ${nameOrFile}: ${error.issues.map((issue) => issue.message).join('; ')}`);
  }
}
