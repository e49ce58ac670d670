import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A municipal officer's account to the control committee, its pages run together, ending in
// the list of attachments: the report attached carries its own month, which is no step's date.
describe("the list of attachments at a response's end", () => {
  const account = [
    "Revisjonen anbefalte i rapporten at kommunen: 1. utarbeider en plan for vedlikehold av skolebyggene 2. rapporterer vedlikeholdsetterslepet til formannskapet hvert år Rådmannens vurdering Til punkt 1: Rådmannen er enig. Planen skal legges fram for kommunestyret innen 1. juni 2027. Til punkt 2: Rådmannen er enig.",
    "",
    "4 Vedlegg: Revisjonsrapport «Vedlikehold av skolebygg i Elvdal kommune», februar 2026",
  ].join("\n");

  it("gives no measure for the attachment's date", () => {
    const read = responseOfCommittee(account, { id: "ku", name: "Kontrollutvalget" });
    expect(read.sections.flatMap((s) => s.measures.map((m) => m.due?.end))).toEqual(["2027-06-01"]);
  });
});
