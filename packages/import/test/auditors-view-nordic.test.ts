import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// The auditors' view in Norwegian and Danish, its verb before or after them, and an authority
// whose definite name ends in "-ern" urging a body.
const norwegian = [
  "Forvaltningsrevisjon av byggesaksbehandlingen",
  "",
  "5 Konklusjon og anbefalinger",
  "",
  "Revisjonen anbefaler at kommunedirektøren innfører en rutine for sluttkontroll av byggesaker. I tillegg mener revisjonen at kommunedirektøren må sørge for at klager blir behandlet innen fristen.",
].join("\n");

const danish = [
  "Notat om tilskud til foreninger",
  "",
  "Jeg finder, at Kulturministeriet bør fastsætte en frist for foreningernes regnskaber.",
].join("\n");

const swedish = [
  "Beslut efter inspektion",
  "",
  "Justitiekanslern uppmanar länsstyrelsen att diarieföra inkomna handlingar samma dag som de kommer in.",
].join("\n");

describe("the auditors' view and urging in Nordic forms", () => {
  it("reads 'I tillegg mener revisjonen at X må sørge for …' as a recommendation to X", () => {
    const found = reportRead(
      norwegian,
      { id: "k", bodies: [{ id: "kd", name: "Kommunedirektøren", kind: "executive" }] },
      "rapport.txt",
    );
    expect(found.recommendations.map((r) => [r.text.slice(0, 30), r.to.map((b) => b.id)])).toEqual([
      ["Revisjonen anbefaler at kommun", ["kd"]],
      ["I tillegg mener revisjonen at ", ["kd"]],
    ]);
  });

  it("reads 'Jeg finder, at X bør …' and 'Justitiekanslern uppmanar X att …'", () => {
    const dk = reportRead(
      danish,
      { id: "s", bodies: [{ id: "km", name: "Kulturministeriet", kind: "agency" }] },
      "notat.txt",
    );
    expect(dk.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([["km"]]);
    const se = reportRead(
      swedish,
      { id: "s", bodies: [{ id: "ls", name: "Länsstyrelsen", kind: "agency" }] },
      "beslut.txt",
    );
    expect(se.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([["ls"]]);
  });
});
