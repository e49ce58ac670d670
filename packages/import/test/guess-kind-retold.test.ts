import { describe, expect, it } from "vitest";
import { kindByRules } from "../src/guess-kind.ts";

describe("the kind of a text retelling answers and of one listing related documents", () => {
  it("reads minutes retelling each recommendation with its answer in one sentence as a response", () => {
    const minutes = [
      "Agenda item",
      "",
      "Follow-up of Agreed Audit Actions",
      "",
      "Minutes:",
      "",
      "7.1",
      "For Library Lending, the recommendation that overdue loans should be chased within a week had been agreed by the Head of Libraries, and reminders would start on 1 March 2028.",
      "",
      "7.2",
      "The second recommendation, that each branch should count its stock twice a year, had not been accepted, as the branches were too small; the risk had been accepted.",
      "",
      "7.3",
      "For Grounds Maintenance, the recommendation that mowers should be logged after each use had been agreed in part.",
      "",
      "RESOLVED: That the report be noted.",
    ].join("\n");
    const read = kindByRules(minutes);
    expect(read.kind).toBe("response");
    expect(read.confidence).toBeGreaterThan(0.85);
  });

  it("reads a Nordic minute that retells the answer to a recommendation as a response", () => {
    const protokoll = [
      "Oppfølging av forvaltningsrevisjon",
      "",
      "Anbefalingen om at kommunen bør føre oversikt over alle avtaler, er tatt til følge.",
      "Anbefalingen om at avtalene bør gjennomgås hvert år, er ikke akseptert.",
      "Kommunen bør også vurdere opplæring av innkjøpere.",
    ].join("\n");
    expect(kindByRules(protokoll).kind).toBe("response");
  });

  it("does not take a report's agreement with management for an answer", () => {
    const report = [
      "Internal Audit Report: Payroll",
      "",
      "We found that overtime claims were not always approved.",
      "The Council should approve every claim before payment.",
      "The recommendations in this report have been agreed with management.",
    ].join("\n");
    expect(kindByRules(report).kind).toBe("audit");
  });
});
