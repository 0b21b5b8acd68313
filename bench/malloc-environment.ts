/**
 * Environment for a child process whose glibc malloc keeps freed large buffers. By default glibc
 * hands out every chunk above its mmap threshold (dynamic, at most 32 MiB on 64-bit) as a fresh
 * mmap and unmaps it on free, so each new large typed array faults all its pages anew; with these
 * settings every chunk comes from the heap and the heap is never trimmed, so freed pages are
 * reused warm. Used by first-touch.ts and scaling.ts.
 */
export const MALLOC_ENVIRONMENT: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: '4000000000',
  MALLOC_TRIM_THRESHOLD_: '8000000000',
};
