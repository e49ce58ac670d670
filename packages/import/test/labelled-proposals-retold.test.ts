import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("proposals retold one by one under their own label, the auditors as subject ('Förslag 2 Revisorerna föreslår att …')", () => {
  const read = responseOfCommittee(
    [
      "1 YTTRANDE 2027-02-03 Dnr 4-2027:18 Riksdagens revisorer Granskning av stödet till studieförbunden Sammanfattning Verket delar revisorernas bild av bristerna men har invändningar mot ett av förslagen.",
      "",
      "2 Revisorernas förslag och verkets kommentarer Förslag 1 Revisorerna föreslår att regeringen flyttar prövningen av bidraget till Bildningsverket. Bildningsverket avstyrker förslaget. En flytt skulle kräva en ny organisation. Förslag 2 Revisorerna föreslår att Bildningsverket följer upp hur bidraget används i varje förbund. Bildningsverket tillstyrker förslaget. En ny modell ska vara införd senast den 31 mars 2028.",
      "",
      "3 Förslag 3 Revisorerna föreslår att regeringen förtydligar målen i regleringsbrevet. Förslaget riktar sig till regeringen och verket lämnar det utan eget ställningstagande. I detta ärende har generaldirektören beslutat.",
    ].join("\n"),
    { id: "bv", name: "Bildningsverket" },
  );

  it("opens a section for each, its text the clause after 'att', the stance after it its own", () => {
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "regeringen flyttar prövningen av bidraget till Bildningsverket.", "disagrees"],
      [2, "Bildningsverket följer upp hur bidraget används i varje förbund.", "agrees"],
      [3, "regeringen förtydligar målen i regleringsbrevet.", undefined],
    ]);
  });

  it("gives the promise to the proposal it follows", () => {
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      [],
      ["2028-03-31"],
      [],
    ]);
  });
});
