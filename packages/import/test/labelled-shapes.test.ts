import { parsePeriod } from "@sparbar/core";
import { describe, expect, it } from "vitest";
import { importLabelled } from "../bench/accuracy.ts";
import type { ImportedAudit, ImportedResponse } from "../src/index.ts";

// Each shape the importer once missed, read from the development document of that shape.
async function imported(folder: string) {
  return (await importLabelled(folder)).result;
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

  it("opens a section for each recommendation a decision names by its place, with the words after the comma", async () => {
    const found = await response("dev-56");
    expect(
      found.sections.map((s) => [s.number, s.text, s.stance, s.measures.map((m) => m.due.end)]),
    ).toEqual([
      [1, "att säkerställa att familjehem utreds innan placering", "agrees", ["2026-03-31"]],
      [2, "att familjehemmen ska få handledning varje månad", "partly-agrees", ["2026-02-28"]],
    ]);
  });

  it("reads 'Rekommendation:' labels without a number as sections, in an OCR'd follow-up too", async () => {
    const found = await response("seed-000");
    expect(found.sections.map((s) => s.text)).toEqual([
      "Sikerstilla att kartliggning och analys genomfors av forekomsten av hedersrelaterat vild och fortryck gillande barn",
      "Sikerstilla att uppfoljning och utvirdering genomfors av arbetet mot hedersrelaterat vild och fortryck gillande barn inom ramen for det systematiska kvalitetsarbetet.",
    ]);
  });

  it("dates a practice that starts 'från och med' a period at that period's end, and writes it so", async () => {
    const result = await imported("dev-54");
    const found = result.extracted as ImportedResponse;
    const third = found.sections.find((s) => s.number === 3);
    expect(third?.measures.map((m) => [m.due.text, m.due.end])).toEqual([
      ["tertial 1 2025", "2025-04-30"],
    ]);
    // The draft's date is one `check` reads to the same day.
    expect(result.draft.text).toContain("från och med tertial 1 2025 — tertial 1 2025");
    expect(parsePeriod("tertial 1 2025")).toMatchObject({
      ok: true,
      period: { end: "2025-04-30" },
    });
    // "From the 1st of September" names the day itself.
    expect(found.sections[0]?.measures.map((m) => m.due.end)).toEqual(["2024-09-01"]);
  });

  it("takes no date from a section's refusal for a promise", async () => {
    const found = await response("dev-54");
    expect(found.sections[1]?.stance).toBe("disagrees");
    expect(found.sections[1]?.measures).toEqual([]);
  });

  it("reads 'från och med 2021' in a protocol extract as that year", async () => {
    const found = await response("dev-53");
    expect(found.sections.map((s) => s.measures.map((m) => m.due.end))).toEqual([
      ["2020-09-30"],
      ["2021-12-31"],
    ]);
  });

  it("takes 'Den reviderade rutinen beslutas i december' for a promise: a participle after an article is no past tense", async () => {
    const found = await response("dev-31");
    expect(found.sections[2]?.measures.map((m) => m.due.end)).toEqual(["2021-12-31"]);
  });
});
