// `pnpm bench:check`: `sparbar check` after editing one file of a large corpus, with the cache,
// against a check of the same corpus from scratch, as a ratio of medians in the same run. Each
// run is the real command in its own process, as a secretary would type it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { listCorpusFiles } from "@sparbar/core";
import { scriptArgs } from "./args.ts";
import { benchCorpus, corpusOptions } from "./generate-corpus.ts";
import { median } from "./measure.ts";

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    ...corpusOptions(310),
    rounds: { type: "string", default: "5" },
    "full-rounds": { type: "string", default: "3" },
  },
});

const work = mkdtempSync(join(tmpdir(), "sparbar-check-bench-"));
const corpus = benchCorpus(values, work);
const bin = resolve(import.meta.dirname, "../packages/cli/bin/sparbar.js");
const env = { ...process.env, SPARBAR_CACHE_DIR: join(work, "cache"), LANG: "C" };

function check(...args: string[]): { ms: number; files: number; errors: number } {
  const started = performance.now();
  let output: string;
  try {
    output = execFileSync(process.execPath, [bin, "check", "--root", corpus, "--json", ...args], {
      env,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? "");
  }
  const ms = performance.now() - started;
  const result = JSON.parse(output) as { files: number; errors: number };
  return { ms, files: result.files, errors: result.errors };
}

// Files to edit in turn: responses and audits, as secretaries and auditors would.
const files = (await listCorpusFiles(corpus))
  .filter((f) => f.endsWith(".md"))
  .map((f) => join(corpus, f));
const rounds = Number(values.rounds);
const targets = Array.from(
  { length: rounds },
  (_, i) => files[Math.floor(((i + 0.5) * files.length) / rounds)] as string,
);

const full: number[] = [];
for (let i = 0; i < Number(values["full-rounds"]); i++) full.push(check("--no-cache").ms);
check(); // writes the cache
const edited: number[] = [];
const errorsSeen: number[] = [];
const errorsLeft: number[] = [];
for (const target of targets) {
  const original = readFileSync(target, "utf8");
  // An edit that breaks the file, so the check must find it; then the edit undone.
  writeFileSync(target, original.replace(/^date: .*$/m, "date: den 31 februari 2024"));
  const run = check();
  edited.push(run.ms);
  errorsSeen.push(run.errors);
  writeFileSync(target, original);
  const restored = check();
  edited.push(restored.ms);
  errorsLeft.push(restored.errors);
}
rmSync(work, { recursive: true, force: true });
if (errorsLeft.some((e) => e !== 0))
  throw new Error(`an undone edit still left errors: ${errorsLeft}`);
if (errorsSeen.some((e) => e !== 1))
  throw new Error(`an edited file's error was not found every time: ${errorsSeen}`);

const base = median(full);
const after = median(edited);
console.log(
  [
    `sparbar check, ${files.length} Markdown files; medians of ${full.length} full and ${edited.length} edited runs`,
    `  from scratch (--no-cache)             ${(base / 1000).toFixed(2).padStart(7)} s   1.00×`,
    `  after editing one file (cache)        ${(after / 1000).toFixed(2).padStart(7)} s   ${(after / base).toFixed(3)}×`,
  ].join("\n"),
);
mkdirSync(resolve(import.meta.dirname, "../.reports"), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, "../.reports/bench-check.json"),
  `${JSON.stringify({ fullMs: base, editedMs: after, ratio: after / base, full, edited }, null, 2)}\n`,
);
