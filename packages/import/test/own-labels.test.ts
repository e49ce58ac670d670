import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importLabelled } from "../bench/accuracy.ts";
import type { ImportedResponse } from "../src/index.ts";
import { itemLabelPattern, ownItemLabel } from "../src/own-labels.ts";
import { responseRead } from "./helpers/report-read.ts";

const organisation = {
  id: "skarvik",
  name: "Skärviks kommun",
  bodies: [{ id: "socialnamnden", name: "Socialnämnden", kind: "committee" }],
};

describe("the label a document numbers its items under", () => {
  it("is found by its repetition, whatever its word", () => {
    expect(ownItemLabel(["Inledning", "Issue 1: Cards", "text", "Issue 2: Limits"])).toBe("Issue");
    expect(ownItemLabel(["Brist 1. Nämnden ska …", "Svar.", "Brist 2. Nämnden ska …"])).toBe(
      "Brist",
    );
    expect(ownItemLabel(["PAC recommendation 1: …", "PAC recommendation 2: …"])).toBe(
      "PAC recommendation",
    );
  });

  it("is none where the numbers start again under each item, skip one, or name pages and appendices", () => {
    expect(ownItemLabel(["Åtgärd 1: …", "Åtgärd 2: …", "Åtgärd 1: …", "Åtgärd 2: …"])).toBe(
      undefined,
    );
    expect(ownItemLabel(["Steg 1 …", "Steg 2 …", "Steg 1 …", "Steg 2 …", "Steg 1 …"])).toBe(
      undefined,
    );
    expect(ownItemLabel(["Krav 1. …", "Krav 3. …"])).toBe(undefined);
    expect(ownItemLabel(["Bilaga 1 Rapport", "Bilaga 2 Protokoll"])).toBe(undefined);
    expect(ownItemLabel(["Ad 1 – Indledning", "Ad 2 – Revisionen"])).toBe(undefined);
  });

  it("reads a line under the label with its number and text, behind a chapter's number or in bold", () => {
    const pattern = itemLabelPattern("Brist");
    expect(pattern.exec("Brist 2. Nämnden ska …")?.slice(1)).toEqual(["2", "Nämnden ska …"]);
    expect(pattern.exec("3.2 brist 2: Nämnden ska …")?.slice(1)).toEqual(["2", "Nämnden ska …"]);
    expect(pattern.exec("**Brist 3**")?.slice(1)).toEqual(["3", ""]);
    expect(pattern.exec("Bristen 2 är …")).toBe(null);
  });
});

describe("a response answering items under a label of the report's own", () => {
  it("opens one section per item, whatever the label's word, each with the stance after it", () => {
    const stanceWords = {
      agrees: "Nämnden instämmer i bedömningen.",
      "partly-agrees": "Nämnden instämmer delvis.",
      disagrees: "Nämnden instämmer inte.",
    } as const;
    const label = fc.constantFrom("Brist", "Krav", "Issue", "Avvikelse", "Finding", "Iakttagelse");
    const stances = fc.array(fc.constantFrom("agrees", "partly-agrees", "disagrees"), {
      minLength: 2,
      maxLength: 5,
    });
    fc.assert(
      fc.property(label, stances, fc.boolean(), (word, said, blankLines) => {
        const text = [
          "Redovisning av vidtagna åtgärder",
          "",
          ...said.flatMap((stance, i) => [
            `${word} ${i + 1}. Nämnden ska säkerställa att rutin nummer ${i + 1} följs.`,
            `Nämndens ställningstagande: ${stanceWords[stance as keyof typeof stanceWords]}`,
            ...(blankLines ? [""] : []),
          ]),
        ].join("\n");
        const read = responseRead(text, organisation);
        expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual(
          said.map((stance, i) => [
            i + 1,
            `Nämnden ska säkerställa att rutin nummer ${i + 1} följs.`,
            stance,
          ]),
        );
      }),
    );
  });

  it("takes the recommendation quoted under its label after an issue's title, and the fields' dates and officers", async () => {
    const read = (await importLabelled("dev-273")).result.extracted as ImportedResponse;
    expect(read.sections.map((s) => [s.number, s.text.slice(0, 41)])).toEqual([
      [1, "The Head of Finance should ensure that ev"],
      [2, "The Head of Finance should reduce the sin"],
      [3, "The Head of Human Resources should add th"],
      [4, "The Head of Finance should require a vali"],
      [5, "The Head of Finance should provide refres"],
    ]);
    expect(
      read.sections.flatMap((s) => s.measures.map((m) => [s.number, m.due?.end, m.responsible])),
    ).toEqual([
      [1, "2027-03-31", "Priya Shah, Head of Finance"],
      [2, "2027-02-28", "Priya Shah, Head of Finance"],
      [3, "2027-01-31", "Tom Ellery, Head of Human Resources"],
      [5, "2027-06-30", "Card administrator, Finance"],
    ]);
  });

  it("reads an inspectorate's 'Brist N.' with 'Nämndens ställningstagande:', 'Tidsplan:' and 'Ansvarig:'", async () => {
    const read = (await importLabelled("dev-278")).result.extracted as ImportedResponse;
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "agrees"],
      [3, "partly-agrees"],
    ]);
  });
});
