// `pnpm bench:import`: how well `sparbar import` reads labelled documents: the kind, the
// recommendations and their addressees, audit questions, and in responses the stances and the
// dated measures with their responsible units. The held-out documents were set aside by the
// published document they follow before the rules were tuned, and are reported apart.
// `--development` scores only the development part (what tuning may look at); `--held-out`
// only the held-back part; `--documents dev-91..dev-106` (or a comma-separated list) only the
// documents named, as a leave-some-out check scores documents a change was not written for.
import { mkdirSync, writeFileSync } from "node:fs";
import { documentSelection, type Part, type Score, scoreAll, totals } from "./accuracy.ts";

const part: Part | undefined = process.argv.includes("--held-out")
  ? "held-out"
  : process.argv.includes("--development")
    ? "development"
    : undefined;
const documentsAt = process.argv.indexOf("--documents");
const scores = await scoreAll(
  part,
  documentsAt === -1 ? undefined : documentSelection(process.argv[documentsAt + 1] ?? ""),
);
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function documentLine(s: Score): string {
  const parts = [
    `${s.document.padEnd(12)} ${s.kind.padEnd(8)} kind ${s.kindRight ? "ok" : "WRONG"}`,
  ];
  const r = s.recommendations;
  if (r)
    parts.push(
      `recommendations ${r.correct}/${r.expected} (found ${r.found}), addressees ${r.addresseesRight}`,
    );
  if (s.stances) parts.push(`stances ${s.stances.right}/${s.stances.expected}`);
  const m = s.measures;
  if (m) parts.push(`measures ${m.correct}/${m.expected} (found ${m.found})`);
  return parts.join("  ");
}

const report: Record<string, unknown> = {};
for (const group of [false, true]) {
  const set = scores.filter((s) => s.heldOut === group);
  if (set.length === 0) continue;
  const t = totals(set);
  report[group ? "heldOut" : "development"] = t;
  console.log(`\n${group ? "Held-out" : "Development"} part: ${set.length} documents`);
  for (const s of set) console.log(`  ${documentLine(s)}`);
  console.log(`  overall: kind right ${pct(t.kindAccuracy)}`);
  console.log(
    `    recommendations  precision ${pct(t.precision)}  recall ${pct(t.recall)}  addressees right ${pct(t.addresseesRight)} of all`,
  );
  console.log(
    `    audit questions  recall ${pct(t.questionRecall)}  answers right ${pct(t.answerAccuracy)}`,
  );
  console.log(
    `    responses        stances right ${pct(t.stanceAccuracy)}  measures precision ${pct(t.measurePrecision)}  recall ${pct(t.measureRecall)}  responsible units right ${pct(t.responsibleAccuracy)}, given where the label names none ${pct(t.responsibleClaimedUnnamed)}`,
  );
  console.log(`    damaged text noted right ${pct(t.damageAccuracy)}`);
  console.log("  misses:");
  for (const s of set) for (const miss of s.misses) console.log(`    ${s.document}: ${miss}`);
}
mkdirSync(".reports", { recursive: true });
writeFileSync(".reports/bench-import.json", `${JSON.stringify({ ...report, scores }, null, 2)}\n`);
