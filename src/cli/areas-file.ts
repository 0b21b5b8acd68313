import { promises as fs } from 'node:fs';
import { defineArea, type Area } from '../areas/area.js';
import { isUhcMetricsError } from '../errors/uhc-metrics-error.js';
import { lookupRegion } from '../regions/lookup-region.js';
import { InputError } from './input-error.js';

/**
 * The areas of `--roll-up areas.json`: a JSON array of `{ id, name?, members }`, members written
 * as codes or as names (resolved through the region directory, scoped to `--province` when
 * given). Any problem is an `InputError` naming the file and the area: the command stops before
 * reading the table, as for a bad `--target` file.
 */
export async function loadAreas(file: string, province: string | undefined): Promise<readonly Area[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InputError(`--roll-up: ${file}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`--roll-up: ${file}: is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw new InputError(`--roll-up: ${file}: must be a JSON array of areas { "id", "name", "members": [codes or names] }`);
  }
  const areas: Area[] = [];
  const ids = new Set<string>();
  for (const [index, input] of value.entries()) {
    let area: Area;
    try {
      area = defineArea(input, province === undefined ? { lookupRegion } : { lookupRegion, province });
    } catch (error) {
      if (!isUhcMetricsError(error)) throw error;
      throw new InputError(`--roll-up: ${file}: area ${index + 1}: ${error.issues.map((issue) => issue.message).join('; ')}`);
    }
    if (ids.has(area.id)) throw new InputError(`--roll-up: ${file}: area ${index + 1}: the id ${JSON.stringify(area.id.slice(0, 60))} is used twice`);
    ids.add(area.id);
    areas.push(area);
  }
  return areas;
}
