import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

const response = (text: string) => auditCommitteeResponse(text, "item.txt");

// A committee page: the review's recommendations under their labels, then one paragraph that
// answers them in turn by label ("R1 was accepted; …", "R2 was accepted in part: …", "On R3,
// …"), broken by blank lines in mid-sentence, and a member's question naming one of them.
const page = [
  "Agenda item",
  "",
  "External Audit Reports",
  "",
  "The auditor outlined the review's three recommendations:",
  "",
  "R1 The Council should publish a single timetable for its",
  "",
  "consultations, so that residents can see what is planned.",
  "",
  "R2 The Council should train every manager who runs a consultation.",
  "",
  "R3 The Council should keep a record of how each consultation changed a decision.",
  "",
  "The Head of Engagement summarised the management response. R1 was accepted; a timetable would be placed on the website from the week beginning",
  "",
  "1 March 2028. R2 was accepted in part: managers in the two largest directorates would be trained, and the training would be finished by the end of",
  "",
  "September 2028. On R3, a record had already been started in May 2027 and the Council regarded the matter as closed.",
  "",
  "A Member asked why R2 was only partly accepted. The Head of Engagement explained that the training budget covered two directorates.",
  "",
  "RESOLVED: That the Committee noted the report.",
].join("\n");

describe("answers that name their recommendation by its label, sentence by sentence", () => {
  it("gives each stance and promise to the recommendation its sentence names", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "partly-agrees"],
      [3, undefined],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-03-01"],
      ["2028-09-30"],
      [],
    ]);
  });
});
