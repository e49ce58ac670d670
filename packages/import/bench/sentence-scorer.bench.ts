// `pnpm bench:import-scorer`: the learned sentence scorer (sentence-scorer.ts), scored as each
// held-back part was scored by the rules: trained only on the labelled reports that existed
// before that part was written, tested on the part. Then a five-fold cross-validation by
// document over all labelled reports. Held-back documents not yet measured are never read.
import { isMeasured, labelledFolders } from "./accuracy.ts";
import { train } from "./logistic.ts";
import { heldOutRound, parts } from "./parts.ts";
import { type LabelledReport, labelledReport, scoreReports } from "./sentence-scorer.ts";

/** The labelled reports among the folders, with their candidates. */
const reportsIn = async (folders: readonly string[]) =>
  (await Promise.all(folders.map((f) => labelledReport(f)))).filter(
    (r): r is LabelledReport => r !== undefined,
  );
const reports = await reportsIn(labelledFolders("development"));
const pct = (a: number, b: number) =>
  `${b === 0 ? "–" : ((a / b) * 100).toFixed(1)} % (${a} of ${b})`;
const line = (name: string, s: ReturnType<typeof scoreReports>) =>
  `  ${name.padEnd(44)} precision ${pct(s.correct, s.found).padEnd(22)} recall ${pct(s.correct, s.expected).padEnd(22)} reachable ${pct(s.reachable, s.expected)}`;

const thresholds = [0.5, 0.8, 0.95];
console.log("Trained on the parts before, tested on the part (as the rules were measured):");
for (const part of parts) {
  if (part.round === 0) continue;
  const before = reports.filter((r) =>
    parts.some((p) => p.round < part.round && p.holds(r.document)),
  );
  const tested = reports.filter((r) => part.holds(r.document));
  const weights = train(before.flatMap((r) => r.candidates));
  for (const threshold of thresholds)
    console.log(line(`${part.name} at ${threshold}`, scoreReports(weights, tested, threshold)));
}

// The held-back part measured last, still held back: the scorer learns from the development
// reports written before it, then, for comparison, from those labelled apart alongside it too.
const heldOut = await reportsIn(labelledFolders("held-out").filter(isMeasured));
if (heldOut.length > 0)
  for (const [learnedFrom, learning] of [
    [
      "written before",
      reports.filter((r) => parts.some((p) => p.round < heldOutRound && p.holds(r.document))),
    ],
    ["all development", reports],
  ] as const) {
    const weights = train(learning.flatMap((r) => r.candidates));
    const named = `last held-back part, ${learnedFrom}`;
    for (const threshold of thresholds)
      console.log(line(`${named} at ${threshold}`, scoreReports(weights, heldOut, threshold)));
  }

console.log("\nFive-fold cross-validation by document, all labelled reports:");
const folds = 5;
const totals = thresholds.map(() => ({ found: 0, correct: 0, expected: 0, reachable: 0 }));
for (let fold = 0; fold < folds; fold++) {
  const tested = reports.filter((_, i) => i % folds === fold);
  const weights = train(reports.filter((_, i) => i % folds !== fold).flatMap((r) => r.candidates));
  for (const [t, threshold] of thresholds.entries()) {
    const s = scoreReports(weights, tested, threshold);
    const sum = totals[t] as (typeof totals)[number];
    for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += s[key];
  }
}
for (const [t, threshold] of thresholds.entries())
  console.log(
    line(`${reports.length} reports at ${threshold}`, totals[t] as (typeof totals)[number]),
  );
