import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// An audit statement to an association's annual meeting, and a news item on a region's audit:
// that the board be granted discharge is the assembly's decision the auditors advise on, not a
// recommendation for a body to act on; the recommendation beside it is.
const statement = [
  "Revisionsberättelse för Föreningen Norrskogen",
  "",
  "Vi rekommenderar att styrelsen inför en attestordning för utbetalningar över 5 000 kronor.",
  "",
  "Vi tillstyrker att årsmötet beviljar styrelsens ledamöter ansvarsfrihet för räkenskapsåret.",
  "",
  "Trots bristerna rekommenderar revisorerna att regionstyrelsen beviljas ansvarsfrihet.",
  "",
  "We recommend that the trustees be granted discharge for the year.",
].join("\n");

const organisation = {
  id: "f",
  bodies: [
    { id: "st", name: "Styrelsen", kind: "executive" },
    { id: "rs", name: "Regionstyrelsen", kind: "executive" },
  ],
};

describe("the auditors' statement on discharge", () => {
  it("is no recommendation, in Swedish or English", () => {
    const found = reportRead(statement, organisation, "revisionsberattelse.txt");
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Vi rekommenderar att styrelsen inför en attestordning för utbetalningar över 5 000 kronor.",
    ]);
  });
});
