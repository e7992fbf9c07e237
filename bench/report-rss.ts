import { writeFileSync } from "node:fs";

/**
 * Preloaded (`node -r`) into a process the bench runs as it is (the command
 * line, the floors): at exit, writes the process's peak resident memory and
 * CPU time to the file named by BENCH_USAGE_FILE.
 */
const target = process.env["BENCH_USAGE_FILE"];
if (target !== undefined) {
  process.on("exit", () => {
    const cpu = process.cpuUsage();
    writeFileSync(
      target,
      JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: (cpu.user + cpu.system) / 1000 }),
    );
  });
}
