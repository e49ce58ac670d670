import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A Nordic plan flattened into prose, its timescale column run in after the action: the word
// that opens the timescale ("Inden", "Senest") is part of the date, not an owner.
const plan = [
  "Bilag 2 Administrationens kommentarer til revisionens beretning Nedenfor er revisionens bemærkninger gengivet i skemaform med administrationens kommentarer og tidsplanen. Nr. Revisionens bemærkning Administrationens kommentar Tidsplan 1 Revisionen anbefaler, at kontoplanen forenkles for alle institutioner. Administrationen er enig. En første forenkling er gennemført i juni 2026. Den næste forenkling forelægges revisionen. Inden udgangen af 2026 2 Revisionen anbefaler, at bilagskontrollen styrkes ved større indkøb. Administrationen er enig. Kontrollen udvides til alle bilag over 50.000 kr. Senest 1. marts 2027 Side 1 af 1",
].join("\n");

describe("a time word that opens a run-in timescale", () => {
  it("is read with the date, never as the measure's responsible unit", () => {
    const read: ImportedResponse = responseOfCommittee(plan, { id: "udvalg", name: "Udvalget" });
    const measures = read.sections.flatMap((s) => s.measures);
    const endOfYear = measures.find((m) => m.due?.end === "2026-12-31");
    expect(endOfYear?.text).toBe("Inden udgangen af 2026");
    expect(endOfYear?.responsible).toBeUndefined();
    expect(measures.map((m) => m.responsible).filter(Boolean)).toEqual([]);
  });
});
