import { describe, expect, it } from "vitest";
import { cultureAndLeisure } from "./helpers/municipality-bodies.ts";
import { recommendationsTo } from "./helpers/report-read.ts";

// An audit office's annual report flattened from a PDF, a page to a line: a contents line whose
// titles stand after dashes ("Bilaga 1 - Kriterier"), then the lead with the auditors after the
// verb and the addressee after them, its bullets kept inline on the same line, and the page's
// number at the line's end.
const flattened = [
  "Lindholms kommun Revisionskontoret Innehåll Sammanfattning 2 Bilaga 1 - Kriterier 9 Bilaga 2 - Nyckeltal 11 Bilaga 3 - Källor 12 Revisionskontorets rekommendationer Efter årets granskning rekommenderar revisionskontoret kulturnämnden att: • upprätta en plan för uppföljningen av föreningsbidragen • dokumentera beslut om undantag från riktlinjerna för bidrag 3",
].join("\n");

// The same lead over a list of its own, where the report names two committees.
const listed = [
  "Granskningen har omfattat kulturnämnden och fritidsnämnden.",
  "",
  "Utifrån årets granskning rekommenderar revisorerna fritidsnämnden att:",
  "",
  "• ta fram en lokalplan för idrottshallarna",
  "• följa upp hur bokningssystemet används av föreningarna",
].join("\n");

const organisation = {
  ...cultureAndLeisure,
  bodies: [...cultureAndLeisure.bodies, { id: "rk", name: "Revisionskontoret", kind: "auditors" }],
};

describe("a lead with the auditors after the verb and the addressee after them", () => {
  it("reads bullets kept inline after a contents line with dashes", () => {
    expect(recommendationsTo(flattened, organisation)).toEqual([
      ["upprätta en plan för uppföljningen av föreningsbidragen", ["kn"]],
      ["dokumentera beslut om undantag från riktlinjerna för bidrag", ["kn"]],
    ]);
  });

  it("gives the items under it the body it names", () => {
    expect(recommendationsTo(listed, organisation)).toEqual([
      ["ta fram en lokalplan för idrottshallarna", ["fn"]],
      ["följa upp hur bokningssystemet används av föreningarna", ["fn"]],
    ]);
  });
});
