/**
 * What every measurement reports: CPU and wall time of the measured part,
 * and the process's peak resident memory (process.resourceUsage().maxRSS),
 * which is why each measurement runs in a process of its own.
 */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface Clock {
  stop(): Timing;
}

export function startClock(): Clock {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return {
    stop() {
      const used = process.cpuUsage(cpu);
      return { wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
    },
  };
}

export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; timing: Timing }> {
  const clock = startClock();
  const value = await work();
  return { value, timing: clock.stop() };
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The line the parent looks for in a child's output. */
export const RESULT_PREFIX = "BENCH_RESULT ";

export function report(result: object): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...result, peakRssMb: peakRssMb() })}\n`);
}
