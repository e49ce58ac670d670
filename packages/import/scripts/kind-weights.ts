// `pnpm gen:kind-weights`: trains the learned guess of the kind on every labelled development
// document (never a held-back one) and writes the weights that decide to src/kind-weights.ts
// (bench/kind-scorer.ts says how). The run is deterministic, so the file is the same on every
// machine, and a test checks that it is what this writes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { labelledFolders } from "../bench/accuracy.ts";
import { type KindExample, kindExample, kindWeightsFile } from "../bench/kind-scorer.ts";

const target = join(import.meta.dirname, "..", "src", "kind-weights.ts");
const development = (await Promise.all(labelledFolders("development").map(kindExample))).filter(
  (e): e is KindExample => e !== undefined,
);
const { text, summary } = kindWeightsFile(development);
writeFileSync(target, text);
console.log(`${summary}: ${target}`);
