// `pnpm bench:import`: how well `sparbar import` finds recommendations, their addressees, audit
// questions and dated measures in labelled documents. Held-out documents were written and labelled
// before the importer was tuned, and are reported apart.
import { mkdirSync, writeFileSync } from "node:fs";
import { scoreAll, totals } from "./accuracy.ts";

const scores = await scoreAll();
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
for (const group of [false, true]) {
  const set = scores.filter((s) => s.heldOut === group);
  const t = totals(set);
  console.log(
    `${group ? "Held-out" : "Development"} set (${set.length} documents: ${set.map((s) => s.document).join(", ")})`,
  );
  console.log(
    `  recommendations  precision ${pct(t.precision)}  recall ${pct(t.recall)}  addressees right ${pct(t.addresseeAccuracy)}`,
  );
  console.log(
    `  audit questions  recall ${pct(t.questionRecall)}  answers right ${pct(t.answerAccuracy)}`,
  );
  console.log(
    `  dated measures   precision ${pct(t.measurePrecision)}  recall ${pct(t.measureRecall)}`,
  );
  for (const s of set) for (const miss of s.misses) console.log(`    ${s.document}: ${miss}`);
}
mkdirSync(".reports", { recursive: true });
writeFileSync(
  ".reports/bench-import.json",
  `${JSON.stringify({ development: totals(scores.filter((s) => !s.heldOut)), heldOut: totals(scores.filter((s) => s.heldOut)), scores }, null, 2)}\n`,
);
