import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a step done, then in force from a day to come, in the same sentence", () => {
  const dues = (answer: string) =>
    responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör införa en rutin för kontroll av leverantörsbyten.",
        "",
        `Nämnden instämmer. ${answer}`,
      ].join("\n"),
      { id: "sn", name: "Servicenämnden" },
    ).sections.flatMap((s) => s.measures.map((m) => m.due?.end));

  it("is a measure due that day", () => {
    expect(dues("En rutin har tagits fram och börjar gälla den 1 september 2028.")).toEqual([
      "2028-09-01",
    ]);
    expect(dues("Riktlinjen har beslutats och träder i kraft den 1 januari 2029.")).toEqual([
      "2029-01-01",
    ]);
  });

  it("is none where it began to apply already", () => {
    expect(dues("En rutin har tagits fram och började gälla den 1 september 2025.")).toEqual([]);
  });
});
