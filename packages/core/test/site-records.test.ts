import { beforeAll, describe, expect, it } from "vitest";
import { openCorpus } from "../src/index.ts";
import { SiteModel } from "../src/publish/index.ts";
import { naturalCompare } from "../src/query/recommendations.ts";
import { repoRoot } from "./helpers/fixtures.ts";

let model: SiteModel;
beforeAll(async () => {
  model = new SiteModel(await openCorpus(repoRoot), "2026-11-22");
});

describe("naturalCompare", () => {
  it("puts R2 before R10 and sorts Swedish letters after z", () => {
    expect(["R10", "R2", "R1"].sort(naturalCompare)).toEqual(["R1", "R2", "R10"]);
    expect(["Ö", "Ä", "z", "Å", "a"].sort(naturalCompare)).toEqual(["a", "z", "Å", "Ä", "Ö"]);
  });
});

describe("the site model of the seed corpus", () => {
  it("lists deadlines soonest first, once for every page and file that shows them", () => {
    const rows = model.deadlines();
    expect(rows.length).toBeGreaterThan(0);
    const days = rows.map((r) => r.due.end);
    expect(days).toEqual([...days].sort());
    expect(model.deadlines()).toBe(rows);
    expect(model.deadlineRows()).toHaveLength(rows.length);
  });

  it("makes a body's record once for its Swedish and English page", () => {
    const asn = model.body("malmo", "asn");
    expect(asn?.recommendations).toContain("malmo/SR-2023-81/R4");
    expect(asn?.quarters.length).toBeGreaterThan(0);
    expect(model.body("malmo", "asn")).toBe(asn);
    expect(model.organisation("orebro")).toBe(model.organisation("orebro"));
  });

  it("gives the feed newest first", () => {
    const days = model.feed().map((item) => item.day);
    expect(days).toEqual([...days].sort().reverse());
    expect(model.feed()).toBe(model.feed());
  });
});
