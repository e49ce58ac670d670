import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { openCorpus, queryRecommendations, type RecommendationFilter } from "../src/index.ts";
import { matchesFilter } from "../src/query/filter.ts";
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

describe("the explorer's records", () => {
  it("filter to exactly the rows `sparbar status` lists, for any filter (property)", () => {
    const explorer = view.explorer();
    const pick = <T>(values: readonly T[]) =>
      fc.option(fc.constantFrom(...values), { nil: undefined });
    const states = [
      ...new Set(explorer.rows.flatMap((r) => [r.facets.bodyState, r.facets.auditorState])),
    ];
    fc.assert(
      fc.property(
        fc.record({
          organisation: pick(explorer.organisations.map((o) => o.id)),
          body: pick(explorer.bodies.map((b) => b.body.id)),
          year: pick(explorer.years),
          states: fc.option(fc.subarray(states, { minLength: 1 }), { nil: undefined }),
          stance: pick(["agrees", "partly-agrees", "disagrees", "no-stance", "none"] as const),
          closed: pick([true, false]),
        }),
        (drawn) => {
          const filter = Object.fromEntries(
            Object.entries(drawn).filter(([, v]) => v !== undefined),
          ) as RecommendationFilter;
          const expected = queryRecommendations(view.corpus, view.asOf, filter).map(
            (r) => r.subject.key,
          );
          const got = explorer.rows
            .filter((r) => matchesFilter(r.facets, filter))
            .map((r) => r.key);
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it("name every organisation, body, audit and year its rows use", () => {
    const explorer = view.explorer();
    const bodies = new Set(explorer.bodies.map((b) => `${b.organisation}/${b.body.id}`));
    const audits = new Set(explorer.audits.map((a) => `${a.organisation}/${a.audit.id}`));
    for (const row of explorer.rows) {
      expect(bodies).toContain(`${row.organisation}/${row.body}`);
      expect(audits).toContain(`${row.organisation}/${row.audit}`);
      expect(explorer.years).toContain(row.facets.year);
    }
    const sr = explorer.rows.find((r) => r.key === "malmo/SR-2023-81/R5@asn");
    expect(sr?.title.sv).toBe(
      "Säkerställa att samverkan sker med förskolenämnden kring arbetet mot…",
    );
    // Winter 2023/2024 ends in 2024.
    expect(sr?.facets.year).toBe(2024);
  });
});

describe("scorecards", () => {
  it("count responses against the dates asked and measures' deadlines by what became of them", () => {
    const card = view.body("malmo", "asn")?.scorecard;
    if (!card) throw new Error("no scorecard");
    const r = card.responses;
    expect(r.inTime + r.afterDate + r.uncertain + r.passedWithoutResponse + r.notYetDue).toBe(
      r.asked - r.noDateGiven - r.noDateOpen,
    );
    const d = card.deadlines;
    expect(d.come).toBe(d.kept + d.late + d.passed + d.unknown);
    expect(d.come).toBeGreaterThan(0);
    // No source in the seed corpus says a deadline was not kept.
    expect(d.late).toBe(0);
    expect(d.passed).toBeGreaterThan(0);
  });

  it("compare organisations with the same figures their own pages show", () => {
    for (const row of view.comparison().organisations) {
      const org = view.organisation(row.organisation.id);
      expect(row.scorecard).toEqual(org?.scorecard);
      expect(row.counts).toEqual(org?.counts);
      expect(row.recommendations).toBe(org?.recommendations);
    }
  });
});

describe("updates", () => {
  it("lists documents, state changes and passed deadlines newest first, for any scope", () => {
    const all = view.updates();
    const days = all.map((u) => u.day);
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(all.map((u) => u.type))).toEqual(new Set(["document", "state", "deadline"]));
    const audit = view.updates({ organisation: "malmo", audit: "SR-2023-81" });
    expect(audit.length).toBeGreaterThan(0);
    for (const u of audit) {
      if (u.type === "document")
        expect(["SR-2023-81", "ASN-2024-2039"]).toContain(
          u.document.type === "audit" ? u.document.id : "ASN-2024-2039",
        );
      else expect(u.subject.startsWith("malmo/SR-2023-81/")).toBe(true);
    }
    expect(
      view
        .updates({ organisation: "malmo", body: "asn" })
        .every((u) =>
          u.type === "document" ? u.document.organisation.id === "malmo" : u.body.id === "asn",
        ),
    ).toBe(true);
  });

  it("dates a change caused by a year-dated document by its year, never a day", () => {
    const changes = view
      .updates({ organisation: "orebro" })
      .filter((u) => u.type === "state" && u.datedAs);
    expect(changes.length).toBeGreaterThan(0);
    for (const u of changes) if (u.type === "state") expect(u.datedAs?.precision).not.toBe("day");
  });
});
