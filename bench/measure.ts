/** Small helpers for benchmarks that report ratios against a baseline measured in the same run. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface Timed {
  name: string;
  times: number[];
}

/** This thread's CPU time in milliseconds: on a busy machine, steadier than the wall clock. */
export function threadCpuMs(): number {
  const usage = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Runs each task `rounds` times, interleaved (A B C, A B C, …) so that drift in the machine's
 * speed touches every task alike, after one warm-up round that is not counted.
 */
export async function interleave(
  tasks: { name: string; run: () => unknown | Promise<unknown> }[],
  rounds: number,
  clock: () => number = () => performance.now(),
): Promise<Timed[]> {
  const results = tasks.map((t) => ({ name: t.name, times: [] as number[] }));
  for (let round = -1; round < rounds; round++) {
    for (const [i, task] of tasks.entries()) {
      globalThis.gc?.();
      const started = clock();
      await task.run();
      const elapsed = clock() - started;
      if (round >= 0) results[i]?.times.push(elapsed);
    }
  }
  return results;
}

export function report(title: string, baseline: Timed, others: Timed[]): string[] {
  const base = median(baseline.times);
  const lines = [
    title,
    `  ${baseline.name.padEnd(48)} ${base.toFixed(0).padStart(7)} ms   1.00×  (baseline)`,
  ];
  for (const other of others) {
    const m = median(other.times);
    lines.push(
      `  ${other.name.padEnd(48)} ${m.toFixed(0).padStart(7)} ms   ${(m / base).toFixed(2)}×`,
    );
  }
  return lines;
}
