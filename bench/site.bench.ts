// `pnpm bench:site`: builds the site from a generated corpus and compares it, in the same run,
// with what it cannot avoid: core reading the corpus plus Astro building as many trivial pages.
// Medians of wall time, and each process's peak resident memory. With `--edit`, instead: how
// long the site takes to build again after one response is edited, with a build cache.
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { scriptArgs } from "./args.ts";
import { benchCorpus, corpusOptions } from "./generate-corpus.ts";
import { median } from "./measure.ts";

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    ...corpusOptions(31),
    rounds: { type: "string", default: "3" },
    "heap-mb": { type: "string", default: "16384" },
    /** Instead: a build that fills a build cache, then edits of one response, each rebuilt. */
    edit: { type: "boolean", default: false },
  },
});

const repo = resolve(import.meta.dirname, "..");
const site = join(repo, "site");
const astro = join(site, "node_modules", "astro", "bin", "astro.mjs");
const indexScript = join(site, "scripts", "index-search.ts");
// Under the repository: Astro cannot build into another filesystem (see site/astro.config.mjs).
mkdirSync(join(repo, ".cache"), { recursive: true });
const work = mkdtempSync(join(repo, ".cache", "site-bench-"));
let corpus = benchCorpus(values, work);

interface Run {
  ms: number;
  peakKB: number;
}

/** Runs a Node process to its end; its wall time and peak memory. */
function run(args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  const peakFile = join(work, "peak");
  rmSync(peakFile, { force: true });
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${values["heap-mb"]}`,
        "--conditions=sparbar-source",
        "--import",
        join(import.meta.dirname, "peak-memory.ts"),
        ...args,
      ],
      {
        cwd,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", SPARBAR_PEAK_FILE: peakFile, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => {
      const ms = performance.now() - started;
      if (code !== 0)
        return fail(new Error(`${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`));
      done({ ms, peakKB: existsSync(peakFile) ? Number(readFileSync(peakFile, "utf8")) : 0 });
    });
  });
}

function countPages(folder: string): number {
  let pages = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) pages++;
  }
  return pages;
}

const asOf = "2026-11-22";
let out = "";
let builds = 0;

/**
 * A new, empty output folder for each build, and a disk that has taken every earlier write
 * before the timing starts. Nothing is deleted until the end: after deleting a build's 180,000
 * files, creating files was slower for minutes (two trivial builds in a row took 51 s and 73 s),
 * and the kernel writing out one build's files was billed to the next.
 */
function freshOutput(name: string): string {
  spawnSync("sync");
  return join(work, `${name}-${++builds}`);
}

/** The build cache of an incremental build (`--edit`), or none. */
let buildCache: Record<string, string> = {};

/** Builds the site into a new folder, or over `into` (an incremental build in place). */
function buildSite(into?: string): Promise<Run> {
  if (into) spawnSync("sync");
  out = into ?? freshOutput("site");
  return run([astro, "build", "--silent"], site, {
    SPARBAR_ROOT: corpus,
    SPARBAR_OUT_DIR: out,
    SPARBAR_AS_OF: asOf,
    ...buildCache,
  });
}

function buildTrivial(pages: number): Promise<Run> {
  return run([astro, "build", "--silent"], join(site, "baseline"), {
    SPARBAR_TRIVIAL_PAGES: String(pages),
    SPARBAR_OUT_DIR: freshOutput("trivial"),
  });
}

function loadCorpus(): Promise<Run> {
  spawnSync("sync");
  return run([join(import.meta.dirname, "site-load.ts"), corpus], repo, { SPARBAR_AS_OF: asOf });
}

/** The peak resident memory (KB) of a process and its children so far, from /proc (Linux). */
function peakOfTree(pid: number): number {
  let peak = 0;
  const visit = (id: number) => {
    try {
      peak += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
      const children = readFileSync(`/proc/${id}/task/${id}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) visit(Number(child));
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return peak;
}

/**
 * The search index as `pnpm build` makes it (Pagefind, shard by shard). Pagefind is a native
 * program: the peak memory of the script and its Pagefind is sampled from /proc while it runs.
 */
function indexSearch(): Promise<Run> {
  spawnSync("sync");
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [indexScript, out], {
      stdio: "ignore",
      env: { ...process.env, ...buildCache },
    });
    let peakKB = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakKB = Math.max(peakKB, peakOfTree(child.pid));
    }, 100);
    child.on("exit", (code) => {
      clearInterval(sampler);
      if (code === 0) done({ ms: performance.now() - started, peakKB });
      else fail(new Error(`the search index failed: exit code ${code}`));
    });
  });
}

async function compareWithBaseline() {
  const rounds = Number(values.rounds);
  const site_: Run[] = [];
  const load: Run[] = [];
  const trivial: Run[] = [];
  const search: Run[] = [];
  let pages = 0;
  const roundRatios: number[] = [];
  const measureSite = async () => {
    site_.push(await buildSite());
    pages = countPages(out);
    // The search index is not part of the ratio: its time and peak are taken once, in the
    // first round, which saves a minute and a half a round at national scale.
    if (search.length === 0) search.push(await indexSearch());
  };
  const measureBaseline = async () => {
    load.push(await loadCorpus());
    trivial.push(await buildTrivial(pages));
  };
  for (let round = 0; round < rounds; round++) {
    // The real build first in the first round: its page count sets the baseline's. After that
    // the order alternates, because this disk grows slower as builds pile up on it: whichever
    // ran second would otherwise always pay for it.
    if (round % 2 === 0) {
      await measureSite();
      await measureBaseline();
    } else {
      await measureBaseline();
      await measureSite();
    }
    const siteMs = site_.at(-1)?.ms ?? 0;
    const loadMs = load.at(-1)?.ms ?? 0;
    const trivialMs = trivial.at(-1)?.ms ?? 0;
    roundRatios.push(siteMs / (loadMs + trivialMs));
    console.log(
      `round ${round + 1}/${rounds}: site ${siteMs / 1000} s, core load ${loadMs / 1000} s, trivial pages ${trivialMs / 1000} s, ${(roundRatios.at(-1) ?? 0).toFixed(2)}×`,
    );
  }

  const ms = (runs: Run[]) => median(runs.map((r) => r.ms));
  const peak = (runs: Run[]) => median(runs.map((r) => r.peakKB)) / 1024;
  const baseline = ms(load) + ms(trivial);
  const result = {
    corpus,
    pages,
    rounds,
    siteMs: ms(site_),
    coreLoadMs: ms(load),
    trivialPagesMs: ms(trivial),
    searchIndexMs: ms(search),
    searchIndexPeakMB: peak(search),
    ratio: ms(site_) / baseline,
    /** Each round's site against that round's own baseline: the pairs share the disk's state. */
    roundRatios,
    medianRoundRatio: median(roundRatios),
    sitePeakMB: peak(site_),
    coreLoadPeakMB: peak(load),
    trivialPeakMB: peak(trivial),
  };
  const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`.padStart(9);
  console.log(
    [
      `Site build, ${pages} pages, ${rounds} rounds, medians`,
      `  core load (read, check, link, list pages)     ${seconds(result.coreLoadMs)}   peak ${result.coreLoadPeakMB.toFixed(0)} MB`,
      `  Astro, ${pages} trivial pages${" ".repeat(Math.max(0, 25 - String(pages).length))}${seconds(result.trivialPagesMs)}   peak ${result.trivialPeakMB.toFixed(0)} MB`,
      `  baseline: core load + trivial pages           ${seconds(baseline)}   1.00×`,
      `  Spårbar site (astro build)                    ${seconds(result.siteMs)}   ${result.ratio.toFixed(2)}×   peak ${result.sitePeakMB.toFixed(0)} MB`,
      `  search index (pagefind in shards, once)       ${seconds(result.searchIndexMs)}          peak ${result.searchIndexPeakMB.toFixed(0)} MB`,
      `  round by round: ${roundRatios.map((r) => `${r.toFixed(2)}×`).join(", ")}; median ${result.medianRoundRatio.toFixed(2)}×`,
    ].join("\n"),
  );
  mkdirSync(join(repo, ".reports"), { recursive: true });
  writeFileSync(join(repo, ".reports", "bench-site.json"), `${JSON.stringify(result, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
}

/**
 * `--edit`: a full build without a cache (the yardstick), then a full build that fills a build
 * cache (Astro's pages, the corpus's load results and the search index's shards), then, round
 * by round, one response edited (a sentence added at its end, a different response each round)
 * and the site built again over the cache-filling build's folder, as a user's next `pnpm build`
 * with the same cache and folder would.
 */
async function measureEdits() {
  const rounds = Number(values.rounds);
  // Edits go to a copy: a corpus given with --corpus is left as it is.
  const edited = join(work, "edited-corpus");
  cpSync(corpus, edited, { recursive: true });
  corpus = edited;
  const plain = await buildSite();
  const pages = countPages(out);
  const plainSearch = await indexSearch();
  console.log(
    `full build without a cache: site ${plain.ms / 1000} s, search index ${plainSearch.ms / 1000} s`,
  );
  buildCache = { SPARBAR_BUILD_CACHE: join(work, "build-cache") };
  const full = await buildSite();
  const folder = out;
  const fullSearch = await indexSearch();
  console.log(
    `full build filling the cache: site ${full.ms / 1000} s, search index ${fullSearch.ms / 1000} s`,
  );
  const yardstick = plain.ms + plainSearch.ms;
  const responses = readdirSync(join(corpus, "responses"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".md"))
    .sort();
  const edits: { file: string; site: Run; search: Run; ratio: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const file = responses[Math.floor(((round + 0.5) * responses.length) / rounds)] ?? "";
    const path = join(corpus, "responses", file);
    writeFileSync(path, `${readFileSync(path, "utf8")}\nTillagt i omgång ${round + 1}.\n`);
    const site_ = await buildSite(folder);
    const search = await indexSearch();
    const ratio = (site_.ms + search.ms) / yardstick;
    edits.push({ file, site: site_, search, ratio });
    console.log(
      `round ${round + 1}/${rounds}: edited ${file}; site ${site_.ms / 1000} s, search index ${search.ms / 1000} s, ${(100 * ratio).toFixed(1)} % of the full build`,
    );
  }
  const result = {
    corpus,
    pages,
    rounds,
    plainSiteMs: plain.ms,
    plainSearchMs: plainSearch.ms,
    fullSiteMs: full.ms,
    fullSearchMs: fullSearch.ms,
    fullSearchPeakMB: fullSearch.peakKB / 1024,
    editedSiteMs: median(edits.map((e) => e.site.ms)),
    editedSearchMs: median(edits.map((e) => e.search.ms)),
    roundRatios: edits.map((e) => e.ratio),
    medianRatio: median(edits.map((e) => e.ratio)),
    sitePeakMB: full.peakKB / 1024,
  };
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    [
      `Incremental build, ${pages} pages, ${rounds} edits, medians`,
      `  full build without a cache:    site ${seconds(plain.ms)} s + search ${seconds(plainSearch.ms)} s (the yardstick)`,
      `  full build, filling the cache: site ${seconds(full.ms)} s + search ${seconds(fullSearch.ms)} s (peak ${result.fullSearchPeakMB.toFixed(0)} MB)`,
      `  after editing one response:    site ${seconds(result.editedSiteMs)} s + search ${seconds(result.editedSearchMs)} s`,
      `  round by round: ${edits.map((e) => `${(100 * e.ratio).toFixed(1)} %`).join(", ")}; median ${(100 * result.medianRatio).toFixed(1)} % of the full build`,
    ].join("\n"),
  );
  mkdirSync(join(repo, ".reports"), { recursive: true });
  writeFileSync(
    join(repo, ".reports", "bench-site-edit.json"),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  rmSync(work, { recursive: true, force: true });
}

await (values.edit ? measureEdits() : compareWithBaseline());
