import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A page of open recommendations: each recommendation's sentence names the officer who heads
// the department, and the "Agency:" field under it names the part of the department the
// recommendation is entered for.
const page = [
  "Results:",
  "GAO-27-311, Mar 3, 2027",
  "Recommendation: The Secretary of the Interior should ensure that the Bureau of Land Surveys publishes its backlog of survey requests each quarter.",
  "Agency: Department of the Interior: Bureau of Land Surveys",
  "Status: Open",
  "Comments: When we confirm what actions the agency has taken in response to this recommendation, we will provide updated information.",
  "Recommendation: The Secretary of the Interior should direct the Bureau of Land Surveys to set a time limit for each request.",
  "Agency: Department of the Interior",
  "Status: Open",
].join("\n");

const organisation = {
  id: "us",
  bodies: [
    { id: "doi", name: "Department of the Interior", kind: "committee" },
    { id: "bls", name: "Bureau of Land Surveys", kind: "committee" },
    { id: "gao", name: "GAO", kind: "auditors" },
  ],
};

describe("a recommendation's agency field on a page of recommendations", () => {
  it("names whom it is to, at the level the field names last", () => {
    expect(recommendationsTo(page, organisation).map(([, to]) => to)).toEqual([["bls"], ["doi"]]);
  });
});
