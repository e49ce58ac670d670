// `pnpm bench`: load + validate + link + derive a corpus, against the raw yaml + remark parse of
// the same files, as a ratio of medians measured in the same run: on one thread, and as the CLI
// and the site do it, on worker threads.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Corpus, listCorpusFiles, loadCorpus, parseMarkdown } from "@sparbar/core";
import { parseDocument } from "yaml";
import { scriptArgs } from "./args.ts";
import { benchCorpus, corpusOptions } from "./generate-corpus.ts";
import { interleave, median, report, type Timed } from "./measure.ts";

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    ...corpusOptions(20),
    rounds: { type: "string", default: "7" },
  },
});

const work = mkdtempSync(join(tmpdir(), "sparbar-load-bench-"));
const root = benchCorpus(values, work);
const files = (await listCorpusFiles(root)).map((file) => ({ file }));
const totalBytes = files.reduce((sum, { file }) => sum + statSync(join(root, file)).size, 0);
const decoder = new TextDecoder("utf-8", { fatal: true });

/** What any tool must do with these files at least: read, decode, parse the YAML and the Markdown. */
function rawParse() {
  for (const { file } of files) {
    const text = decoder.decode(readFileSync(join(root, file)));
    if (!text.startsWith("---\n")) {
      parseDocument(text);
      continue;
    }
    const end = text.indexOf("\n---\n", 3);
    parseDocument(text.slice(4, end + 1));
    parseMarkdown(text.slice(end + 5));
  }
}

const today = "2026-11-22";

/** Spårbar's whole read: decode, parse, validate, extract sections, link, check, derive every status. */
async function spårbarLoad(parallel: boolean) {
  const corpus = new Corpus(await loadCorpus(root, { parallel }));
  if (corpus.diagnostics.length > 0)
    throw new Error(`the generated corpus has ${corpus.diagnostics.length} problems`);
  let statuses = 0;
  for (const subject of corpus.subjects) if (corpus.status(subject, today)) statuses++;
  return statuses;
}

const results = await interleave(
  [
    { name: "raw yaml + remark parse, one thread", run: rawParse },
    { name: "Spårbar: load, validate, link, derive, one thread", run: () => spårbarLoad(false) },
    {
      name: `Spårbar, as the CLI and site run it (${availableParallelism()} threads)`,
      run: () => spårbarLoad(true),
    },
  ],
  Number(values.rounds),
);
rmSync(work, { recursive: true, force: true });
const [baseline, single, parallel] = results as [Timed, Timed, Timed];
const lines = [
  `Corpus: ${files.length} files, ${(totalBytes / 1e6).toFixed(1)} MB (${values.orgs} organisations × ${values.years} years); ${values.rounds} rounds, medians`,
  ...report("Load", baseline, [single, parallel]),
];
console.log(lines.join("\n"));
mkdirSync(".reports", { recursive: true });
const ratio = (t: Timed) => median(t.times) / median(baseline.times);
writeFileSync(
  ".reports/bench-load.json",
  `${JSON.stringify({ files: files.length, bytes: totalBytes, rounds: Number(values.rounds), threads: availableParallelism(), baselineMs: median(baseline.times), singleThreadMs: median(single.times), parallelMs: median(parallel.times), singleThreadRatio: ratio(single), parallelRatio: ratio(parallel) }, null, 2)}\n`,
);
