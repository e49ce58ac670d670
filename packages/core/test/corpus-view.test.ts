import { beforeAll, describe, expect, it } from "vitest";
import { openCorpus } from "../src/index.ts";
import { naturalCompare } from "../src/query/recommendations.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import { repoRoot } from "./helpers/fixtures.ts";

let view: CorpusView;
beforeAll(async () => {
  view = new CorpusView(await openCorpus(repoRoot), "2026-11-22");
});

describe("naturalCompare", () => {
  it("puts R2 before R10 and sorts Swedish letters after z", () => {
    expect(["R10", "R2", "R1"].sort(naturalCompare)).toEqual(["R1", "R2", "R10"]);
    expect(["Ö", "Ä", "z", "Å", "a"].sort(naturalCompare)).toEqual(["a", "z", "Å", "Ä", "Ö"]);
  });
});

describe("the records of the seed corpus", () => {
  it("lists deadlines soonest first, once for every page and file that shows them", () => {
    const rows = view.deadlines();
    expect(rows.length).toBeGreaterThan(0);
    const days = rows.map((r) => r.due.end);
    expect(days).toEqual([...days].sort());
    expect(view.deadlines()).toBe(rows);
    expect(view.deadlineRows()).toHaveLength(rows.length);
  });

  it("makes a body's record once, with its rows ready and named", () => {
    const asn = view.body("malmo", "asn");
    expect(asn?.rows.map((r) => `${r.audit.id}/${r.item}`)).toContain("SR-2023-81/R4");
    expect(asn?.body.name).toEqual({
      sv: "Arbetsmarknads- och socialnämnden",
      en: "Labour Market and Social Services Committee",
    });
    expect(asn?.quarters.length).toBeGreaterThan(0);
    expect(view.body("malmo", "asn")).toBe(asn);
    expect(view.organisation("orebro")).toBe(view.organisation("orebro"));
  });

  it("counts recommendations once, and per addressee apart", () => {
    const overview = view.overview();
    expect(overview.recommendations).toBe(32);
    expect(overview.counts.total).toBe(39);
    expect(view.body("malmo", "asn")?.recommendations).toBe(7);
  });

  it("gives the feed newest first by the day each item certainly existed", () => {
    const days = view.feed().map((item) => item.when.end);
    expect(days).toEqual([...days].sort().reverse());
    expect(view.feed()).toBe(view.feed());
  });

  it("lists every page: bodies only where something is addressed to them", () => {
    const pages = view.pages();
    expect(pages.organisations.sort()).toEqual(["malmo", "orebro"]);
    expect(pages.bodies).toContainEqual({ organisation: "malmo", id: "hr" });
    expect(pages.bodies).not.toContainEqual({ organisation: "malmo", id: "stadsrevisionen" });
    expect(pages.audits.find((a) => a.id === "SR-2023-81")?.items).toEqual([
      "R1",
      "R2",
      "R3",
      "R4",
      "R5",
    ]);
  });

  it("names a recommendation's addressees and links its sources with their titles", () => {
    const record = view.recommendation("malmo", "SR-2023-81", "R4");
    expect(record?.to.map((b) => b.id)).toEqual(["asn"]);
    const measure = record?.addressees[0]?.measures.find((m) => m.id === "ASN-2024-2039/R4/1");
    expect(measure?.promisedIn.title.sv).toContain("SR-2023-81");
    expect(measure?.done?.firstReportedIn?.id).toBe("asn-2025-01-27-p32");
  });
});
