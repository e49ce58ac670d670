import { describe, expect, it } from "vitest";
import { auditDraft } from "../src/draft-source.ts";
import { extractAudit } from "../src/extract-audit.ts";
import { kindByRules, withLearned } from "../src/guess-kind.ts";
import { textBlocks } from "../src/text-blocks.ts";

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

describe("the kind of a tracker recording each answer under labelled fields", () => {
  const tracker = (answer: string) =>
    [
      "Open Recommendations",
      "As of 1 March 2027, there are 812 open recommendations in our recommendations database.",
      "Recommendation: The Secretary of Energy should set a schedule for replacing the old meters.",
      "Agency: Department of Energy",
      "Status: Open",
      `Comments: ${answer} with this recommendation. A schedule is expected by June 2027.`,
      "Recommendation: The Secretary of Energy should publish the meters' error rates each year.",
      "Agency: Department of Energy",
      "Status: Open",
      `Comments: ${answer} with this recommendation.`,
    ].join("\n");

  it("reads the agency's answer under the fields after each recommendation as a response", () => {
    const read = kindByRules(tracker("The Department of Energy concurred"));
    expect(read.kind).toBe("response");
  });

  it("reads the same page without answers as the auditors'", () => {
    const read = kindByRules(
      tracker("We will update this page when the agency reports its progress").replaceAll(
        " with this recommendation",
        "",
      ),
    );
    expect(read.kind).toBe("audit");
  });

  it("does not take a report's summary of the agency's comments on all its recommendations for an answer", () => {
    const report = [
      "What We Found",
      "We found that the agency did not track its repairs.",
      "The Secretary of Energy should track each repair to completion.",
      "The Secretary of Energy should report the backlog each year.",
      "The department concurred with both of our recommendations.",
    ].join("\n");
    expect(kindByRules(report).kind).toBe("audit");
  });
});

describe("an unsure guess overruled by a firm learned one", () => {
  it("takes the learned kind at confidence 0.5 and keeps the rules' reading", () => {
    const rules = { kind: "response" as const, confidence: 0.78 };
    expect(withLearned(rules, 0.1)).toEqual({ kind: "audit", confidence: 0.5, overruled: rules });
  });

  it("keeps the rules' guess where the learned one is not firm, agrees, or the rules are sure", () => {
    expect(withLearned({ kind: "response", confidence: 0.78 }, 0.3)).toEqual({
      kind: "response",
      confidence: 0.78,
    });
    expect(withLearned({ kind: "audit", confidence: 0.78 }, 0.1)).toEqual({
      kind: "audit",
      confidence: 0.78,
    });
    expect(withLearned({ kind: "audit", confidence: 0.9 }, 0.95)).toEqual({
      kind: "audit",
      confidence: 0.9,
    });
  });

  it("lets the learned guess decide where the rules weigh too few cues", () => {
    expect(withLearned({ kind: "audit", confidence: 0.5 }, 0.6)).toEqual({
      kind: "response",
      confidence: 0.5,
    });
  });

  it("says in the draft that the guess went against the cues", () => {
    const audit = extractAudit(
      textBlocks("Rekommendationer\nRevisorerna rekommenderar nämnden att följa upp avtalen."),
      [],
    );
    const draft = auditDraft(audit, { id: "norrvik", bodies: [] }, "rapport.txt", {
      damage: undefined,
      kindConfidence: 0.5,
      kindGiven: false,
      kindOverruled: { kind: "response", confidence: 0.78 },
    });
    expect(draft.text).toContain("pointed to a response (confidence 0.78)");
  });
});

describe("an answer under a heading of its own after each recommendation", () => {
  it("counts the recommendation before the heading as quoted", () => {
    const answer = [
      "1. Upphandling",
      "",
      "Revisorerna rekommenderar att kommunstyrelsen följer upp ramavtalen varje år.",
      "",
      "1.1. Kommunstyrelsens kommentar",
      "",
      "Kommunstyrelsen instämmer. Uppföljningen görs från och med 2028.",
      "",
      "2. Fakturor",
      "",
      "Revisorerna rekommenderar att nämnden kontrollerar fakturor mot avtalade priser.",
      "",
      "2.1. Kommunstyrelsens kommentar",
      "",
      "Kommunstyrelsen instämmer delvis. Kontrollen görs med stickprov.",
      "",
      "3. Avtal",
      "",
      "Revisorerna rekommenderar att nämnden samlar sina avtal i ett register.",
      "",
      "3.1. Kommunstyrelsens kommentar",
      "",
      "Kommunstyrelsen instämmer. Registret finns på plats i juni 2028.",
    ].join("\n");
    const read = kindByRules(answer);
    expect(read.kind).toBe("response");
    expect(read.confidence).toBeGreaterThan(0.85);
  });
});
