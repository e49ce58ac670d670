// `pnpm bench:import-kind`: the learned guess of the kind (kind-scorer.ts) against the rules,
// leave-one-set-out. Each fold is a set labelled apart from the rules, a held-back part moved
// into development, or the last held-back part measured; it is guessed by a model trained only
// on the parts written in earlier rounds. Two combinations use the learned guess only where the
// rules are unsure: where they weigh fewer than three cues (confidence 0.5, fixed in advance),
// and below a confidence chosen on the training documents alone (by an inner five-fold
// cross-validation), never on the fold. The rules are today's, written from every development
// document, so on every fold but the last their figure is not one of unseen documents.
import { isMeasured, labelledFolders } from "./accuracy.ts";
import { type KindExample, kindExample } from "./kind-scorer.ts";
import { probability, train } from "./logistic.ts";
import { heldOutRound, parts } from "./parts.ts";

const examplesIn = async (folders: readonly string[]) =>
  (await Promise.all(folders.map(kindExample))).filter((e): e is KindExample => e !== undefined);
const development = await examplesIn(labelledFolders("development"));
const heldOut = await examplesIn(labelledFolders("held-out").filter(isMeasured));

/** Below this confidence of the rules the learned guess decides; 0 never, 0.51 on ties only. */
const thresholds = [0, 0.51, 0.6, 0.67, 0.75, 0.85, 0.95, 1.01];

/** The rules' confidence where they weigh fewer than three cues (or tie) is 0.5. */
const fewCuesBelow = 0.51;

const learnedSays = (weights: Float64Array, e: KindExample) => probability(weights, e) >= 0.5;
const rulesSay = (e: KindExample) => e.rules.kind === "response";
const combinedSays = (weights: Float64Array, e: KindExample, threshold: number) =>
  e.rules.confidence < threshold ? learnedSays(weights, e) : rulesSay(e);

/** The learning rates tried; each fold takes the one its training documents favour. */
const rates = [0.2, 1, 3, 10];

/**
 * The learning rate and the threshold the training documents favour, each document guessed by a
 * model not trained on it (five folds within the training documents): the rate that guesses
 * most kinds right, then the threshold at which the combination does. The first best is taken,
 * so where the learned guess does no better the rules keep deciding.
 */
function chooseSettings(training: readonly KindExample[]): { rate: number; threshold: number } {
  const folds = 5;
  const held = training.map((_, i) => i % folds);
  const guesses = rates.map((rate) => {
    const p = new Map<KindExample, number>();
    for (let f = 0; f < folds; f++) {
      const weights = train(
        training.filter((_, i) => held[i] !== f),
        { rate },
      );
      for (const e of training.filter((_, i) => held[i] === f)) p.set(e, probability(weights, e));
    }
    return p;
  });
  const learnedRight = guesses.map(
    (p) => training.filter((e) => (p.get(e) ?? 0) >= 0.5 === e.positive).length,
  );
  const r = learnedRight.indexOf(Math.max(...learnedRight));
  const chosen = guesses[r] as Map<KindExample, number>;
  const right = thresholds.map(
    (threshold) =>
      training.filter(
        (e) =>
          (e.rules.confidence < threshold ? (chosen.get(e) ?? 0) >= 0.5 : rulesSay(e)) ===
          e.positive,
      ).length,
  );
  return {
    rate: rates[r] ?? 0.2,
    threshold: thresholds[right.indexOf(Math.max(...right))] ?? 0,
  };
}

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
    name: "eleventh held-back part (heldout-173–190)",
    tested: heldOut,
    training: development.filter((e) =>
      parts.some((p) => p.round < heldOutRound && p.holds(e.document)),
    ),
  },
];

const pct = (a: number, b: number) =>
  `${b === 0 ? "–" : ((a / b) * 100).toFixed(1)} % (${a} of ${b})`;
const sum = { documents: 0, rules: 0, learned: 0, fewCues: 0, combined: 0 };
const columns = (...cells: string[]) =>
  `${(cells[0] ?? "").padEnd(44)} ${(cells[1] ?? "").padEnd(10)} ${cells
    .slice(2)
    .map((c) => c.padEnd(20))
    .join(" ")}`;
console.log(
  columns("fold", "trained, rate", "rules", "learned", "few cues: learned", "below a threshold"),
);
for (const fold of folds) {
  if (fold.tested.length === 0) continue;
  const { rate, threshold } = chooseSettings(fold.training);
  const weights = train(fold.training, { rate });
  const count = (says: (e: KindExample) => boolean) =>
    fold.tested.filter((e) => says(e) === e.positive).length;
  const rules = count(rulesSay);
  const learned = count((e) => learnedSays(weights, e));
  const fewCues = count((e) => combinedSays(weights, e, fewCuesBelow));
  const combined = count((e) => combinedSays(weights, e, threshold));
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
    ),
  );
  if (wrong.length > 0) console.log(`    ${wrong.join("\n    ")}`);
  sum.documents += n;
  sum.rules += rules;
  sum.learned += learned;
  sum.fewCues += fewCues;
  sum.combined += combined;
}
console.log(
  columns(
    "all folds",
    "",
    pct(sum.rules, sum.documents),
    pct(sum.learned, sum.documents),
    pct(sum.fewCues, sum.documents),
    pct(sum.combined, sum.documents),
  ),
);
