import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A local newspaper's article on a new audit: the auditors' asks retold in the past tense,
// the body that is to act named right after "recommended", its verb without an ending.
const article = [
  "State auditors found that one in four building permits took longer than the law allows.",
  "",
  "Auditors recommended the Permit Office publish its processing times online and review every case older than 90 days.",
  "",
  "The audit also recommended that the Permit Office and the Fire Marshal share inspection schedules.",
].join("\n");

const organisation = {
  id: "s",
  bodies: [
    { id: "po", name: "Permit Office", kind: "committee" },
    { id: "fm", name: "Fire Marshal", kind: "committee" },
    { id: "la", name: "Legislative Audit Division", kind: "auditors" },
  ],
};

describe("the auditors' asks retold in the past tense", () => {
  it("reads each as a recommendation to the bodies named after the verb", () => {
    expect(recommendationsTo(article, organisation)).toEqual([
      [
        "Auditors recommended the Permit Office publish its processing times online and review every case older than 90 days.",
        ["po"],
      ],
      [
        "The audit also recommended that the Permit Office and the Fire Marshal share inspection schedules.",
        ["po", "fm"],
      ],
    ]);
  });
});
