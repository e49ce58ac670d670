import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A public accounts committee's remark on an audit office's report asks a ministry with
// "henstiller til, at …" and "forventer (desuden), at …"; the report itself recommends to three
// regions named in a row joined by "og". The auditors' own expectation of an answer ("Vi
// forventer, at byrådet tager stilling …") is procedure, not a recommendation.
const report = [
  "Beretning om ventetider til høreapparater",
  "",
  "Statsrevisorerne finder det utilfredsstillende, at regionerne ikke kender ventetiderne. Statsrevisorerne henstiller til, at Ældreministeriet sikrer, at ventetiderne opgøres ens.",
  "",
  "Statsrevisorerne forventer desuden, at Ældreministeriet hvert år offentliggør ventetiderne.",
  "",
  "Rigsrevisionen anbefaler, at Region Vestkysten, Region Østkysten og Region Midtlandet registrerer, hvornår behandlingen begynder.",
  "",
  "Vi forventer, at byrådet tager stilling til beretningen inden den 1. marts 2027.",
].join("\n");

const organisation = {
  id: "dk",
  bodies: [
    { id: "aem", name: "Ældreministeriet", kind: "ministry" },
    { id: "rv", name: "Region Vestkysten", kind: "region" },
    { id: "ro", name: "Region Østkysten", kind: "region" },
    { id: "rm", name: "Region Midtlandet", kind: "region" },
    { id: "br", name: "Byrådet", kind: "council" },
  ],
};

describe("a public accounts committee's asks beside the audit office's recommendations", () => {
  const found = reportRead(report, organisation, "beretning.txt");

  it("reads 'henstiller til, at' and the auditors' 'forventer, at' as recommendations", () => {
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Statsrevisorerne henstiller til, at Ældreministeriet sikrer, at ventetiderne opgøres ens.",
      "Statsrevisorerne forventer desuden, at Ældreministeriet hvert år offentliggør ventetiderne.",
      "Rigsrevisionen anbefaler, at Region Vestkysten, Region Østkysten og Region Midtlandet registrerer, hvornår behandlingen begynder.",
    ]);
    expect(found.recommendations[0]?.to.map((b) => b.id)).toEqual(["aem"]);
    expect(found.recommendations[1]?.to.map((b) => b.id)).toEqual(["aem"]);
  });

  it("takes every body of a row joined by 'og' as an addressee", () => {
    expect(found.recommendations[2]?.to.map((b) => b.id)).toEqual(["rv", "ro", "rm"]);
  });
});
