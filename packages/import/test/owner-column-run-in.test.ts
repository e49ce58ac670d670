import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const plan = [
  "Appendix 1 Audit Improvement Plan 2026-27 Auditor recommendation Council response and action Lead Timescale 1. The Council should review its fees and charges policy every year. Agreed. A review of all fees will be reported to the Finance Committee. Head of Revenues and Benefits November 2026 2. The Council should publish its procurement pipeline. Agreed. The pipeline will be published on the website. Procurement Manager 31 January 2027 Page 4 of 6",
].join("\n");

describe("an owner column run into the text before the timescale", () => {
  it("takes the title before each due date for the measure's responsible unit", () => {
    const read: ImportedResponse = responseOfCommittee(plan, { id: "council", name: "Council" });
    const owners = read.sections.flatMap((s) => s.measures.map((m) => m.responsible));
    expect(owners).toEqual(["Head of Revenues and Benefits", "Procurement Manager"]);
  });
});
