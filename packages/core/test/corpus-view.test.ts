import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { openCorpus, queryRecommendations, type RecommendationFilter } from "../src/index.ts";
import { matchesFilter } from "../src/query/filter.ts";
import { naturalCompare } from "../src/query/recommendations.ts";
import { emptyCounts } from "../src/status/aggregate.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import { repoRoot } from "./helpers/fixtures.ts";
import { lifeView, reportedEarlier } from "./helpers/life.ts";
import { period } from "./helpers/period.ts";
import { audit, plan, recordsView, response } from "./helpers/records-corpus.ts";
import { scorecard } from "./helpers/zero-scorecard.ts";

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

describe("the explorer's records of a small corpus", () => {
  it("name the bodies by organisation and Swedish name, the audits newest first, and the years", () => {
    const explorer = recordsView("2024-06-15").explorer();
    expect(explorer.asOf).toBe("2024-06-15");
    expect(explorer.organisations.map((o) => o.id)).toEqual(["testkommun", "ostra"]);
    expect(explorer.bodies.map((b) => `${b.organisation}/${b.body.name.sv}`)).toEqual([
      "testkommun/Kommunstyrelsen",
      "testkommun/Socialförvaltningen",
      "testkommun/Socialnämnden",
    ]);
    expect(explorer.audits.map((a) => [a.audit.id, a.year])).toEqual([
      ["REV-2025-3", 2025],
      ["REV-2024-1", 2024],
      ["PLAN-1", 2023],
    ]);
    expect(explorer.years).toEqual([2025, 2024, 2023]);
    expect(
      explorer.rows.map((r) => [r.key, r.body, r.audit, r.item, r.title.sv, r.nextDue?.end]),
    ).toEqual([
      [
        "testkommun/PLAN-1/A1@sf",
        "sf",
        "PLAN-1",
        "A1",
        "Förvaltningen utbildar personalen",
        undefined,
      ],
      [
        "testkommun/REV-2024-1/R2@ks",
        "ks",
        "REV-2024-1",
        "R2",
        "Säkerställ rutiner i alla verksamheter",
        undefined,
      ],
      [
        "testkommun/REV-2024-1/R2@sn",
        "sn",
        "REV-2024-1",
        "R2",
        "Säkerställ rutiner i alla verksamheter",
        "2024-09-30",
      ],
      [
        "testkommun/REV-2024-1/R10@ks",
        "ks",
        "REV-2024-1",
        "R10",
        "Följ upp rutinerna årligen",
        undefined,
      ],
    ]);
    expect(explorer.rows[2]?.facets).toEqual({
      organisation: "testkommun",
      body: "sn",
      audit: "REV-2024-1",
      year: 2024,
      bodyState: "in-progress",
      auditorState: "not-assessed",
      stance: "partly-agrees",
      closed: false,
      overdue: false,
      nextDue: "2024-09-30",
    });
  });

  it("compare organisations by the counts their own records give", () => {
    const comparison = recordsView("2025-12-31").comparison();
    expect(
      comparison.organisations.map((o) => [o.organisation.id, o.recommendations, o.summary]),
    ).toEqual([
      [
        "testkommun",
        4,
        { reportedDone: 0, late: 0, passedWithoutReport: 1, assessed: 2, implemented: 1 },
      ],
      [
        "ostra",
        0,
        { reportedDone: 0, late: 0, passedWithoutReport: 0, assessed: 0, implemented: 0 },
      ],
    ]);
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

  it("names a passed measure by its words, as safe HTML, beside its id", () => {
    const passed = view.updates().filter((u) => u.type === "deadline" && u.measure);
    expect(passed.length).toBeGreaterThan(0);
    for (const u of passed) {
      if (u.type !== "deadline") continue;
      expect(u.measureHtml, u.measure).toMatch(/\p{L}{3,}/u);
      expect(u.measureHtml).not.toContain(u.measure);
    }
    expect(passed.some((u) => u.type === "deadline" && u.measureHtml?.includes("<em>"))).toBe(true);
  });

  it("dates a change caused by a year-dated document by its year, never a day", () => {
    const changes = view
      .updates({ organisation: "orebro" })
      .filter((u) => u.type === "state" && u.datedAs);
    expect(changes.length).toBeGreaterThan(0);
    for (const u of changes) if (u.type === "state") expect(u.datedAs?.precision).not.toBe("day");
  });
});

const testkommun = { id: "testkommun", name: { sv: "Testkommun", en: "Test Municipality" } };
const revisionen = { id: "revisionen", name: { sv: "Revisionen", en: "The Auditors" } };
const ks = { id: "ks", name: { sv: "Kommunstyrelsen" } };
const sn = { id: "sn", name: { sv: "Socialnämnden", en: "Social Services Committee" } };
const sf = { id: "sf", name: { sv: "Socialförvaltningen" } };
const rev1 = {
  id: "REV-2024-1",
  kind: "audit",
  title: { sv: "Granskning av rutiner", en: "Audit of routines" },
  date: period("2024-02-15"),
};
const rev3 = {
  id: "REV-2025-3",
  kind: "follow-up-audit",
  title: { sv: "Uppföljande granskning" },
  date: period("2025-06-01"),
};
const plan1 = {
  id: "PLAN-1",
  kind: "plan",
  title: { sv: "Plan mot våld" },
  date: period("2023-03-01"),
};
const sn10 = {
  type: "response",
  organisation: "testkommun",
  id: "SN-2024-10",
  title: { sv: "Yttrande över granskning av rutiner", en: "Response on the audit of routines" },
  when: period("2024-05-28"),
};
const link = (a: typeof rev1 | typeof rev3) => ({
  type: "audit",
  organisation: "testkommun",
  id: a.id,
  title: a.title,
  when: a.date,
});
/** A comparison's summary with every count at zero but those given. */
const summary = (given: Record<string, number>) => ({
  reportedDone: 0,
  late: 0,
  passedWithoutReport: 0,
  assessed: 0,
  implemented: 0,
  ...given,
});
/** Counts with every state at zero but those given. */
const counts = (body: Record<string, number>, auditor: Record<string, number>, total: number) => ({
  body: { ...emptyCounts().body, ...body },
  auditor: { ...emptyCounts().auditor, ...auditor },
  total,
});
/** An organisation's body with nothing addressed to it: every figure zero. */
const nothingAddressed = (body: { id: string; name: { sv: string } }, kind: string) => ({
  ...body,
  kind,
  recommendations: 0,
  counts: counts({}, {}, 0),
  scorecard: scorecard({}, {}),
  summary: summary({}),
});

describe("the records of every field a page shows", () => {
  it("an audit: its firm, authors, questions, recommendations in order, what it asks for and who followed it up", () => {
    const view = recordsView("2025-12-31");
    expect(view.corpus.diagnostics).toEqual([]);
    const row = (item: string, body: typeof ks, bodyState: string, auditorState: string) => ({
      key: `testkommun/REV-2024-1/${item}@${body.id}`,
      organisation: testkommun,
      audit: rev1,
      item,
      title: {
        sv: item === "R2" ? "Säkerställ rutiner i alla verksamheter" : "Följ upp rutinerna årligen",
      },
      text:
        item === "R2" ? "Säkerställ rutiner i alla verksamheter." : "Följ upp rutinerna årligen.",
      body,
      bodyState,
      auditorState,
      reportedBy: [],
      ...(body === sn ? { stance: "partly-agrees" } : {}),
      // Still awaited thirteen months after the audit of 15 February 2024.
      ...(bodyState === "awaiting-response"
        ? { noResponse: { since: "2025-03-15", months: 13 } }
        : {}),
    });
    expect(view.audit("testkommun", "REV-2024-1")).toStrictEqual({
      key: "testkommun/REV-2024-1",
      asOf: "2025-12-31",
      organisation: testkommun,
      id: "REV-2024-1",
      kind: "audit",
      title: rev1.title,
      date: rev1.date,
      issuedBy: revisionen,
      firm: "Revisionsbyrån AB",
      audited: [ks, sn],
      coordinator: ks,
      questions: [
        { id: "Q1", text: "Finns rutiner?", answer: "partly", assessment: "Delvis." },
        { id: "Q2", text: "Följs de upp?" },
      ],
      goals: [],
      recommendations: [
        { id: "R2", text: "Säkerställ rutiner i alla verksamheter.", to: [sn, ks] },
        { id: "R10", text: "Följ upp rutinerna årligen.", to: [ks] },
      ],
      rows: [
        row("R2", ks, "not-requested", "not-assessed"),
        row("R2", sn, "measure-passed", "implemented"),
        row("R10", ks, "awaiting-response", "not-implemented"),
      ],
      responsesAsked: "listed",
      responsesDue: [
        { from: sn, kind: "response", by: period("2024-05-31") },
        { from: ks, kind: "follow-up-response", recommendations: ["R10"] },
      ],
      responses: [{ ...sn10, kind: "response", body: sn }],
      followsUp: [],
      followedBy: [link(rev3)],
      assessments: [],
      authors: [
        { name: "Anna Andersson", role: "Certifierad kommunal revisor" },
        { name: "Bo Berg" },
      ],
      gaps: ["The report does not say when it was sent."],
      gapRuns: [[{ text: "The report does not say when it was sent." }]],
      source: "Revisionsrapport 2024:1",
      // The source names the report without a web address.
      sourceLinks: [],
      summaryHtml:
        "<h3>Sammanfattning</h3>\n<p>Revisionen bedömer att rutinerna <em>delvis</em> finns.</p>",
      file: "audits/testkommun/REV-2024-1.md",
    });
  });

  it("a follow-up audit: what it follows up and its assessments, per addressee where it says so", () => {
    const view = recordsView("2025-12-31");
    expect(view.audit("testkommun", "REV-2025-3")).toStrictEqual({
      key: "testkommun/REV-2025-3",
      asOf: "2025-12-31",
      organisation: testkommun,
      id: "REV-2025-3",
      kind: "follow-up-audit",
      title: rev3.title,
      date: rev3.date,
      issuedBy: revisionen,
      audited: [],
      questions: [],
      goals: [],
      recommendations: [{ id: "R1", text: "Fortsätt arbetet.", to: [sn] }],
      rows: [
        {
          key: "testkommun/REV-2025-3/R1@sn",
          organisation: testkommun,
          audit: rev3,
          item: "R1",
          title: { sv: "Fortsätt arbetet" },
          text: "Fortsätt arbetet.",
          body: sn,
          bodyState: "request-unknown",
          auditorState: "not-assessed",
          reportedBy: [],
        },
      ],
      responsesAsked: "unknown",
      responsesDue: [],
      responses: [],
      followsUp: [link(rev1)],
      followedBy: [],
      assessments: [
        {
          audit: "REV-2024-1",
          recommendation: "R2",
          body: sn,
          result: "implemented",
          basis: "Rutinerna finns.",
        },
        { audit: "REV-2024-1", recommendation: "R10", result: "not-implemented" },
      ],
      authors: [],
      gaps: [],
      gapRuns: [],
      sourceLinks: [],
      summaryHtml: "",
      file: "audits/testkommun/REV-2025-3.md",
    });
    // Each audit is its own record, asked for by its own id.
    expect(view.audit("testkommun", "REV-2024-1")?.id).toBe("REV-2024-1");
    expect(view.audit("testkommun", "REV-2099-1")).toBeUndefined();
  });

  it("a response: its decision, path, people, and each section with its stance, reports and measures", () => {
    const view = recordsView("2025-12-31");
    expect(view.response("testkommun", "SN-2024-10")).toStrictEqual({
      key: "testkommun/SN-2024-10",
      organisation: testkommun,
      id: "SN-2024-10",
      kind: "response",
      body: sn,
      to: [revisionen, ks],
      answers: [link(rev1)],
      title: sn10.title,
      date: period("2024-05-20"),
      given: period("2024-05-28"),
      decision: { date: "2024-05-28", body: ks, minute: "§ 45" },
      path: [
        { step: "working-committee", body: sn, date: "2024-05-14", held: true, minute: "§ 12" },
        { step: "committee", body: sn, date: "2024-05-28", held: false },
      ],
      content: "full",
      signatories: [{ name: "Cecilia Ek", role: "Ordförande" }, { name: "Erik Ek" }],
      officers: [{ name: "David Fors" }, { name: "Fia Falk", role: "Utredare" }],
      sections: [
        {
          recommendation: { audit: "REV-2024-1", item: "R2" },
          item: "R2",
          title: "Rutiner",
          stance: "partly-agrees",
          stanceText: "instämmer delvis",
          reported: { state: "in-progress", text: "Rutinerna skrivs." },
          reportedFor: [{ body: sf, state: "not-started", text: "Förvaltningen har inte börjat." }],
          measures: [
            {
              id: "SN-2024-10/R2/1",
              text: "Rutin fastställs",
              textHtml: "Rutin fastställs",
              done: false,
              follows: [],
              due: period("senast den 30 september 2024"),
              reportTo: "sn",
            },
            {
              id: "SN-2024-10/R2/2",
              text: "Checklista **införd**",
              textHtml: "Checklista <strong>införd</strong>",
              done: true,
              follows: [],
              doneWhen: period("april 2024"),
            },
          ],
        },
      ],
      bodyHtml: expect.stringMatching(
        /^<h3>R2 Rutiner<\/h3>\n<p>Ställningstagande: instämmer delvis<\/p>/,
      ),
      gaps: ["The appendix is not in the corpus."],
      gapRuns: [[{ text: "The appendix is not in the corpus." }]],
      source: "Protokollsutdrag § 45",
      sourceLinks: [],
      file: "responses/testkommun/SN-2024-10.md",
    });
  });

  it("a response: decided by its own body unless another is named; a section with only a measure that follows an earlier one", () => {
    const view = lifeView("2025-12-31", reportedEarlier);
    expect(view.corpus.diagnostics).toEqual([]);
    expect(view.response("testkommun", "SN-2024-10")?.decision).toStrictEqual({
      date: "2024-05-28",
      body: sn,
      minute: "§ 45",
    });
    expect(view.response("testkommun", "SN-2024-20")).toStrictEqual({
      key: "testkommun/SN-2024-20",
      organisation: testkommun,
      id: "SN-2024-20",
      kind: "follow-up-response",
      body: sn,
      to: [revisionen],
      answers: [
        {
          type: "audit",
          organisation: "testkommun",
          id: "REV-2024-1",
          title: { sv: "Granskning av arbetet mot våld i nära relationer" },
          when: period("2024-02-15"),
        },
      ],
      title: { sv: "Yttrande" },
      date: period("2025-02-10"),
      given: period("2025-02-10"),
      path: [],
      content: "full",
      signatories: [],
      officers: [],
      sections: [
        {
          recommendation: { audit: "REV-2024-1", item: "R1" },
          item: "R1",
          title: "Rutiner",
          reportedFor: [],
          measures: [
            {
              id: "SN-2024-20/R1/1",
              text: "Rutinen fastställdes",
              textHtml: "Rutinen fastställdes",
              done: true,
              follows: ["SN-2024-10/R1/1"],
              reportedIn: "SN-2024-15",
            },
          ],
        },
      ],
      bodyHtml: expect.stringMatching(/^<h3>R1 Rutiner<\/h3>/),
      gaps: [],
      gapRuns: [],
      sourceLinks: [],
      file: "responses/testkommun/SN-2024-20.md",
    });
    expect(view.response("testkommun", "SN-2099-1")).toBeUndefined();
  });

  it("a recommendation of a plan names its goal; one asked for before it was issued has no addressees yet", () => {
    const view = recordsView("2025-12-31");
    const a1 = view.recommendation("testkommun", "PLAN-1", "A1");
    expect(a1?.goal).toEqual({ id: "G1", text: "Ingen ska utsättas för våld." });
    const planRecord = view.audit("testkommun", "PLAN-1");
    expect(planRecord?.goals).toStrictEqual([
      { id: "G1", text: "Ingen ska utsättas för våld.", means: "Genom att förebygga." },
    ]);
    expect(planRecord?.recommendations).toStrictEqual([
      { id: "A1", text: "Förvaltningen utbildar personalen.", goal: "G1", to: [sf] },
    ]);
    expect(a1?.addressees.map((a) => [a.key, a.bodyState])).toEqual([
      ["testkommun/PLAN-1/A1@sf", "request-unknown"],
    ]);
    expect(view.recommendation("testkommun", "REV-2024-1", "R2")?.goal).toBeUndefined();
    expect(view.recommendation("testkommun", "PLAN-1", "A9")).toBeUndefined();
    expect(view.recommendation("testkommun", "PLAN-9", "A1")).toBeUndefined();
    const before = recordsView("2024-01-31").recommendation("testkommun", "REV-2024-1", "R2");
    expect(before?.to).toEqual([sn, ks]);
    expect(before?.addressees).toEqual([]);
  });

  it("a goal the plan does not list is named by its id", () => {
    const view = recordsView("2025-12-31", {
      "audits/testkommun/PLAN-1.md": plan.replace("goal: G1, to", "goal: G2, to"),
    });
    expect(view.recommendation("testkommun", "PLAN-1", "A1")?.goal).toEqual({
      id: "G2",
      text: "G2",
    });
  });

  it("an organisation: its bodies with what is addressed to each, counts, and audits newest first", () => {
    const view = recordsView("2025-12-31");
    const withCount = (a: typeof rev1 | typeof rev3 | typeof plan1, recommendations: number) => ({
      ...a,
      recommendations,
    });
    expect(view.organisation("testkommun")).toStrictEqual({
      asOf: "2025-12-31",
      organisation: testkommun,
      kind: "municipality",
      bodies: [
        nothingAddressed(revisionen, "auditors"),
        {
          ...ks,
          kind: "board",
          recommendations: 2,
          // R10 awaits the follow-up response asked for without a date; R2 asks nothing of ks.
          counts: counts(
            { "awaiting-response": 1, "not-requested": 1 },
            { "not-implemented": 1, "not-assessed": 1 },
            2,
          ),
          scorecard: scorecard({ asked: 1, noDateOpen: 1 }, {}),
          summary: summary({ assessed: 1 }),
        },
        {
          ...sn,
          kind: "committee",
          recommendations: 2,
          // R2: answered on 28 May for 31 May; its measure due 30 September 2024 has no report
          // since; the auditors found it implemented. The follow-up audit does not say what it
          // asks for R1.
          counts: counts(
            { "measure-passed": 1, "request-unknown": 1 },
            { implemented: 1, "not-assessed": 1 },
            2,
          ),
          scorecard: scorecard({ asked: 1, come: 1, inTime: 1 }, { come: 1, passed: 1 }),
          summary: summary({ assessed: 1, implemented: 1, passedWithoutReport: 1 }),
        },
        {
          ...sf,
          kind: "administration",
          recommendations: 1,
          counts: counts({ "request-unknown": 1 }, { "not-assessed": 1 }, 1),
          scorecard: scorecard({}, {}),
          summary: summary({}),
        },
        nothingAddressed({ id: "bn", name: { sv: "Byggnämnden" } }, "committee"),
      ],
      counts: counts(
        { "not-requested": 1, "awaiting-response": 1, "measure-passed": 1, "request-unknown": 2 },
        { "not-assessed": 3, implemented: 1, "not-implemented": 1 },
        5,
      ),
      recommendations: 4,
      scorecard: scorecard({ asked: 2, come: 1, inTime: 1, noDateOpen: 1 }, { come: 1, passed: 1 }),
      quarters: expect.any(Array),
      audits: [withCount(rev3, 1), withCount(rev1, 2), withCount(plan1, 1)],
    });
    expect(view.organisation("testkommun")?.quarters[0]?.quarter).toBe("2023-Q1");
  });

  it("an organisation with nothing in it yet has an empty record of its own", () => {
    const view = recordsView("2025-12-31");
    expect(view.organisation("ostra")).toStrictEqual({
      asOf: "2025-12-31",
      organisation: { id: "ostra", name: { sv: "Östra kommun" } },
      kind: "municipality",
      bodies: [nothingAddressed(ks, "board")],
      counts: counts({}, {}, 0),
      recommendations: 0,
      scorecard: scorecard({}, {}),
      quarters: [],
      audits: [],
    });
    expect(view.organisation("testkommun")?.recommendations).toBe(4);
    expect(view.organisation("vastra")).toBeUndefined();
  });

  it("counts only what was issued by the day", () => {
    const view = recordsView("2023-12-31");
    expect(view.organisation("testkommun")?.counts).toStrictEqual(
      counts({ "request-unknown": 1 }, { "not-assessed": 1 }, 1),
    );
    expect(view.body("testkommun", "ks")?.rows).toEqual([]);
  });

  it("a recommendation the auditors assessed without giving their words: the assessment alone", () => {
    const r10 = recordsView("2025-12-31").recommendation("testkommun", "REV-2024-1", "R10");
    const ksRecord = r10?.addressees[0];
    expect(ksRecord?.lastAssessment).toStrictEqual({ source: link(rev3) });
    expect(ksRecord?.history.at(-1)?.events).toStrictEqual([
      {
        type: "assessed",
        when: rev3.date,
        voice: "auditors",
        source: link(rev3),
        result: "not-implemented",
      },
    ]);
  });

  it("a body: its parent, counts and rows with the next deadline", () => {
    const view = recordsView("2024-06-15");
    // What is addressed to a body is counted over the whole corpus; its states as of the day.
    const { recommendations, ...record } = view.body("testkommun", "sn") ?? {};
    expect(recommendations).toBe(2);
    expect(record).toStrictEqual({
      key: "testkommun/sn",
      asOf: "2024-06-15",
      organisation: testkommun,
      body: sn,
      kind: "committee",
      counts: counts({ "in-progress": 1 }, { "not-assessed": 1 }, 1),
      quarters: expect.any(Array),
      rows: [
        {
          key: "testkommun/REV-2024-1/R2@sn",
          organisation: testkommun,
          audit: rev1,
          item: "R2",
          title: { sv: "Säkerställ rutiner i alla verksamheter" },
          text: "Säkerställ rutiner i alla verksamheter.",
          body: sn,
          bodyState: "in-progress",
          auditorState: "not-assessed",
          reportedBy: [],
          stance: "partly-agrees",
          nextDue: period("senast den 30 september 2024"),
        },
      ],
      // Answered on 28 May for 31 May; the measure's date, 30 September, is still to come.
      scorecard: scorecard({ asked: 1, come: 1, inTime: 1 }, {}),
    });
    expect(view.body("testkommun", "sf")?.parent).toEqual(sn);
    expect(view.body("testkommun", "revisionen")).toMatchObject({
      body: revisionen,
      counts: counts({}, {}, 0),
      recommendations: 0,
      rows: [],
    });
    expect(view.body("testkommun", "kfn")).toBeUndefined();
  });

  it("the overview: organisations in Swedish order, and what the corpus holds", () => {
    const bjuv =
      "id: bjuv\nname: Bjuvs kommun\nkind: municipality\nbodies:\n  - { id: ks, name: Kommunstyrelsen, kind: board }\n";
    const overview = recordsView("2025-12-31", {
      "audits/bjuv/organisation.yaml": bjuv,
    }).overview();
    expect(overview.organisations).toEqual([
      { id: "bjuv", name: { sv: "Bjuvs kommun" } },
      testkommun,
      { id: "ostra", name: { sv: "Östra kommun" } },
    ]);
    expect([overview.audits, overview.responses, overview.recommendations]).toEqual([3, 1, 4]);
    expect(overview.counts.total).toBe(5);
  });

  it("every page: the organisations, bodies with something addressed to them, audits and responses", () => {
    const pages = recordsView("2025-12-31").pages();
    expect(pages.organisations.toSorted()).toEqual(["ostra", "testkommun"]);
    expect(pages.bodies).toEqual([
      { organisation: "testkommun", id: "ks" },
      { organisation: "testkommun", id: "sn" },
      { organisation: "testkommun", id: "sf" },
    ]);
    expect(pages.audits.map((a) => [a.id, a.items])).toEqual(
      expect.arrayContaining([
        ["REV-2024-1", ["R10", "R2"]],
        ["PLAN-1", ["A1"]],
      ]),
    );
    expect(pages.responses).toEqual([{ organisation: "testkommun", id: "SN-2024-10" }]);
  });

  it("the feed: what existed by the day, newest first, the day itself included", () => {
    const feed = recordsView("2024-05-28").feed();
    expect(feed).toStrictEqual(
      [
        {
          type: "response",
          organisation: testkommun,
          id: "SN-2024-10",
          title: sn10.title,
          when: sn10.when,
          kind: "response",
          body: sn,
        },
        { type: "audit", organisation: testkommun, ...rev1, when: rev1.date, body: revisionen },
        { type: "audit", organisation: testkommun, ...plan1, when: plan1.date, body: ks },
      ].map(({ date: _, ...item }: Record<string, unknown>) => item),
    );
  });

  it("deadlines and rows as the CLI filters them, each filter its own", () => {
    const view = recordsView("2024-06-15");
    const all = view.deadlineRows();
    expect(all.map((d) => [d.what, d.period.end, d.measureId])).toEqual([
      ["measure", "2024-09-30", "SN-2024-10/R2/1"],
    ]);
    expect(view.deadlineRows({ passedOnly: true })).toEqual([]);
    expect(view.deadlines()).toEqual([
      expect.objectContaining({
        what: "measure",
        state: "upcoming",
        daysLeft: 107,
        body: sn,
        measure: {
          id: "SN-2024-10/R2/1",
          text: "Rutin fastställs",
          textHtml: "Rutin fastställs",
        },
      }),
    ]);
    expect(view.deadlines({ passedOnly: true })).toEqual([]);
    const later = recordsView("2025-12-31");
    expect(later.rows({ closed: true }).map((r) => r.key)).toEqual(["testkommun/REV-2024-1/R2@sn"]);
    expect(later.rows({ body: "ks" }).map((r) => [r.key, r.bodyState])).toEqual([
      ["testkommun/REV-2024-1/R2@ks", "not-requested"],
      ["testkommun/REV-2024-1/R10@ks", "awaiting-response"],
    ]);
  });
});

describe("diary numbers", () => {
  it("are given on an audit's and a response's record as the document writes them, and only then", () => {
    const view = recordsView("2025-12-31", {
      "audits/testkommun/REV-2024-1.md": audit.replace(
        "issued_by: revisionen",
        "issued_by: revisionen\ndiary_number: Rev 2024/1",
      ),
      "responses/testkommun/SN-2024-10.md": response.replace(
        "body: sn",
        "body: sn\ndiary_number: SN 2024/10",
      ),
    });
    expect(view.corpus.diagnostics).toEqual([]);
    expect(view.audit("testkommun", "REV-2024-1")?.diaryNumber).toBe("Rev 2024/1");
    expect(view.response("testkommun", "SN-2024-10")?.diaryNumber).toBe("SN 2024/10");
    expect(view.changes("2024-01-01").documents.map((d) => d.diaryNumber)).toEqual([
      "Rev 2024/1",
      "SN 2024/10",
      undefined,
    ]);
    expect(recordsView("2025-12-31").audit("testkommun", "REV-2024-1")).not.toHaveProperty(
      "diaryNumber",
    );
  });
});

describe("names of what the corpus lacks", () => {
  it("a body, an audit or an organisation the corpus does not have is named by its id, and the problem is reported", () => {
    const view = recordsView("2025-12-31", {
      "responses/testkommun/SN-2024-10.md": response
        .replace("to: [revisionen, ks]", "to: [revisionen, kfn]")
        .replace("answers: [REV-2024-1]", "answers: [REV-2024-1, REV-2023-9]")
        .replace("Rapporterat för sf", "Rapporterat för kulturnämnden")
        .concat("\n## R9 Uppföljning\n\nStällningstagande: instämmer\n"),
      "audits/nowhere/REV-1.md": audit
        .replace("id: REV-2024-1", "id: REV-1")
        .replace("organisation: testkommun", "organisation: nowhere"),
    });
    expect(view.corpus.diagnostics.map((d) => [d.code, d.file])).toEqual(
      expect.arrayContaining([
        ["unknown-body", "responses/testkommun/SN-2024-10.md"],
        ["unknown-audit", "responses/testkommun/SN-2024-10.md"],
        ["report-unknown-body", "responses/testkommun/SN-2024-10.md"],
      ]),
    );
    const record = view.response("testkommun", "SN-2024-10");
    expect(record?.to).toStrictEqual([revisionen, { id: "kfn", name: { sv: "kfn" } }]);
    expect(record?.answers).toStrictEqual([
      link(rev1),
      { type: "audit", organisation: "testkommun", id: "REV-2023-9", title: { sv: "REV-2023-9" } },
    ]);
    expect(record?.sections[0]?.reportedFor.map((r) => r.body)).toStrictEqual([
      { id: "kulturnämnden", name: { sv: "kulturnämnden" } },
    ]);
    // A section naming no recommendation of the answered audits is shown, linked to none.
    expect(record?.sections[1]).toStrictEqual({
      item: "R9",
      title: "Uppföljning",
      stance: "agrees",
      stanceText: "instämmer",
      reportedFor: [],
      measures: [],
    });
    expect(view.audit("nowhere", "REV-1")?.organisation).toStrictEqual({
      id: "nowhere",
      name: { sv: "nowhere" },
    });
  });
});
