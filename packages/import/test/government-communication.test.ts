import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "regeringen", name: "Regeringen" }, "skrivelse.txt");
}

// A government communication answering the national auditors: their recommendations as bullet
// items under a heading and an intro ending in a colon, the answers under subject headings in
// the same order, the government as the subject of its own promises, and the cabinet minute's
// extract at the foot.
const communication = [
  "Riksrevisionens rapport om statens stöd till vattenvården",
  "",
  "Regeringens skrivelse 2027/28:31",
  "",
  "1 Ärendet",
  "",
  "Riksrevisionen har granskat hur staten stöder kommunernas arbete med vattenvård.",
  "",
  "2.2 Riksrevisionens rekommendationer",
  "",
  "Riksrevisionen lämnar följande rekommendationer till regeringen:",
  "• Förenkla ansökan om bidrag till lokala vattenvårdsprojekt.",
  "• Utred om bidragen kan fördelas efter avrinningsområde i stället för län.",
  "• Ge länsstyrelserna i uppdrag att samordna tillsynen av enskilda avlopp.",
  "",
  "3 Regeringens bedömning",
  "",
  "Regeringen ser positivt på granskningen och delar i stort Riksrevisionens slutsatser.",
  "",
  "3.1 Ansökan om bidrag",
  "",
  "Regeringen delar Riksrevisionens bedömning att ansökan bör förenklas. Regeringen kommer att ändra förordningen, och ändringen ska träda i kraft under 2028.",
  "",
  "3.2 Fördelningen av bidragen",
  "",
  "Regeringen delar delvis Riksrevisionens bedömning. Regeringen avser i stället att låta Havsmyndigheten följa fördelningen. Uppföljningen ska redovisas senast den 15 mars 2029.",
  "",
  "3.3 Tillsynen av avlopp",
  "",
  "Regeringen delar inte Riksrevisionens bedömning att ett särskilt uppdrag behövs. Kommunerna ansvarar redan för tillsynen.",
  "",
  "Miljödepartementet",
  "",
  "Utdrag ur protokoll vid regeringssammanträde den 2 oktober 2027",
  "",
  "Föredragande: statsrådet Ek",
].join("\n");

describe("a government communication answering the national auditors' recommendations", () => {
  it("reads the items under the intro as the recommendations, not the intro itself", () => {
    const read = response(communication);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Förenkla ansökan om bidrag till lokala vattenvårdsprojekt.", "agrees"],
      [
        2,
        "Utred om bidragen kan fördelas efter avrinningsområde i stället för län.",
        "partly-agrees",
      ],
      [3, "Ge länsstyrelserna i uppdrag att samordna tillsynen av enskilda avlopp.", "disagrees"],
    ]);
  });

  it("reads the government's own promises, and not the date of the cabinet minute", () => {
    const read = response(communication);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-12-31"],
      ["2029-03-15"],
      [],
    ]);
  });

  it("still reads a council's sentence about what the government does as no promise", () => {
    const read = responseOfCommittee(
      [
        "Yttrande över revisionsrapport om vattenvård",
        "",
        "Rekommendation 1: Nämnden bör ta fram en plan för tillsynen.",
        "",
        "Nämnden instämmer. Regeringen väntas besluta om nya föreskrifter under 2028.",
      ].join("\n"),
      { id: "miljonamnden", name: "Miljönämnden" },
    );
    expect(read.sections[0]?.measures).toEqual([]);
  });
});
