import { arquero } from './impl-arquero.js';
import { plain } from './impl-plain.js';
import { typedChecked } from './impl-typed-checked.js';
import { typed } from './impl-typed.js';
import { uhcMetrics } from './impl-uhc.js';
import type { Implementation } from './implementation.js';

/** The five implementations, in table order. */
export const IMPLEMENTATIONS: readonly Implementation[] = [uhcMetrics, arquero, plain, typed, typedChecked] as readonly Implementation[];

/** The implementation of a name. */
export function implementationNamed(name: string): Implementation {
  const found = IMPLEMENTATIONS.find((implementation) => implementation.name === name);
  if (found === undefined) throw new Error(`unknown implementation ${name} (${IMPLEMENTATIONS.map((i) => i.name).join(', ')})`);
  return found;
}
