import { describe, expect, it } from "vitest";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

const response = (text: string) => auditCommitteeResponse(text, "minutes.txt");

// Minutes that tell the auditor's recommendations in turn in one paragraph ("The first was that
// …", "The second was that …"), each followed by an officer's answer, one "accepted in part, as
// …".
const minutes = [
  "Minutes of the Audit Committee held on 8 June 2027",
  "",
  "5. External Audit Report: Council Tax Collection",
  "",
  "The Committee considered the external auditor's report, which contained two recommendations. The first was that the Council should write to every household in arrears within ten days. The Revenues Manager advised that this had been accepted and letters would be sent from 1 September 2027. The second was that the Council should offer direct debit on every payment date. The Revenues Manager advised that this recommendation had been accepted in part, as the system allows only two dates.",
  "",
  "The Committee noted the report.",
].join("\n");

describe("recommendations told in turn in one paragraph of minutes", () => {
  it("reads each 'was that' clause and the answer after it", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text.replace(/\.$/u, ""), s.stance])).toEqual([
      [1, "the Council should write to every household in arrears within ten days", "agrees"],
      [2, "the Council should offer direct debit on every payment date", "partly-agrees"],
    ]);
  });
});
