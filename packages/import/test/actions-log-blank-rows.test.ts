import { describe, expect, it } from "vitest";
import { columnRole } from "../src/table-columns.ts";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

// An internal audit actions log copied from a document viewer: bars between the cells but none
// at the ends, and a blank line between every two rows.
const log = [
  "Internal Audit Actions Log",
  "Harbourside Health Board",
  "",
  "Ref | Date added | Issue | Recommendation | Priority | Management Action Agreed | Responsible Executive Lead / Management Lead | Original Agreed Implementation Date | Revised Implementation Date | Status",
  "",
  "31 | Jan-27 | Keys to the drug store were not signed out. | Ward managers should keep a signed register of drug store keys. | HIGH | Agreed. A register will be placed on every ward. | Chief Nurse / Ward Manager | Feb-27 | Mar-27 | Orange",
  "",
  "32 | Jan-27 | Leavers kept their system access. | Accounts of leavers should be closed on their last working day. | MEDIUM | Partially agreed. Accounts will be closed within five working days. | Director of Digital / Service Desk Lead | Jun-27 | | Yellow",
  "",
  "33 | Feb-27 | Catering stock was not counted at year end. | Catering stock should be counted at each year end. | LOW | Not agreed. The stock is of low value. | Director of Finance / Catering Manager | N/A | | N/A",
].join("\n");

describe("an actions log whose rows stand apart", () => {
  it("knows its columns by their names", () => {
    expect(columnRole("Management Action Agreed")).toBe("measure");
    expect(columnRole("Responsible Executive Lead / Management Lead")).toBe("responsible");
    expect(columnRole("Original Agreed Implementation Date")).toBe("other");
  });

  it("reads each row as one recommendation and its answer", () => {
    const read = responseOfCommittee(
      log,
      { id: "board", name: "Harbourside Health Board" },
      "log.txt",
    );
    expect(read.sections.map((s) => s.stance)).toEqual(["agrees", "partly-agrees", "disagrees"]);
    expect(measureOwners(read)).toEqual([
      [["2027-03-31", "Chief Nurse"]],
      [["2027-06-30", "Director of Digital"]],
      [],
    ]);
    expect(read.sections[1]?.text).toBe(
      "Accounts of leavers should be closed on their last working day.",
    );
  });
});
