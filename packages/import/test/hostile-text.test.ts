// Texts no report is, but a hostile or broken page could be: each read within 2 s of this
// thread's CPU time. Each shape once took the importer from seconds to minutes at these sizes,
// as its cost grew with the square of the text's length (`pnpm bench:hostile` shows the slopes).
import { describe, expect, it } from "vitest";
import { type ImportKind, importDocument, textBlocks } from "../src/index.ts";

const organisation = { id: "kommun", bodies: [{ id: "ks", name: "Kommunstyrelsen" }] };

function cpuMs(): number {
  const usage = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timedImport(text: string, kind: ImportKind) {
  const started = cpuMs();
  const result = importDocument({ name: "sida.txt", text, kind, organisation });
  return { result, ms: cpuMs() - started };
}

describe("hostile text", () => {
  it.each([
    [
      "one paragraph of 2,000 sentences",
      "Kommunstyrelsen bör se över rutinerna. ".repeat(2000),
      "audit",
    ],
    ["a gap of 40,000 spaces", `a${" ".repeat(40000)}b`, "audit"],
    ["a gap of 40,000 spaces, read as a response", `a${" ".repeat(40000)}b`, "response"],
    ["a word of 80,000 letters", "a".repeat(80000), "audit"],
    ["20,000 colons", "att: ".repeat(20000), "audit"],
    ["20,000 dates in one paragraph", "senast 31 december 2026 ".repeat(20000), "audit"],
    [
      "a table's header 6,000 times in one line, read as a response",
      "Rekommendation Åtgärd Ansvarig Tidplan ".repeat(6000),
      "response",
    ],
    [
      "one paragraph of 4,000 answers, read as a response",
      "X Kommunstyrelsen instämmer. ".repeat(4000),
      "response",
    ],
    [
      "800 coded recommendations, each answered by code, read as a response",
      `${Array.from({ length: 800 }, (_, i) => `P${(i % 99) + 1} The Council should publish the register.`).join("\n\n")}\n\n${"On P1, it would be done by March 2027. ".repeat(800)}`,
      "response",
    ],
  ] as const)("reads %s within 2 s of CPU time", (_shape, text, kind) => {
    const { ms } = timedImport(text, kind);
    expect(ms).toBeLessThan(2000);
  });

  it("reads a page number after a gap wider than a page as one after a narrow gap", () => {
    const report = (gap: number) =>
      [
        "Revisionsrapport",
        "",
        "Rekommendationer",
        "",
        "Vi rekommenderar kommunstyrelsen att:",
        "- ta fram en plan för lokalförsörjningen",
        "- följa upp planen varje år",
        "",
        `Granskning av lokalförsörjning${" ".repeat(gap)}3`,
      ].join("\n");
    const wide = textBlocks(report(5000));
    expect(wide).toEqual(textBlocks(report(12)));
    expect(wide.map((b) => b.text)).not.toContain("Granskning av lokalförsörjning");
    const { result } = timedImport(report(5000), "audit");
    expect(
      "recommendations" in result.extracted ? result.extracted.recommendations.length : 0,
    ).toBe(2);
  });

  it("joins a word broken at a line's end after a long word as before one", () => {
    const long = "a".repeat(3000);
    const blocks = textBlocks(`${long} lokalförsörj- ningsplan`);
    expect(blocks[0]?.text).toBe(`${long} lokalförsörjningsplan`);
  });
});
