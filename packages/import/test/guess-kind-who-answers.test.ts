import { describe, expect, it } from "vitest";
import { kindByRules } from "../src/guess-kind.ts";

describe("the kind by who answers whom", () => {
  it("reads a cabinet's minute that retells its answer to the auditor's proposals as a response", () => {
    const minute = [
      "Item 42 Annual Assessment Letter from the Wales Audit Office",
      "",
      "Minutes:",
      "The Leader introduced the letter and the Council's response. Two proposals for improvement had been made:",
      "",
      "A The Council should publish its savings plans with each budget.",
      "B The Council should report on its carbon targets every quarter.",
      "",
      "In setting out the Cabinet's response to the two proposals, the Leader said that proposal 1 was accepted.",
      "The Cabinet accepted the second proposal in part.",
      "",
      "RESOLVED: That the letter and the Council's response be noted.",
    ].join("\n");
    const read = kindByRules(minute);
    expect(read.kind).toBe("response");
    expect(read.confidence).toBeGreaterThan(0.5);
  });

  it("reads a scrutiny committee's minute of the council's answer as a response", () => {
    const minute = [
      "ANNUAL AUDIT LETTER 2026 (REF)",
      "",
      "The auditor proposed that the Council should review how it charges for parking.",
      "The Council's response accepted this. The auditor also said the Council should sell its empty depots.",
      "The response did not agree that a sale was needed, as the depots are let.",
      "",
      "RECOMMENDED - THAT the letter and the response be noted.",
    ].join("\n");
    expect(kindByRules(minute).kind).toBe("response");
  });

  it("reads a Nordic decision on the answer as a response", () => {
    const decision =
      "Sak 12/2027 Vedlikehold av skolebygg\n\nRevisjonen anbefaler at kommunen lager en plan for vedlikehold. Rapporten ble lagt fram for formannskapet i mars, og rådmannen sier seg enig i anbefalingen.\n\nVedtak: Uttalelsen vedtas.";
    expect(kindByRules(decision).kind).toBe("response");
  });

  it("reads a control committee's case paper that takes up the auditors' findings and passes them on as a report", () => {
    const paper = [
      "Sak 7/2027 Forvaltningsrevisjon: Vedlikehold av kommunale bygg",
      "Innstilling: Kontrollutvalget slutter seg til revisjonens konklusjoner og anbefalinger og legger saken fram for kommunestyret.",
      "Kommunestyret tar rapporten til orientering. Kontrollutvalget ber om at kommunedirektøren gir en skriftlig tilbakemelding om oppfølgingen innen 1. mars 2028.",
      "Revisjonen har gjennomført en forvaltningsrevisjon av vedlikeholdet.",
      "Kommunedirektøren har gitt uttalelse til rapporten og sier seg enig i anbefalingene.",
    ].join("\n");
    const read = kindByRules(paper);
    expect(read.kind).toBe("audit");
    expect(read.confidence).toBeGreaterThan(0.5);
  });

  it("reads a public accounts committee's report that endorses the auditor's reports and asks for answers as a report", () => {
    const report = [
      "Four reports from the Auditor General",
      "1. In this report we endorse the conclusions and recommendations of four reports by the Auditor General.",
      "2. We invite the Treasury and the ministries concerned to respond to the recommendations within two months, stating whether each is accepted.",
      "3. We also recommend that the Audit Office report back to us within a year.",
    ].join("\n");
    const read = kindByRules(report);
    expect(read.kind).toBe("audit");
    expect(read.confidence).toBeGreaterThan(0.5);
    const swedish =
      "Revisorerna ställer sig bakom de sakkunnigas bedömningar i rapporten om bostadsbolaget och begär svar från styrelsen senast den 30 april 2027.";
    expect(kindByRules(swedish).kind).toBe("audit");
  });

  it("is unsure of a text whose only cue is its recommending sentences, however many there are", () => {
    const minute = [
      "Item 9 Letter from the Auditor",
      "",
      "R1 The Council should publish its asset register.",
      "R2 The Council should review its fleet every year.",
      "R3 The Council should report its energy use each quarter.",
      "R4 The Council should train its buyers in the new rules.",
    ].join("\n");
    const read = kindByRules(minute);
    expect(read.kind).toBe("audit");
    expect(read.confidence).toBeGreaterThan(0.5);
    expect(read.confidence).toBeLessThanOrEqual(0.75);
  });

  it("reads a title that says the text answers, ending in a letter outside English, as a response's", () => {
    const answer = [
      "Svar på granskning av skolskjutsar",
      "",
      "Revisorerna rekommenderar att nämnden ser över avtalen med åkerierna. Avtalen löper ut 2028.",
      "",
      "Nämnden avser att göra en ny upphandling under hösten.",
    ].join("\n");
    expect(kindByRules(answer).kind).toBe("response");
  });
});
