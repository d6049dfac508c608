// How busy the machine was during a benchmark, for BENCHMARKS.md: the load average when the
// script started (this module's import) and when it writes its results.
import { loadavg } from 'node:os';

const start = loadavg()[0];

export function loadNote() {
  const end = loadavg()[0];
  // The benchmark's own processes count in the 1-minute average, so it says how busy, not who.
  return `Load average (1 minute) ${start.toFixed(2)} at the start, ${end.toFixed(2)} at the end of the run, the benchmark's own processes included; the ratios compare runs made side by side.`;
}
