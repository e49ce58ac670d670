import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "scrutiny-committee", name: "Audit and Scrutiny Committee" },
    "minutes.txt",
  );
}

// Minutes that retell internal audit's recommendations in the subjunctive ("the recommendation
// (Low grade) that all stock be counted …"), a grade in brackets before "that", each answered
// by the verb after it; one recommendation told as made and answered in a sentence of its own.
const minutes = [
  "Minutes of Meeting of the Audit and Scrutiny Committee held on Tuesday, 9 March 2027.",
  "",
  "5. Internal Audit Reports",
  "",
  "(i) Depot Stores – Environmental Services",
  "",
  "Two recommendations had been made. The Head of Environmental Services advised that:",
  "",
  "- the recommendation (High grade) that all stock issues be recorded on the stores system on the day they are made had been agreed, and handheld scanners would be in use by 30 June 2027;",
  "- the recommendation (Low grade) that obsolete parts be written off each year had been partially agreed; parts at the main depot would be reviewed by 31 October 2027, but the Service did not consider a review at smaller sites worthwhile.",
  "",
  "(ii) Mileage Claims – Finance",
  "",
  "One recommendation, that fuel receipts be attached to every claim, had been made. The Head of Finance advised that the recommendation had not been accepted, as claims were paid at a fixed rate per mile.",
  "",
  "The Committee NOTED the reports.",
].join("\n");

describe("recommendations retold in the subjunctive in minutes", () => {
  it("reads each 'that' clause as a recommendation and the verb after it as its stance", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "all stock issues be recorded on the stores system on the day they are made", "agrees"],
      [2, "obsolete parts be written off each year", "partly-agrees"],
      [3, "fuel receipts be attached to every claim", "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-06-30"],
      ["2027-10-31"],
      [],
    ]);
  });

  it("takes no 'that' clause without a verb of asking for a recommendation", () => {
    const read = response(
      minutes.replace(
        "One recommendation, that fuel receipts be attached to every claim, had been made.",
        "One recommendation, that the claims were mostly in order, had been made.",
      ),
    );
    expect(read.sections.map((s) => s.text)).not.toContain("the claims were mostly in order");
  });
});
