import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    { id: "s", bodies: [{ id: "fn", name: "Fritidsnämnden", kind: "committee" }] },
    "kallelse.txt",
  );
}

// A meeting notice summing up the administration's answer: the first recommendation retold
// with the auditors as its subject, the next in the passive ("Vidare rekommenderas nämnden att
// …"), each answered in the sentences after it.
describe("a recommendation retold in the passive with its addressee", () => {
  const summary = [
    "Sammanfattning",
    "",
    "Stadsrevisionen rekommenderar nämnden att säkerställa att alla badhus har en aktuell säkerhetsplan. Förvaltningen instämmer. Planerna ska vara uppdaterade senast den 1 mars 2027.",
    "",
    "Vidare rekommenderas nämnden att redovisa besöksstatistiken per anläggning. Förvaltningen delar revisionens uppfattning. Statistiken kommer att redovisas i verksamhetsberättelsen från och med april 2027.",
  ].join("\n");

  it("opens a section for it, answered by what follows it", () => {
    const sections = read(summary).sections;
    expect(sections.map((s) => [s.stance, s.measures.map((m) => m.due?.end)])).toEqual([
      ["agrees", ["2027-03-01"]],
      ["agrees", ["2027-04-30"]],
    ]);
    expect(sections[1]?.text).toBe(
      "Vidare rekommenderas nämnden att redovisa besöksstatistiken per anläggning.",
    );
  });
});
