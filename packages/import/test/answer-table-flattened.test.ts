import { describe, expect, it } from "vitest";
import { splitRow } from "../src/flattened-table.ts";
import { type ImportedResponse, textBlocks } from "../src/index.ts";
import { columnRole, headerAt } from "../src/table-columns.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(text, { id: "x", bodies: [] }, "svar.txt");
}

describe("an answer table flattened into a paragraph", () => {
  it("knows columns named by whose they are: the auditors' remark, the answering body's comment", () => {
    expect(headerAt("Nr Revisorernas rekommendation Nämndens kommentar Klart")?.roles).toEqual([
      "other",
      "recommendation",
      "measure",
      "due",
    ]);
    expect(columnRole("Revisionens bemærkning")).toBe("recommendation");
    expect(columnRole("Direktionens bemærkning")).toBe("measure");
    expect(headerAt("Nr. Revisionens bemærkning Direktionens kommentar Frist")?.roles).toEqual([
      "other",
      "recommendation",
      "measure",
      "due",
    ]);
  });

  it("begins the answer where a stance opens it, though the recommendation holds a name", () => {
    expect(
      splitRow(
        "2 Jämför taxorna med Boverkets underlag Instämmer delvis Taxorna jämförs årligen Byggchef 2028-02-29",
        ["other", "recommendation", "stance", "measure", "responsible", "due"],
      ),
    ).toEqual({
      cells: [
        "2",
        "Jämför taxorna med Boverkets underlag",
        "Instämmer delvis",
        "Taxorna jämförs årligen",
        "Byggchef",
        "2028-02-29",
      ],
      rest: "",
    });
    expect(
      splitRow(
        "1 Nämnden bör inventera lokalerna, med en prioritering. Nämnden håller med. En inventering görs under våren. Juni 2028",
        ["other", "recommendation", "measure", "due"],
      )?.cells,
    ).toEqual([
      "1",
      "Nämnden bör inventera lokalerna, med en prioritering.",
      "Nämnden håller med. En inventering görs under våren.",
      "Juni 2028",
    ]);
  });

  it("reads dashes at a row's end as its empty cells", () => {
    expect(
      splitRow(
        "3 Inför en ny taxa för bygglov Instämmer inte Nämnden inväntar lagändringen – – Sida 4",
        ["other", "recommendation", "stance", "measure", "responsible", "due"],
      ),
    ).toEqual({
      cells: [
        "3",
        "Inför en ny taxa för bygglov",
        "Instämmer inte",
        "Nämnden inväntar lagändringen",
        "",
        "",
      ],
      rest: "Sida 4",
    });
  });

  it("opens a section and reads a stance for every row", () => {
    const text = [
      "Protokoll",
      "",
      "§ 41 Svar på granskning av bygglovshanteringen Nämnden beslutar att anta handlingsplanen. Handlingsplan Nr Rekommendation Ställningstagande Åtgärd Ansvarig Klart 1 Kortare handläggningstider för bygglov Instämmer En ny rutin för kompletteringar tas fram Byggchef 2028-03-31 2 Jämför taxorna med Boverkets underlag Instämmer delvis Taxorna jämförs årligen Byggchef 2028-02-29 3 Inför en ny taxa för bygglov Instämmer inte Nämnden inväntar lagändringen – – Justerandes sign",
    ].join("\n");
    const got = read(text);
    expect(got.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Kortare handläggningstider för bygglov", "agrees"],
      [2, "Jämför taxorna med Boverkets underlag", "partly-agrees"],
      [3, "Inför en ny taxa för bygglov", "disagrees"],
    ]);
    expect(got.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-03-31"],
      ["2028-02-29"],
      [],
    ]);
    expect(textBlocks(text).filter((b) => b.kind === "row")).toHaveLength(4);
  });

  it("answers by a row's subject the recommendation quoted in full before the table", () => {
    const text = [
      "Tjänsteutlåtande",
      "",
      "Revisorerna rekommenderar nämnden att: - säkerställa att hyresavtalen för lokalerna är skriftliga - ta fram en plan för underhållet av skolgårdarna. Förvaltningen delar i huvudsak revisorernas bedömningar. Rekommendation Åtgärd Ansvarig Klart 1. Skriftliga hyresavtal Förvaltningen instämmer. Avtalen ses över. Lokalchef Maj 2028 (pågår) 2. Plan för skolgårdarna Förvaltningen anser inte att en egen plan behövs, eftersom gårdarna ingår i lokalplanen. – –",
    ].join("\n");
    const got = read(text);
    expect(got.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "disagrees"],
    ]);
    expect(got.sections[0]?.text).toMatch(/^säkerställa att hyresavtalen/u);
    expect(got.sections[0]?.measures.map((m) => [m.due?.end, m.responsible])).toEqual([
      ["2028-05-31", "Lokalchef"],
    ]);
  });
});

describe("a flattened answer table with a row whose due cell holds no date", () => {
  it("reads every row, the undated one and the text a row's early date left over", () => {
    const text = [
      "Bilag 2",
      "",
      "Nedenfor er revisionens bemærkninger gengivet med forvaltningens kommentarer. Nr. Revisionens bemærkning Forvaltningens kommentar Tidsplan 1 Revisionen anbefaler, at lejekontrakterne registreres centralt. Forvaltningen er enig. Registret oprettes i det nye system. December 2028 2 Revisionen anbefaler, at kassebeholdningerne optælles hver måned. Forvaltningen er enig. En optælling blev gennemført i maj 2027. Den næste optælling dokumenteres. Juni 2028 3 Revisionen anbefaler, at alle indkøb over 50.000 kr. godkendes af to ledere. Forvaltningen er ikke enig. Den nuværende kontrol vurderes at være tilstrækkelig. Løbende",
    ].join("\n");
    const got = read(text);
    expect(got.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "agrees"],
      [3, "disagrees"],
    ]);
    expect(got.sections[2]?.text).toMatch(/^Revisionen anbefaler, at alle indkøb/u);
  });
});
