// `pnpm bench:hostile`: how the cost of reading grows with the size of a hostile file. Each
// shape is measured at n and at 8n in the same run, interleaved; the ratio of the medians is 8
// when the cost grows linearly and 64 when it grows with the square. The Markdown parser is
// measured without the loader's limits, since the limits would refuse the larger sizes. Times
// are this thread's CPU time, which a busy machine disturbs less than the wall clock.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Corpus, parseMarkdown } from "../packages/core/src/index.ts";
import { loadSources } from "../packages/core/src/load/load-corpus.ts";
import { importDocument } from "../packages/import/src/index.ts";
import { scriptArgs } from "./args.ts";
import { interleave, median, type Timed, threadCpuMs } from "./measure.ts";
import { auditOf, repeat, responseWith, testOrganisation } from "./one-audit.ts";

const { values } = parseArgs({
  args: scriptArgs(),
  options: { rounds: { type: "string", default: "5" }, scale: { type: "string", default: "1" } },
});
const rounds = Number(values.rounds);
const scale = Number(values.scale);

/**
 * An audit with n recommendations to sn, each asked for by name, and a response with a bare
 * section for every other one: lookups by id for each section, each name asked for and each
 * recommendation left unanswered.
 */
function halfAnsweredAudit(n: number) {
  return [
    testOrganisation,
    auditOf(n),
    responseWith(repeat(n / 2, (i) => `## R${2 * i + 1} Rubrik\n`)),
  ];
}

/** `sparbar import` on a text, the kind given, as a hostile page or PDF would reach it. */
function importText(text: string, kind: "audit" | "response") {
  const organisation = { id: "kommun", bodies: [{ id: "ks", name: "Kommunstyrelsen" }] };
  return importDocument({ name: "hostile.txt", text, kind, organisation }).draft.text.length;
}

interface Shape {
  name: string;
  n: number;
  run: (n: number) => unknown;
}

const shapes: Shape[] = [
  {
    name: "Markdown: sections with a stance and a measure",
    n: 500 * scale,
    run: (n) =>
      parseMarkdown(
        repeat(
          n,
          (i) => `## R${i + 1} Rubrik\n\nStällningstagande: instämmer\n\n- [ ] Gör — 2025-01\n\n`,
        ),
      ),
  },
  {
    name: "Markdown: quotes between paragraphs",
    n: 1000 * scale,
    run: (n) => parseMarkdown("> a\n\nb\n\n".repeat(n)),
  },
  {
    name: "Markdown: lists in lists",
    n: 500 * scale,
    run: (n) => parseMarkdown("- a\n  - b\n".repeat(n)),
  },
  {
    name: "check: n recommendations, every other one answered",
    n: 1200 * scale,
    run: (n) => new Corpus(loadSources(halfAnsweredAudit(n))).diagnostics.length,
  },
  {
    name: "import: one paragraph of n sentences",
    n: 250 * scale,
    run: (n) => importText("Kommunstyrelsen bör se över rutinerna. ".repeat(n), "audit"),
  },
  {
    name: "import: a gap of n spaces",
    n: 5000 * scale,
    run: (n) => importText(`a${" ".repeat(n)}b`, "audit"),
  },
  {
    name: "import: a word of n letters",
    n: 5000 * scale,
    run: (n) => importText("a".repeat(n), "audit"),
  },
  {
    name: "import: n dates in one paragraph",
    n: 2500 * scale,
    run: (n) => importText("senast 31 december 2026 ".repeat(n), "audit"),
  },
  {
    name: "import: a table's header n times in one line",
    n: 1000 * scale,
    run: (n) => importText("Rekommendation Åtgärd Ansvarig Tidplan ".repeat(n), "response"),
  },
  {
    name: "import: a response of n list items",
    n: 1000 * scale,
    run: (n) => importText("1. Nämnden bör\n".repeat(n), "response"),
  },
  {
    name: "import: one paragraph of n answers",
    n: 500 * scale,
    run: (n) => importText("X Kommunstyrelsen instämmer. ".repeat(n), "response"),
  },
  {
    name: "import: n coded recommendations, each answered by code",
    n: 100 * scale,
    run: (n) =>
      importText(
        `${Array.from({ length: n }, (_, i) => `P${(i % 99) + 1} The Council should publish the register.`).join("\n\n")}\n\n${"On P1, it would be done by March 2027. ".repeat(n)}`,
        "response",
      ),
  },
];

const tasks = shapes.flatMap((shape) => [
  { name: `${shape.name}, n = ${shape.n}`, run: () => shape.run(shape.n) },
  { name: `${shape.name}, n = ${8 * shape.n}`, run: () => shape.run(8 * shape.n) },
]);
const results = await interleave(tasks, rounds, threadCpuMs);

const lines = [`${rounds} rounds, medians of CPU time; 8× is linear growth, 64× quadratic`];
const json: Record<string, { n: number; smallMs: number; largeMs: number; ratio: number }> = {};
shapes.forEach((shape, i) => {
  const small = median((results[2 * i] as Timed).times);
  const large = median((results[2 * i + 1] as Timed).times);
  lines.push(
    `  ${shape.name.padEnd(54)} n ${small.toFixed(0).padStart(6)} ms   8n ${large.toFixed(0).padStart(7)} ms   ${(large / small).toFixed(1).padStart(5)}×`,
  );
  json[shape.name] = { n: shape.n, smallMs: small, largeMs: large, ratio: large / small };
});
console.log(lines.join("\n"));
mkdirSync(".reports", { recursive: true });
writeFileSync(
  ".reports/bench-hostile.json",
  `${JSON.stringify({ rounds, shapes: json }, null, 2)}\n`,
);
