// The fuzzing harness's worker: runs `sparbar check` and `sparbar fmt` in-process on generated
// and mutated files, inside the memory limit the test gave this thread, and reports back.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { listCorpusFiles, loadSource } from "@sparbar/core";
import fc from "fast-check";
import { main } from "../../packages/cli/src/main.ts";
import { fileModel, modelDifference } from "../helpers/file-model.ts";
import { type FuzzFile, grammarOrganisation, grammarResponse, mutatedSeed } from "./generators.ts";

export interface FuzzRequest {
  repoRoot: string;
  numRuns: number;
  /** Each property stops after this long, however many runs it made. */
  timeLimitMs: number;
  seed?: number;
}

export interface FuzzReport {
  runs: number;
  /** The most CPU time one file took, check and fmt together. */
  maxCpuMs: number;
  failure?: string;
}

const { repoRoot, numRuns, timeLimitMs, seed } = workerData as FuzzRequest;
const work = mkdtempSync(join(tmpdir(), "sparbar-fuzz-"));
const seedRoot = join(work, "seed");
const baseRoot = join(work, "base");
for (const top of ["audits", "responses"])
  cpSync(join(repoRoot, top), join(seedRoot, top), { recursive: true });
cpSync(join(repoRoot, "packages/core/test/fixtures/base"), baseRoot, { recursive: true });
const cacheDir = join(work, "cache");

const seeds: FuzzFile[] = (await listCorpusFiles(seedRoot)).map((as) => ({
  as,
  bytes: readFileSync(join(seedRoot, as)),
}));

/** CPU time of this thread, where Node can tell it apart from the others. */
function cpuMs(): number {
  const usage = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function sparbar(argv: string[], cwd: string) {
  const out: string[] = [];
  const write = (text: string | Uint8Array) => {
    out.push(typeof text === "string" ? text : Buffer.from(text).toString("utf8"));
    return true;
  };
  const code = await main(argv, {
    stdout: { write },
    stderr: { write },
    env: { LANG: "C", SPARBAR_CACHE_DIR: cacheDir },
    cwd,
    now: new Date("2025-12-01T12:00:00Z"),
  });
  return { code, output: out.join("") };
}

const fail = (message: string): never => {
  throw new Error(message);
};

let runs = 0;
let maxCpuMs = 0;

async function oneFile(root: string, file: FuzzFile): Promise<void> {
  const path = join(root, file.as);
  const original = readFileSync(path);
  writeFileSync(path, file.bytes);
  try {
    const started = cpuMs();
    const check = await sparbar(["check"], root);
    if (![0, 1].includes(check.code)) fail(`check exited with ${check.code}:\n${check.output}`);
    const fmt = await sparbar(["fmt", file.as], root);
    const spent = cpuMs() - started;
    maxCpuMs = Math.max(maxCpuMs, spent);
    if (spent > 2000) fail(`${file.as} took ${Math.round(spent)} ms of CPU time`);
    for (const run of [check, fmt]) {
      if (/\n\s+at .+[:(]\d+:\d+\)?\n/.test(run.output) || run.output.includes("internal error"))
        fail(`a stack trace or an internal error:\n${run.output}`);
    }
    if (![0, 1, 2].includes(fmt.code)) fail(`fmt exited with ${fmt.code}:\n${fmt.output}`);
    const after = readFileSync(path);
    if (fmt.code !== 0) {
      if (!after.equals(Buffer.from(file.bytes))) fail(`fmt refused ${file.as} but changed it`);
    } else if (!after.equals(Buffer.from(file.bytes))) {
      const before = fileModel(loadSource(file.as, file.bytes));
      const formatted = fileModel(loadSource(file.as, after));
      if (before !== formatted)
        fail(`fmt changed what ${file.as} says:\n${modelDifference(before, formatted)}`);
    }
    runs++;
  } finally {
    writeFileSync(path, original);
  }
}

const report: FuzzReport = { runs: 0, maxCpuMs: 0 };
try {
  const settings = {
    numRuns,
    interruptAfterTimeLimit: timeLimitMs,
    markInterruptAsFailure: false,
    ...(seed === undefined ? {} : { seed }),
  };
  for (const [root, files] of [
    [seedRoot, mutatedSeed(seeds)],
    [baseRoot, grammarResponse],
    [baseRoot, grammarOrganisation],
  ] as const) {
    const outcome = await fc.check(
      fc.asyncProperty(files, (f) => oneFile(root, f)),
      settings,
    );
    if (outcome.failed) {
      const [file] = outcome.counterexample ?? [];
      const text = file ? Buffer.from(file.bytes).toString("utf8") : "";
      report.failure = [
        `${(outcome.errorInstance as Error | undefined)?.message ?? "failed"}`,
        `seed ${outcome.seed}, path ${outcome.counterexamplePath}`,
        `file ${file?.as}, ${file?.bytes.length} bytes, starting:`,
        JSON.stringify(text.slice(0, 600)),
      ].join("\n");
      break;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
report.runs = runs;
report.maxCpuMs = Math.round(maxCpuMs);
parentPort?.postMessage(report);
