import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A national audit office's recommendations page: the recommendations, then the rule by which
// the government is to answer the audit, which is how it is answered, not one more of them.
const organisation = {
  id: "state",
  bodies: [
    { id: "reg", name: "Regeringen", kind: "government" },
    { id: "tv", name: "Trafikverket", kind: "agency" },
    { id: "rr", name: "Riksrevisionen", kind: "auditors" },
  ],
};

describe("the duty to answer the audit told as a rule", () => {
  it("is no recommendation, while one asking to report measures toward a goal is", () => {
    const report = [
      "Rekommendationer",
      "",
      "Riksrevisionen lämnar följande rekommendationer:",
      "",
      "- Regeringen bör ge Trafikverket i uppdrag att redovisa vilka åtgärder som vidtas för att korta tiden för planering av vägprojekt.",
      "- Trafikverket bör följa upp kostnaden för varje projekt mot den ursprungliga kalkylen.",
      "",
      "Regeringen ska inom fyra månader lämna en skrivelse till riksdagen om vilka åtgärder den vidtagit eller avser att vidta med anledning av granskningen.",
    ].join("\n");
    expect(recommendationsTo(report, organisation).map(([text]) => text.slice(0, 40))).toEqual([
      "Regeringen bör ge Trafikverket i uppdrag",
      "Trafikverket bör följa upp kostnaden för",
    ]);
  });
});
