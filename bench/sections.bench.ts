// `pnpm bench:sections`: how the check of one response grows with its number of sections. A
// response with n sections (each with a stance and a dated measure) answering an audit with n
// recommendations is read, linked and checked as `sparbar check` does it, for n = 1k, 5k, 10k
// and 20k, each in a process of its own so that its peak memory is its own. Sizes are
// interleaved round by round; the figures are medians of this thread's CPU time.
//
// 5,000 sections are more lines than the loader reads in one body, and 20,000 more than its
// megabyte: here the file and Markdown limits are lifted (`unlimited`), to measure the code
// behind them. Everything else is the check as a user gets it.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { Corpus } from "../packages/core/src/index.ts";
import { addResult, emptyCorpus } from "../packages/core/src/load/load-corpus.ts";
import { loadSource } from "../packages/core/src/load/load-source.ts";
import { scriptArgs } from "./args.ts";
import { median, threadCpuMs } from "./measure.ts";
import { auditOf, repeat, responseWith, testOrganisation } from "./one-audit.ts";

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    rounds: { type: "string", default: "3" },
    sizes: { type: "string", default: "1000,5000,10000,20000" },
    child: { type: "string" },
  },
});

/** A response with a section per recommendation, each with a stance and a measure. */
function sectionedResponse(n: number) {
  return responseWith(
    repeat(
      n,
      (i) =>
        `## R${i + 1} Rubrik ${i + 1}\n\nStällningstagande: instämmer\n\n- [ ] Åtgärd ${i + 1} genomförs — 2025-0${(i % 9) + 1}\n`,
    ),
  );
}

interface Measured {
  n: number;
  bytes: number;
  cpuMs: number;
  /** CPU time of every thread of the process: the collector's helpers too. */
  processCpuMs: number;
  wallMs: number;
  diagnostics: number;
  peakMB: number;
}

function measureOne(n: number): Measured {
  const sources = [testOrganisation, auditOf(n), sectionedResponse(n)];
  const bytes = Buffer.byteLength(sources[2]?.content ?? "");
  const cpu = threadCpuMs();
  const processCpu = process.cpuUsage();
  const wall = performance.now();
  const loaded = emptyCorpus();
  for (const source of sources) {
    addResult(loaded, loadSource(source.file, source.content, undefined, { unlimited: true }));
  }
  const corpus = new Corpus(loaded);
  const cpuMs = threadCpuMs() - cpu;
  const used = process.cpuUsage(processCpu);
  const processCpuMs = (used.user + used.system) / 1000;
  const wallMs = performance.now() - wall;
  const sections = corpus.loaded.responses[0]?.sections.length;
  if (sections !== n) throw new Error(`read ${sections} sections of ${n}`);
  return {
    n,
    bytes,
    cpuMs,
    processCpuMs,
    wallMs,
    diagnostics: corpus.diagnostics.length,
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
}

if (values.child) {
  process.stdout.write(JSON.stringify(measureOne(Number(values.child))));
} else {
  const sizes = values.sizes.split(",").map(Number);
  const rounds = Number(values.rounds);
  const runs = new Map<number, Measured[]>(sizes.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    for (const n of sizes) {
      const output = execFileSync(
        process.execPath,
        [...process.execArgv, import.meta.filename, "--child", String(n)],
        { encoding: "utf8", maxBuffer: 1 << 24 },
      );
      runs.get(n)?.push(JSON.parse(output) as Measured);
    }
    console.log(`round ${round + 1}/${rounds} done`);
  }
  const summary = sizes.map((n) => {
    const of = runs.get(n) ?? [];
    return {
      n,
      bytes: of[0]?.bytes ?? 0,
      diagnostics: of[0]?.diagnostics ?? 0,
      cpuMs: median(of.map((r) => r.cpuMs)),
      processCpuMs: median(of.map((r) => r.processCpuMs)),
      wallMs: median(of.map((r) => r.wallMs)),
      peakMB: median(of.map((r) => r.peakMB)),
      cpuRounds: of.map((r) => Math.round(r.cpuMs)),
    };
  });
  const at = (n: number) => summary.find((s) => s.n === n);
  const lines = [
    `One response with n sections, checked; ${rounds} rounds, medians of CPU time`,
    ...summary.map(
      (s) =>
        `  n = ${String(s.n).padStart(6)}  ${(s.bytes / 1024).toFixed(0).padStart(6)} kB  ${s.cpuMs.toFixed(0).padStart(7)} ms CPU (${s.processCpuMs.toFixed(0)} ms all threads)  ${s.wallMs.toFixed(0).padStart(7)} ms wall  peak ${s.peakMB.toFixed(0).padStart(5)} MB  rounds ${s.cpuRounds.join(", ")} ms  (${s.diagnostics} diagnostics)`,
    ),
  ];
  const big = at(20_000);
  const mid = at(5_000);
  const ratio = big && mid ? big.cpuMs / mid.cpuMs : undefined;
  if (ratio !== undefined) {
    const perRound = (big?.cpuRounds ?? []).map((ms, i) => ms / (mid?.cpuRounds[i] ?? ms));
    lines.push(
      `  20k / 5k: ${ratio.toFixed(2)}× (4× is linear); round by round ${perRound.map((r) => `${r.toFixed(2)}×`).join(", ")}`,
    );
  }
  console.log(lines.join("\n"));
  const reports = resolve(import.meta.dirname, "../.reports");
  mkdirSync(reports, { recursive: true });
  writeFileSync(
    resolve(reports, "bench-sections.json"),
    `${JSON.stringify({ rounds, sizes: summary, ratio20kTo5k: ratio }, null, 2)}\n`,
  );
}
