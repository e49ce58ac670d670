import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const page = [
  "Open Recommendations",
  "",
  "Rural Broadband: Better Data Needed on Grant Outcomes",
  "",
  "Agency Recommendation Status",
  "Department of Agriculture",
  "The Administrator of the Rural Utilities Service should collect speed test results from every funded provider each year. (Recommendation 1)",
  "Open",
  "",
  "The Department of Agriculture concurred with this recommendation. In May 2026, the agency stated that it would add speed tests to its annual provider survey by March 31, 2027.",
  "",
  "Department of Agriculture",
  "The Administrator of the Rural Utilities Service should publish the coverage maps it uses to award grants. (Recommendation 2)",
  "Open",
  "",
  "The Department of Agriculture did not concur with this recommendation. It stated that the maps contain data it is not free to share.",
  "",
  "Department of Commerce",
  "The Secretary of Commerce should set a deadline for states to report on unserved locations. (Recommendation 4)",
  "Open",
  "",
  "Commerce partially concurred with this recommendation. It stated that it would set a deadline for the largest states by December 31, 2026.",
  "",
  "Have a question about a recommendation? Contact the office listed with it.",
].join("\n");

describe("a recommendations database's entries, each with the agency's comment under it", () => {
  it("opens a section per entry, without its number and status, and reads the comment under each as its answer", () => {
    const read: ImportedResponse = responseOfCommittee(page, {
      id: "usda",
      name: "Department of Agriculture",
    });
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [
        1,
        "The Administrator of the Rural Utilities Service should collect speed test results from every funded provider each year.",
        "agrees",
      ],
      [
        2,
        "The Administrator of the Rural Utilities Service should publish the coverage maps it uses to award grants.",
        "disagrees",
      ],
      [
        3,
        "The Secretary of Commerce should set a deadline for states to report on unserved locations.",
        "partly-agrees",
      ],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-03-31"],
      [],
      ["2026-12-31"],
    ]);
  });
});
