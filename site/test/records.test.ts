import { openCorpus, queryRecommendations } from "@sparbar/core";
import { matchesFilter } from "@sparbar/core/filter";
import { CorpusView } from "@sparbar/core/view";
import { beforeAll, describe, expect, it } from "vitest";
import { explorerData } from "../src/lib/explorer-data.ts";
import { decodeFacets } from "../src/lib/explorer-facets.ts";
import { feedEntry, urnFor } from "../src/lib/feeds.ts";
import { words } from "../src/lib/format.ts";

const repoRoot = new URL("../..", import.meta.url).pathname;
let view: CorpusView;
beforeAll(async () => {
  view = new CorpusView(await openCorpus(repoRoot), "2026-11-22");
});

describe("the explorer's data", () => {
  it("decode to core's own facets, row by row, so that core's filter reads them alike", () => {
    const data = explorerData(view, "en", "sv");
    const decoded = decodeFacets(data);
    expect(decoded).toEqual(view.explorer().rows.map((row) => row.facets));
    const filter = { organisation: "malmo", states: ["measure-passed" as const] };
    expect(decoded.filter((f) => matchesFilter(f, filter)).length).toBe(
      queryRecommendations(view.corpus, view.asOf, filter).length,
    );
  });

  it("name things in the page's language and say which names are in the other", () => {
    const data = explorerData(view, "en", "sv");
    expect(data.organisations.find((o) => o[0] === "malmo")).toEqual(["malmo", "City of Malmö", 0]);
    // Recommendations are in Swedish: their first words are marked as the other language.
    expect(data.rows.titleOther.every((o) => o === 1)).toBe(true);
    expect(explorerData(view, "sv", "en").rows.titleOther.every((o) => o === 0)).toBe(true);
  });
});

describe("feed entries", () => {
  it("have stable name-based ids, and say a year-dated change's year, never its day", () => {
    expect(urnFor("x")).toBe(urnFor("x"));
    expect(urnFor("x")).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const updates = view.updates({ organisation: "orebro" });
    const yearDated = updates.find((u) => u.type === "state" && u.datedAs?.precision === "year");
    if (!yearDated) throw new Error("no year-dated change in the seed corpus");
    const entry = feedEntry(yearDated, "sv");
    expect(entry.summary.startsWith("2023:")).toBe(true);
    expect(entry.summary).not.toContain("31 december");
    expect(entry.day).toBe("2023-12-31");
  });

  it("tell a deadline passed without report apart from a changed state", () => {
    const deadline = view.updates().find((u) => u.type === "deadline");
    if (!deadline) throw new Error("no passed deadline in the seed corpus");
    expect(feedEntry(deadline, "sv").title).toMatch(/^Tidpunkten passerade utan rapport: /);
    expect(feedEntry(deadline, "en").title).toMatch(/^The deadline passed without report: /);
  });
});

describe("words", () => {
  it("mark words only when they are not in the page's language", () => {
    expect(words({ sv: "Malmö stad", en: "City of Malmö" }, "en")).toEqual({
      text: "City of Malmö",
    });
    expect(words({ sv: "Stadsrevisionen" }, "en")).toEqual({ text: "Stadsrevisionen", lang: "sv" });
    expect(words({ sv: "Stadsrevisionen" }, "sv")).toEqual({ text: "Stadsrevisionen" });
  });
});
