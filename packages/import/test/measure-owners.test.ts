import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "audit-panel", name: "Audit Panel" }, "item.txt");
}

const owners = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => [m.due?.end, m.responsible ?? null]));

describe("an owner's label on a line of its own under each answer", () => {
  const page = [
    "Housing Rents Audit - Management Responses",
    "",
    "1. Recommendation: Former tenants' arrears should be reviewed every quarter and written off only with approval.",
    "Management response: Agreed. A quarterly arrears review will start by 31 March 2027.",
    "Responsible officer: Income Manager (Housing)",
    "",
    "2. Recommendation: Rent statements should be sent to every tenant twice a year.",
    "Management response: Agreed. Statements will go out each April and October from April 2027.",
    "Responsible officer: Head of Tenancy Services",
    "",
    "3. Recommendation: Garage lettings should be advertised publicly.",
    "Management response: Not agreed. Garages are offered to tenants on the waiting list first.",
    "Responsible officer: Head of Tenancy Services",
  ].join("\n");

  it("gives each answer's measure the officer under it", () => {
    expect(owners(response(page))).toEqual([
      [["2027-03-31", "Income Manager (Housing)"]],
      [["2027-04-30", "Head of Tenancy Services"]],
      [],
    ]);
  });
});
