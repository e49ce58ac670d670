import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A follow-up's summary: the auditors recommend something to one unit, and the next sentence
// says in the passive what should be done, naming no one.
const organisation = {
  id: "s",
  bodies: [
    { id: "ekf", name: "Ekonomiförvaltningen", kind: "administration" },
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "sn", name: "Socialnämnden", kind: "committee" },
  ],
};

describe("a passive ask after the auditors' recommending sentence", () => {
  it("goes to the body the auditors' sentence before it named", () => {
    const report = [
      "Sammanfattning",
      "",
      "Vi rekommenderar att ekonomiförvaltningen inför en spärr mot dubbla utbetalningar i leverantörsreskontran. Ändringar av leverantörernas bankkonton bör kontrolleras av två personer innan de registreras. Vi rekommenderar vidare att kommunstyrelsen följer upp kontrollerna i sin internkontrollplan.",
    ].join("\n");
    expect(recommendationsTo(report, organisation)).toEqual([
      [
        "Vi rekommenderar att ekonomiförvaltningen inför en spärr mot dubbla utbetalningar i leverantörsreskontran.",
        ["ekf"],
      ],
      [
        "Ändringar av leverantörernas bankkonton bör kontrolleras av två personer innan de registreras.",
        ["ekf"],
      ],
      [
        "Vi rekommenderar vidare att kommunstyrelsen följer upp kontrollerna i sin internkontrollplan.",
        ["ks"],
      ],
    ]);
  });

  it("leaves one after a body's own sentence to no one", () => {
    const report = [
      "Rekommendationer",
      "",
      "Kommunstyrelsen bör fastställa en mall för tjänsteskrivelser. Socialnämnden bör dokumentera sina beslut om bistånd i verksamhetssystemet. Protokollen bör justeras inom två veckor efter varje sammanträde.",
    ].join("\n");
    expect(recommendationsTo(report, organisation).map(([, to]) => to)).toEqual([
      ["ks"],
      ["sn"],
      [],
    ]);
  });
});
