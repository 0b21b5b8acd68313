import { runChild } from './child-process.js';

/**
 * The peak RSS, in bytes, of a fresh process that generates `workload` and runs `name`'s
 * pipeline once (`--baseline`: only generates the rows).
 */
export function peakRssBytes(workload: string, name: string): number {
  return (runChild('./peak-rss-child.ts', [workload, name]) as { bytes: number }).bytes;
}
