// `pnpm bench`: load + validate + link + derive a corpus, against the raw yaml + remark parse of
// the same bytes, as a ratio of medians measured in the same run.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseDocument } from "yaml";
import {
  addResult,
  Corpus,
  emptyCorpus,
  loadSource,
  parseMarkdown,
} from "../packages/core/src/index.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { interleave, median, report } from "./measure.ts";

const { values } = parseArgs({
  options: {
    orgs: { type: "string", default: "20" },
    years: { type: "string", default: "10" },
    rounds: { type: "string", default: "7" },
  },
});

const files = [
  ...generateCorpus({
    organisations: Number(values.orgs),
    years: Number(values.years),
    auditsPerYear: 3.3,
    firstYear: 2016,
    seed: 1,
  }),
].map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) }));
const totalBytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
const decoder = new TextDecoder("utf-8", { fatal: true });

/** What any tool must do with these files at least: decode, parse the YAML, parse the Markdown. */
function rawParse() {
  for (const { bytes } of files) {
    const text = decoder.decode(bytes);
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
function spårbarLoad() {
  const loaded = emptyCorpus();
  for (const { file, bytes } of files) addResult(loaded, loadSource(file, bytes));
  const corpus = new Corpus(loaded);
  if (corpus.diagnostics.length > 0)
    throw new Error(`the generated corpus has ${corpus.diagnostics.length} problems`);
  let statuses = 0;
  for (const subject of corpus.subjects) if (corpus.status(subject, today)) statuses++;
  return statuses;
}

const results = await interleave(
  [
    { name: "raw yaml + remark parse of the same bytes", run: rawParse },
    { name: "Spårbar: load, validate, link, derive", run: spårbarLoad },
  ],
  Number(values.rounds),
);
const [baseline, load] = results as [(typeof results)[0], (typeof results)[0]];
const lines = [
  `Corpus: ${files.length} files, ${(totalBytes / 1e6).toFixed(1)} MB (${values.orgs} organisations × ${values.years} years); ${values.rounds} rounds, medians`,
  ...report("Load", baseline, [load]),
];
console.log(lines.join("\n"));
mkdirSync(".reports", { recursive: true });
writeFileSync(
  ".reports/bench-load.json",
  `${JSON.stringify({ files: files.length, bytes: totalBytes, rounds: Number(values.rounds), baseline: median(baseline.times), load: median(load.times), ratio: median(load.times) / median(baseline.times) }, null, 2)}\n`,
);
