// `pnpm bench:import-kind`: the learned guess of the kind (kind-scorer.ts) against the rules,
// leave-one-set-out. Each fold is a set labelled apart from the rules, a held-back part moved
// into development, or the last held-back part measured; it is guessed by a model trained only
// on the parts written in earlier rounds, and pruned as the shipped one is. Two combinations use the learned guess only where the
// rules are unsure: where they weigh fewer than three cues (confidence 0.5, fixed in advance),
// and below a confidence chosen on the training documents alone (by an inner five-fold
// cross-validation), never on the fold. The rules are today's, written from every development
// document, so on every fold but the last their figure is not one of unseen documents.
import { isMeasured, labelledFolders } from "./accuracy.ts";
import {
  combinedSays,
  fewCuesBelow,
  type KindExample,
  kindExample,
  kindModel,
  learnedSays,
  rulesSay,
  shippedSays,
} from "./kind-scorer.ts";
import { probability } from "./logistic.ts";
import { heldOutRound, parts } from "./parts.ts";

const examplesIn = async (folders: readonly string[]) =>
  (await Promise.all(folders.map(kindExample))).filter((e): e is KindExample => e !== undefined);
const development = await examplesIn(labelledFolders("development"));
const heldOut = await examplesIn(labelledFolders("held-out").filter(isMeasured));

const folds: { name: string; tested: KindExample[]; training: KindExample[] }[] = [
  ...parts
    .filter((p) => p.round > 0)
    .map((part) => ({
      name: part.name,
      tested: development.filter((e) => part.holds(e.document)),
      training: development.filter((e) =>
        parts.some((p) => p.round < part.round && p.holds(e.document)),
      ),
    })),
  {
    name: `held-back part of round ${heldOutRound} (heldout-N)`,
    tested: heldOut,
    training: development.filter((e) =>
      parts.some((p) => p.round < heldOutRound && p.holds(e.document)),
    ),
  },
];

const pct = (a: number, b: number) =>
  `${b === 0 ? "–" : ((a / b) * 100).toFixed(1)} % (${a} of ${b})`;
const sum = { documents: 0, rules: 0, learned: 0, fewCues: 0, combined: 0, shipped: 0 };
const columns = (...cells: string[]) =>
  `${(cells[0] ?? "").padEnd(44)} ${(cells[1] ?? "").padEnd(10)} ${cells
    .slice(2)
    .map((c) => c.padEnd(20))
    .join(" ")}`;
console.log(
  columns(
    "fold",
    "trained, rate",
    "rules",
    "learned",
    "few cues: learned",
    "below a threshold",
    "shipped: also if firm",
  ),
);
for (const fold of folds) {
  if (fold.tested.length === 0) continue;
  const { rate, threshold, weights } = kindModel(fold.training);
  const count = (says: (e: KindExample) => boolean) =>
    fold.tested.filter((e) => says(e) === e.positive).length;
  const rules = count(rulesSay);
  const learned = count((e) => learnedSays(weights, e));
  const fewCues = count((e) => combinedSays(weights, e, fewCuesBelow));
  const combined = count((e) => combinedSays(weights, e, threshold));
  const shipped = count((e) => shippedSays(weights, e));
  const wrong = fold.tested
    .filter((e) => learnedSays(weights, e) !== e.positive || rulesSay(e) !== e.positive)
    .map(
      (e) =>
        `${e.document} (${e.positive ? "response" : "audit"}; rules ${e.rules.kind} at ${e.rules.confidence.toFixed(2)}, learned ${probability(weights, e).toFixed(2)})`,
    );
  const n = fold.tested.length;
  console.log(
    columns(
      fold.name,
      `${fold.training.length} at ${rate}`,
      pct(rules, n),
      pct(learned, n),
      pct(fewCues, n),
      `${pct(combined, n)} below ${threshold}`,
      pct(shipped, n),
    ),
  );
  if (wrong.length > 0) console.log(`    ${wrong.join("\n    ")}`);
  sum.documents += n;
  sum.rules += rules;
  sum.learned += learned;
  sum.fewCues += fewCues;
  sum.combined += combined;
  sum.shipped += shipped;
}
console.log(
  columns(
    "all folds",
    "",
    pct(sum.rules, sum.documents),
    pct(sum.learned, sum.documents),
    pct(sum.fewCues, sum.documents),
    pct(sum.combined, sum.documents),
    pct(sum.shipped, sum.documents),
  ),
);
