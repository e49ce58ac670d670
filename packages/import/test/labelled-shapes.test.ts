import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labelledDir } from "../bench/accuracy.ts";
import {
  fold,
  type ImportedAudit,
  type ImportedResponse,
  importDocument,
  readDocument,
} from "../src/index.ts";

// Each shape the importer once missed, read from the development document of that shape.
async function imported(folder: string) {
  const dir = join(labelledDir, folder);
  const source = readdirSync(dir).find((f) => f.startsWith("source.")) ?? "";
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
    organisation: { bodies: string[] };
  };
  const read = await readDocument(source, readFileSync(join(dir, source)));
  if (!read.ok) throw new Error(`${folder} is unreadable`);
  const bodies = expected.organisation.bodies.map((name) => ({
    id: fold(name).replace(/[^a-z0-9]+/g, "-"),
    name,
  }));
  return importDocument({ name: source, text: read.text, organisation: { id: "x", bodies } });
}

async function audit(folder: string) {
  return (await imported(folder)).extracted as ImportedAudit;
}

async function response(folder: string) {
  return (await imported(folder)).extracted as ImportedResponse;
}

const addressees = (r: ImportedAudit["recommendations"][number]) => [
  ...r.to.map((b) => b.name),
  ...r.unknownTo,
];

describe("reports flattened to a line per page", () => {
  it("reads an inline numbered list after a colon when the chapter's number and title stand in the same line", async () => {
    const found = await audit("dev-48");
    expect(found.recommendations.map((r) => [r.text, addressees(r)])).toEqual([
      [
        "upprätta skriftliga fördelningar av arbetsmiljöuppgifter till samtliga chefer",
        ["Kommunstyrelsen"],
      ],
      ["följa upp att fördelningarna returneras undertecknade", ["Kommunstyrelsen"]],
      [
        "erbjuda chefer utbildning i arbetsmiljöansvar inom tre månader från anställning.",
        ["Kommunstyrelsen"],
      ],
    ]);
  });

  it("ends a list of findings at the next chapter, so that its first recommendation is not swallowed", async () => {
    const found = await audit("dev-49");
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Riksrevisionen rekommenderar Tullverket att inventera samtliga beslagsförråd minst en gång per år.",
      "Riksrevisionen rekommenderar vidare Tullverket att dokumentera varje beslut om förstöring av gods.",
    ]);
  });
});

describe("addressees", () => {
  it("keeps a body the organisation lacks whole when 'och' joins words of its name", async () => {
    const found = await audit("dev-44");
    expect(found.recommendations.map(addressees)).toEqual([
      ["Programnämnd trafik och samhällsplanering"],
      ["Tekniska nämnden"],
    ]);
  });

  it("reads 'Nämnden' as the committee named before it, not the board the letter is sent to", async () => {
    const found = await audit("dev-45");
    expect(found.recommendations.map(addressees)).toEqual([
      ["Kommunstyrelsen"],
      ["Bygg- och miljönämnden"],
      ["Bygg- och miljönämnden"],
    ]);
  });

  it("gives numbered recommendations without a subject to the one audited body", async () => {
    const found = await audit("dev-3");
    expect(found.recommendations.map(addressees)).toEqual([
      ["Barn- och utbildningsnämnden"],
      ["Barn- och utbildningsnämnden"],
      ["Barn- och utbildningsnämnden"],
    ]);
  });
});

describe("responses", () => {
  it("reads an action table that lost its column separators by its header", async () => {
    const found = await response("dev-55");
    expect(found.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Säkerställ att väntelistorna är korrekta", "agrees"],
      [2, "Analysera orsakerna till långa väntetider inom ortopedin", "agrees"],
    ]);
    expect(
      found.sections.flatMap((s) => s.measures.map((m) => [m.text, m.responsible, m.due.end])),
    ).toEqual([
      [
        "Genomgång av samtliga väntelistor Senast 2022-03-31",
        "Hälso- och sjukvårdsförvaltningen",
        "2022-03-31",
      ],
      ["Analys redovisas för nämnden Juni 2022", "Divisionschef kirurgi", "2022-06-30"],
    ]);
  });
});
