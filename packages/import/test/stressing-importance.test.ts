import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// The auditors stress that a body acts ("Vi vill betona vikten av att X …"): a recommendation to
// that body; the same words about a fact that is no body's act recommend nothing.
const report = [
  "Revisorerna har granskat kommunens arbete med intern kontroll.",
  "",
  "Vi vill betona vikten av att socialnämnden dokumenterar sina kontroller av utbetalningar.",
  "",
  "Revisorerna understryker också betydelsen av att kommunstyrelsen följer upp nämndernas kontrollplaner varje år.",
  "",
  "Vi understryker vikten av att kontrollerna har blivit fler under året.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "sn", name: "Socialnämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "executive" },
  ],
};

describe("the auditors stressing that a body acts", () => {
  it("is a recommendation to that body", () => {
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      [
        "Vi vill betona vikten av att socialnämnden dokumenterar sina kontroller av utbetalningar.",
        ["sn"],
      ],
      [
        "Revisorerna understryker också betydelsen av att kommunstyrelsen följer upp nämndernas kontrollplaner varje år.",
        ["ks"],
      ],
    ]);
  });
});
