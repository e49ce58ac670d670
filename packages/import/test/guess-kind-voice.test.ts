import { describe, expect, it } from "vitest";
import { kindByRules } from "../src/guess-kind.ts";

describe("the kind by whose voice a text speaks in", () => {
  it("reads the auditors' own judging voice as a report's, though it asks for an action plan", () => {
    const report = [
      "Revisionsrapport",
      "Granskning av fritidsnämndens ekonomistyrning",
      "Vi bedömer att nämndens uppföljning av ekonomin inte är tillräcklig. Nämnden har inte",
      "tagit fram någon åtgärdsplan trots underskottet i badverksamheten.",
      "Bedömning",
      "Vi bedömer att nämnden bör",
      "begära in en åtgärdsplan från förvaltningen. Vår samlade bedömning är att styrningen brister.",
    ].join("\n");
    const read = kindByRules(report);
    expect(read.kind).toBe("audit");
    expect(read.confidence).toBeGreaterThan(0.5);
  });

  it("reads the auditors' covering letter, which hands the report over for a statement by a date, as a report's", () => {
    const report = [
      "Rapport från stadsrevisionen",
      "",
      "Revisorerna har den 4 mars 2027 behandlat bifogad rapport och överlämnar den till kulturnämnden för yttrande senast den 15 maj 2027.",
      "",
      "Revisorerna lämnar två rekommendationer. Nämnden bör",
      "",
      "• ta fram en åtgärdsplan för underhållet av bibliotekens lokaler",
      "• följa upp avtalen med städentreprenören",
    ].join("\n");
    expect(kindByRules(report).kind).toBe("audit");
  });

  it("reads an English auditor's first person and a report that says it holds the management's answers as a report", () => {
    const report =
      "Auditor releases report on harbour dredging\n\nThe Auditor said, the audit examined how the Harbour Authority plans its dredging. We found that two of five channels had not been surveyed for six years. We identified no schedule for the remaining channels.\n\nThe report also recommends that the Authority publish a dredging action plan. Management's responses are included in the report.";
    expect(kindByRules(report).kind).toBe("audit");
  });

  it("reads a government's answer that shares, or not, the auditors' view in other words as a response", () => {
    const response = [
      "Regeringens skrivelse om Riksrevisionens rapport om tillsynen över hamnarna",
      "",
      "Riksrevisionen rekommenderar regeringen att se över avgifterna för tillsynen.",
      "",
      "Riksrevisionen rekommenderar Transportstyrelsen att planera tillsynen efter risk.",
      "",
      "Regeringen delar Riksrevisionens uppfattning att avgifterna bör ses över. Regeringen delar inte bedömningen att tillsynen saknar riskanalys.",
      "",
      "Regeringen anser att granskningsrapporten är slutbehandlad i och med denna skrivelse.",
    ].join("\n");
    expect(kindByRules(response).kind).toBe("response");
    const norwegian =
      "Kontrollutvalet\n\nRevisjonen anbefaler at kommunen lager en plan for vedlikehold og rapporterer hvert år.\n\nKommunedirektøren deler ikke revisjonens vurdering av vedlikeholdet, men deler revisjonens oppfatning om rapporteringen.";
    expect(kindByRules(norwegian).kind).toBe("response");
  });

  it("still reads a response that retells the covering letter in the past as a response", () => {
    const response =
      "Kulturnämndens yttrande över revisionsrapport om lokalerna\n\nRevisorerna har överlämnat rapporten till nämnden för yttrande. Nämnden delar revisorernas bedömning och kommer att ta fram en åtgärdsplan under 2027.";
    expect(kindByRules(response).kind).toBe("response");
  });
});
