// The fuzzing harness: files from the YAML and Markdown grammars and mutated seed documents go
// through `sparbar check` and `sparbar fmt`. For every file: a verdict within 2 s of CPU time
// and 512 MB (the worker's memory limit, which ends it if passed), exit codes 0, 1 or 2 only,
// never a stack trace, and a refused fmt never changes the file, while an fmt that writes keeps
// what the file says. SPARBAR_FUZZ_RUNS, SPARBAR_FUZZ_SECONDS and SPARBAR_FUZZ_SEED run it
// longer, or again with the seed a failure printed.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";
import type { FuzzReport, FuzzRequest } from "./fuzz-worker.ts";

const runs = Number(process.env.SPARBAR_FUZZ_RUNS ?? 60);
/** Each of the three properties stops after this long, so that CI time stays bounded. */
const seconds = Number(process.env.SPARBAR_FUZZ_SECONDS ?? 8);
const seed = process.env.SPARBAR_FUZZ_SEED ? Number(process.env.SPARBAR_FUZZ_SEED) : undefined;

function fuzz(request: FuzzRequest): Promise<FuzzReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./fuzz-worker.ts", import.meta.url), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: 480, maxYoungGenerationSizeMb: 32 },
    });
    worker.once("message", (report: FuzzReport) => {
      void worker.terminate();
      resolve(report);
    });
    worker.once("error", reject);
  });
}

describe("the fuzzing harness", () => {
  it(
    "gives every generated or mutated file a verdict, safely and in bounded time",
    async () => {
      const report = await fuzz({
        repoRoot,
        numRuns: runs,
        timeLimitMs: seconds * 1000,
        ...(seed === undefined ? {} : { seed }),
      });
      expect(report.failure).toBeUndefined();
      expect(report.runs).toBeGreaterThan(20);
      expect(report.maxCpuMs).toBeLessThan(2000);
    },
    60_000 + 3 * seconds * 1000,
  );
});
