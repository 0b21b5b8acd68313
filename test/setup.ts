import fc from 'fast-check';

// Property tests run FC_NUM_RUNS cases each (default 100); CI's extended run sets 10 000.
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? '100');
if (!Number.isSafeInteger(numRuns) || numRuns < 1) {
  throw new Error(`FC_NUM_RUNS must be a positive integer, got ${process.env['FC_NUM_RUNS']}`);
}
fc.configureGlobal({ numRuns });
