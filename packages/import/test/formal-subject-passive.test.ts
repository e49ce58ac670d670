import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A review's recommendations in the passive with a formal subject, "Det rekommenderas att X …":
// the body after "att" is the addressee, as after "Vi rekommenderar att X …".
const report = [
  "5 Rekommendationer",
  "",
  "Utifrån granskningen lämnas följande rekommendationer. Det rekommenderas att gymnasienämnden inför en rutin för uppföljning av elevernas frånvaro. Det rekommenderas också att kommunstyrelsen fastställer en tidsplan för skolans lokalförsörjning.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "gn", name: "Gymnasienämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "executive" },
  ],
};

describe("the passive with a formal subject, 'Det rekommenderas att X …'", () => {
  it("is a recommendation to the body after 'att'", () => {
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      [
        "Det rekommenderas att gymnasienämnden inför en rutin för uppföljning av elevernas frånvaro.",
        ["gn"],
      ],
      [
        "Det rekommenderas också att kommunstyrelsen fastställer en tidsplan för skolans lokalförsörjning.",
        ["ks"],
      ],
    ]);
  });
});
