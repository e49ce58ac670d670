import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labelledFolders } from "../bench/accuracy.ts";
import { type KindExample, kindExample, kindWeightsFile } from "../bench/kind-scorer.ts";
import { guessKind } from "../src/guess-kind.ts";
import { kindFeatures, responseProbability } from "../src/learned-kind.ts";

// An answer to an inspectorate, in words the rules' cues do not know: no stance word, no
// auditors, no statement; the rules find fewer than three cues.
const answerToInspectorate = `SVAR
Vår referens: MN 2027/11

Miljöförvaltningen

Till Länsstyrelsen

Svar på tillsynsmeddelande om dagvatten

Länsstyrelsen besökte anläggningen i mars och ställde två krav. Förvaltningen lämnar här sitt svar.

Krav 1
Ni ska se till att provtagning görs varje månad.
Svar: Provtagningen görs nu varje månad sedan april. Protokoll bifogas.

Krav 2
Ni ska ta fram en plan för underhåll.
Svar: En plan tas fram och är klar den 30 juni 2027.`;

// The start of an English report, which names no recommendation yet and does not speak in the
// auditors' first person ("We found …", a cue the rules know).
const reportOpening = `Performance audit report

Contents
1 Summary
2 Background
3 Audit objective and criteria

1 Summary
The audit examined whether the department manages its contracts effectively. Contract registers were incomplete.

2 Background
The department spends a large share of its budget on contracts.`;

describe("the learned guess of the kind", () => {
  it("loads its weights and tells the two kinds apart where the rules find too few cues", () => {
    expect(responseProbability(answerToInspectorate)).toBeGreaterThan(0.5);
    expect(responseProbability(reportOpening)).toBeLessThan(0.5);
    // The rules ask it, and still say their guess was weak.
    expect(guessKind(answerToInspectorate)).toEqual({ kind: "response", confidence: 0.5 });
    expect(guessKind(reportOpening)).toEqual({ kind: "audit", confidence: 0.5 });
  });

  it("reads a text's features the same way each time, each weighing alike in long and short texts", () => {
    const a = kindFeatures(answerToInspectorate);
    expect(kindFeatures(answerToInspectorate)).toEqual(a);
    expect(new Set(a.features).size).toBe(a.features.length);
    expect(a.scale).toBeCloseTo(1 / Math.sqrt(a.features.length));
  });

  it("ships the weights `pnpm gen:kind-weights` trains from the development documents", async () => {
    const development = (await Promise.all(labelledFolders("development").map(kindExample))).filter(
      (e): e is KindExample => e !== undefined,
    );
    const shipped = readFileSync(join(import.meta.dirname, "..", "src", "kind-weights.ts"), "utf8");
    expect(kindWeightsFile(development).text).toBe(shipped);
  });
});
