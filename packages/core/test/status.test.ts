import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditorStates, bodyStates } from "../src/index.ts";
import { addDays, minDay, quarterEnd, quarterOf } from "../src/periods/calendar.ts";
import { countsByQuarter } from "../src/status/aggregate.ts";
import { type Status, statusAt } from "../src/status/derive.ts";
import type { SourceRef } from "../src/status/events.ts";
import { type Change, stateOn } from "../src/status/history.ts";
import { isClosed, isLate, isPassedWithoutReport } from "../src/status/states.ts";
import { baseFiles, inlineCorpus, responseFile, subjectOf } from "./helpers/inline-corpus.ts";
import { followUpAudit, lifeFiles, reportedEarlier } from "./helpers/life.ts";
import { period } from "./helpers/period.ts";
import { planCorpus } from "./helpers/plan-corpus.ts";

/** A follow-up that gives R1's first measure a new date, after the old one had passed. */
const followUp = responseFile(
  [
    "## R1 Rutiner",
    "",
    "- [ ] Rutinen fastställs efter remiss — 2025-03-31",
    "  Följer upp: SN-2024-10/R1/1",
    "",
  ].join("\n"),
  { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
);

/** An audit with the given front-matter lines about responses, and one recommendation to sn. */
function auditFile(lines: string[], extra = ""): string {
  return [
    "---",
    "id: REV-2024-1",
    "kind: audit",
    "organisation: testkommun",
    "title: Granskning",
    "date: 2024-02-15",
    "issued_by: revisionen",
    "recommendations:",
    "  - id: R1",
    "    to: [sn]",
    "    text: Säkerställ rutiner.",
    "  - id: R2",
    "    to: [ks]",
    "    text: Följ upp arbetet.",
    ...lines,
    "---",
    extra,
  ].join("\n");
}

const R1 = "testkommun/REV-2024-1/R1@sn";
const R2 = "testkommun/REV-2024-1/R2@ks";

describe("status over a recommendation's life", () => {
  const corpus = inlineCorpus({
    "responses/testkommun/SN-2024-20.md": followUp,
    "audits/testkommun/REV-2025-3.md": followUpAudit,
  });
  const r1 = subjectOf(corpus, R1);
  const r2 = subjectOf(corpus, R2);

  it("has no problems in its documents", () => {
    expect(corpus.diagnostics).toEqual([]);
  });

  it("does not exist before it is issued", () => {
    expect(corpus.status(r1, "2024-02-14")).toBeUndefined();
  });

  it("awaits a response, then has passed its date without one: not late, since no source says so", () => {
    expect(corpus.status(r2, "2024-02-15")?.body).toBe("awaiting-response");
    expect(corpus.status(r2, "2024-05-31")?.body).toBe("awaiting-response");
    const after = corpus.status(r2, "2024-06-01");
    expect(after?.body).toBe("response-due-passed");
    expect(after?.passed).toEqual([
      expect.objectContaining({
        what: "response",
        outcome: "passed",
        due: expect.objectContaining({ end: "2024-05-31" }),
      }),
    ]);
  });

  it("is in progress once answered with one measure done and one planned", () => {
    expect(corpus.status(r1, "2024-05-27")?.body).toBe("awaiting-response");
    const status = corpus.status(r1, "2024-05-28");
    expect(status).toMatchObject({
      body: "in-progress",
      auditor: "not-assessed",
      stance: "agrees",
      stanceText: "instämmer",
      speakers: ["sn"],
    });
    expect(status?.nextDue).toMatchObject({ what: "measure", measureId: "SN-2024-10/R1/1" });
  });

  it("has passed a measure's date without report the day after it, which is not called late", () => {
    expect(corpus.status(r1, "2024-09-30")?.body).toBe("in-progress");
    const after = corpus.status(r1, "2024-10-01");
    expect(after?.body).toBe("measure-passed");
    const measure = after?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(measure?.state).toBe("passed");
    expect(after?.passed).toEqual([expect.objectContaining({ outcome: "passed" })]);
  });

  it("keeps the missed date as late when a follow-up gives a new one after it passed", () => {
    const status = corpus.status(r1, "2024-11-10");
    expect(status?.body).toBe("in-progress");
    const moved = status?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(moved).toMatchObject({
      state: "planned",
      due: expect.objectContaining({ end: "2025-03-31" }),
    });
    expect(moved?.moves).toEqual([
      expect.objectContaining({
        by: "SN-2024-20/R1/1",
        due: expect.objectContaining({ end: "2025-03-31" }),
      }),
    ]);
    expect(status?.passed).toEqual([
      expect.objectContaining({
        what: "measure",
        measureId: "SN-2024-10/R1/1",
        outcome: "late",
        due: expect.objectContaining({ end: "2024-09-30" }),
        settled: expect.objectContaining({ end: "2024-11-10" }),
      }),
    ]);
    expect(status?.nextDue?.period.end).toBe("2025-03-31");
    // The follow-up's measure reports on the earlier one: it is not a second promise.
    expect(status?.measures.map((m) => m.measure.id)).toEqual([
      "SN-2024-10/R1/1",
      "SN-2024-10/R1/2",
    ]);
  });

  it("keeps what the auditors found apart from what the body says", () => {
    const before = corpus.status(r1, "2025-05-31");
    const after = corpus.status(r1, "2025-06-01");
    expect(before?.auditor).toBe("not-assessed");
    expect(after?.auditor).toBe("implemented");
    expect(after?.body).toBe(before?.body);
    expect(after?.lastAssessment).toMatchObject({
      id: "REV-2025-3",
      basis: "Rutinen är fastställd och införd.",
    });
  });

  it("records a history of changes with their causes", () => {
    const history = corpus.history(r2, "2024-12-31");
    expect(history.map((c) => [c.day, c.body])).toEqual([
      ["2024-02-15", "awaiting-response"],
      ["2024-06-01", "response-due-passed"],
    ]);
    expect(history[1]?.events).toEqual([]);
    expect(history[1]?.deadlines.map((d) => d.end)).toEqual(["2024-05-31"]);
    const r1History = corpus.history(r1, "2025-12-31");
    expect(r1History.map((c) => [c.day, c.body, c.auditor])).toEqual([
      ["2024-02-15", "awaiting-response", "not-assessed"],
      ["2024-05-28", "in-progress", "not-assessed"],
      ["2024-10-01", "measure-passed", "not-assessed"],
      ["2024-11-10", "in-progress", "not-assessed"],
      ["2025-04-01", "measure-passed", "not-assessed"],
      ["2025-06-01", "measure-passed", "implemented"],
    ]);
  });

  it("counts states quarter by quarter from the histories", () => {
    const histories = corpus.subjects.map((s) => corpus.history(s, "2024-12-31"));
    const rows = countsByQuarter(histories, "2024-12-31");
    expect(rows.map((r) => r.quarter)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(rows[0]?.body["awaiting-response"]).toBe(2);
    expect(rows[1]?.body).toMatchObject({ "in-progress": 1, "response-due-passed": 1 });
    expect(rows[2]?.day).toBe("2024-09-30");
    expect(rows[3]?.body).toMatchObject({ "in-progress": 1, "response-due-passed": 1 });
    expect(rows.every((r) => r.total === 2)).toBe(true);
  });

  it("counts each quarter as looking up every history on the quarter's last day would", () => {
    const change = fc.record({
      offset: fc.integer({ min: 0, max: 4000 }),
      body: fc.constantFrom(...bodyStates),
      auditor: fc.constantFrom(...auditorStates),
    });
    const history = fc.array(change, { maxLength: 6 }).map((changes): Change[] =>
      changes
        .toSorted((a, b) => a.offset - b.offset)
        .map((c) => ({
          day: addDays("2015-01-01", c.offset),
          changed: true,
          body: c.body,
          auditor: c.auditor,
          events: [],
          deadlines: [],
        })),
    );
    const asOf = fc.integer({ min: 0, max: 4500 }).map((n) => addDays("2015-01-01", n));
    fc.assert(
      fc.property(fc.array(history, { maxLength: 12 }), asOf, (histories, day) => {
        const rows = countsByQuarter(histories, day);
        for (const row of rows) {
          expect(row.day).toBe(minDay(quarterEnd(row.quarter), day));
          const states = histories.map((h) => stateOn(h, row.day)).filter((c) => c !== undefined);
          expect(row.total).toBe(states.length);
          for (const state of bodyStates) {
            expect(row.body[state]).toBe(states.filter((c) => c.body === state).length);
          }
          for (const state of auditorStates) {
            expect(row.auditor[state]).toBe(states.filter((c) => c.auditor === state).length);
          }
        }
        expect(rows.at(-1)?.day ?? day).toBe(day);
        // The rows begin with the quarter of the earliest change of any history.
        const firsts = histories.flatMap((h) => (h[0] ? [h[0].day] : [])).sort();
        expect(rows[0]?.quarter).toBe(firsts[0] === undefined ? undefined : quarterOf(firsts[0]));
      }),
    );
  });
});

describe("a source says late; silence is not late", () => {
  it("a measure restated as open after its date is late", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": responseFile(
        [
          "## R1 Rutiner",
          "",
          "- [ ] Rutinen är ännu inte fastställd",
          "  Följer upp: SN-2024-10/R1/1",
          "",
        ].join("\n"),
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-11-09")?.body).toBe("measure-passed");
    const status = corpus.status(r1, "2024-11-10");
    expect(status?.body).toBe("measure-late");
    expect(status?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1")?.state).toBe("late");
    expect(status?.passed).toEqual([expect.objectContaining({ outcome: "late" })]);
  });

  it("a measure restated as open before its date stays planned", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [ ] Rutinen bereds\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-08-01" },
      ),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-08-01");
    expect(status?.body).toBe("in-progress");
    expect(status?.passed).toEqual([]);
  });

  it("a measure reported done after its date without saying when is not called late", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [x] Rutinen är fastställd\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-12-01");
    expect(status?.body).toBe("reported-done");
    expect(status?.passed).toEqual([
      expect.objectContaining({ outcome: "unknown", measureId: "SN-2024-10/R1/1" }),
    ]);
  });

  it("a completion the later document dates within the deadline meets it", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": responseFile(
        [
          "## R1 Rutiner",
          "",
          "- [x] Rutinen fastställdes",
          "  Följer upp: SN-2024-10/R1/1",
          "  Genomförd: september 2024",
          "",
        ].join("\n"),
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-12-01");
    expect(status?.passed).toEqual([]);
    const measure = status?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(measure?.done?.doneWhen?.end).toBe("2024-09-30");
    expect(measure?.done?.reported.end).toBe("2024-11-10");
  });

  it("a completion the later document dates after the deadline is late", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": responseFile(
        [
          "## R1 Rutiner",
          "",
          "- [x] Rutinen fastställdes",
          "  Följer upp: SN-2024-10/R1/1",
          "  Genomförd: oktober 2024",
          "",
        ].join("\n"),
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-12-01");
    expect(status?.body).toBe("reported-done");
    expect(status?.passed).toEqual([expect.objectContaining({ outcome: "late" })]);
  });

  it("a completion first reported in an earlier response is dated by that response", () => {
    const corpus = inlineCorpus(reportedEarlier);
    expect(corpus.diagnostics).toEqual([]);
    const r1 = subjectOf(corpus, R1);
    // Done from the earlier response's date: its deadline (30 September 2024) was met.
    const october = corpus.status(r1, "2024-10-15");
    expect(october?.body).toBe("reported-done");
    expect(october?.passed).toEqual([]);
    const measure = october?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(measure?.done?.firstReportedIn?.id).toBe("SN-2024-15");
    expect(measure?.done?.source.id).toBe("SN-2024-20");
  });
});

describe("a measure whose date had passed when it was promised", () => {
  const late = responseFile(
    "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Utbildning hålls — mars 2024\n",
  );
  const corpus = inlineCorpus({ [baseFiles.response]: late });

  it("is a warning for check, at the measure", () => {
    expect(corpus.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ["measure-due-before-response", "warning", 16],
    ]);
  });

  it("is neither late nor passed without report, until a document says what became of it", () => {
    const status = corpus.status(subjectOf(corpus, R1), "2025-01-01");
    expect(status?.measures[0]?.state).toBe("stated-after-due");
    expect(status?.body).toBe("measures-planned");
    expect(status?.passed).toEqual([]);
  });

  it("is not warned about when it is marked done", () => {
    const done = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [x] Utbildning hölls — mars 2024\n  Genomförd: mars 2024\n",
      ),
    });
    expect(done.diagnostics).toEqual([]);
    expect(done.status(subjectOf(done, R1), "2025-01-01")?.body).toBe("reported-done");
  });
});

describe("what was asked for", () => {
  it("an audit that lists the responses it asks for asks none of a body it does not list", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: auditFile(["responses_asked: listed", "responses_due:", "  - from: sn"]),
      [baseFiles.response]: null,
    });
    expect(corpus.status(subjectOf(corpus, R2), "2025-01-01")?.body).toBe("not-requested");
    expect(corpus.status(subjectOf(corpus, R1), "2025-01-01")?.body).toBe("awaiting-response");
  });

  it("where the source does not say, it is not known whether a response was asked for", () => {
    const corpus = inlineCorpus({ [baseFiles.audit]: auditFile([]), [baseFiles.response]: null });
    expect(corpus.status(subjectOf(corpus, R1), "2025-01-01")?.body).toBe("request-unknown");
  });

  it("a request met after its date was met late; before that, it had passed without report", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n", {
        date: "2024-07-01",
      }),
    });
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-06-15")?.body).toBe("response-due-passed");
    const answered = corpus.status(r1, "2024-07-01");
    expect(answered?.body).toBe("answered");
    expect(answered?.passed).toEqual([
      expect.objectContaining({ what: "response", outcome: "late" }),
    ]);
  });

  it("a follow-up response meets the request for a follow-up, not the first request", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: auditFile([
        "responses_asked: listed",
        "responses_due:",
        "  - from: sn",
        "    kind: follow-up-response",
        "    by: 2024-12-31",
        "  - from: sn",
        "    by: 2024-05-31",
      ]),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2025-01-01");
    expect(status?.body).toBe("response-due-passed");
    expect(status?.passed.filter((p) => p.what === "response")).toEqual([
      expect.objectContaining({
        what: "response",
        outcome: "passed",
        due: expect.objectContaining({ end: "2024-12-31" }),
      }),
    ]);
  });

  it("a response whose content is not in the corpus is not read as 'no measures'", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("Svaret finns inte här.\n", { content: "none" }),
    });
    expect(corpus.status(subjectOf(corpus, R1), "2024-06-01")?.body).toBe(
      "answered-content-unavailable",
    );
  });
});

describe("a document speaks for its own body", () => {
  const plan = [
    "coordinator: sn",
    "responses_asked: listed",
    "responses_due:",
    "  - { from: sn, kind: report-back }",
    "recommendations:",
    "  - { id: A1, to: [sf], text: Förvaltningen utbildar. }",
    "  - { id: A2, to: [bn, sn], text: Nämnderna ser över sina rutiner. }",
  ];
  const corpusWith = (a2: string) =>
    planCorpus(plan, `## A1 Utbildning\n\nRapporterat: Genomfört.\n\n## A2 Rutiner\n\n${a2}\n`);

  it("a committee speaks for its administration", () => {
    const corpus = corpusWith("Rapporterat (pågår): Arbetet pågår.");
    expect(corpus.status(subjectOf(corpus, "testkommun/PLAN-1/A1@sf"), "2024-06-01")).toMatchObject(
      {
        body: "reported-done",
        speakers: ["sn"],
      },
    );
  });

  it("one body's report on an item for several bodies moves only its own state", () => {
    const corpus = corpusWith("Rapporterat (pågår): Arbetet pågår.");
    expect(corpus.status(subjectOf(corpus, "testkommun/PLAN-1/A2@sn"), "2024-06-01")?.body).toBe(
      "in-progress",
    );
    const bn = subjectOf(corpus, "testkommun/PLAN-1/A2@bn");
    expect(corpus.status(bn, "2024-06-01")?.body).toBe("not-requested");
    // The report is shown in the other body's history, marked as another body's.
    const noted = corpus.history(bn, "2024-06-01").flatMap((c) => c.events);
    expect(noted.map((e) => [e.type, e.voice])).toContainEqual(["noted", "another-body"]);
  });

  it("a report that names the other body moves its state, saying who reported", () => {
    const corpus = corpusWith(
      "Rapporterat (pågår): Arbetet pågår.\n\nRapporterat för bn (ej påbörjat): Byggnämnden har inte börjat.",
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.status(subjectOf(corpus, "testkommun/PLAN-1/A2@bn"), "2024-06-01")).toMatchObject(
      {
        body: "measures-planned",
        speakers: ["sn"],
        reported: { state: "not-started", speaker: "sn" },
      },
    );
  });

  it("a report for a body the organisation lacks is an error at its line", () => {
    const corpus = corpusWith("Rapporterat för kulturnämnden: Genomfört.");
    expect(corpus.diagnostics.map((d) => [d.code, d.line])).toEqual([["report-unknown-body", 18]]);
  });
});

describe("dates keep their precision", () => {
  it("a response dated with a year counts from the year's end and is dated by the year", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: auditFile([]),
      [baseFiles.response]: responseFile("Svaret finns inte här.\n", {
        date: "2024",
        content: "none",
      }),
    });
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-12-30")?.body).toBe("request-unknown");
    expect(corpus.status(r1, "2024-12-31")?.body).toBe("answered-content-unavailable");
    const answered = corpus.history(r1, "2025-06-01").at(-1);
    expect(answered?.events.map((e) => [e.when.text, e.when.precision])).toEqual([
      ["2024", "year"],
    ]);
  });

  it("a planned meeting on the path is not a decision: the response counts from its own date", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: `---
id: SN-2024-10
kind: response
organisation: testkommun
body: sn
to: [revisionen]
answers: [REV-2024-1]
title: Yttrande
date: 2024-05-20
path:
  - step: committee
    body: sn
    date: 2024-06-15
---

## R1 Rutiner

Ställningstagande: instämmer
`,
    });
    const response = corpus.index.response("testkommun", "SN-2024-10");
    if (!response) throw new Error("no response");
    expect(corpus.index.when(response).end).toBe("2024-05-20");
    expect(corpus.status(subjectOf(corpus, R1), "2024-05-20")?.body).toBe("answered");
  });
});

describe("declining and answering without measures", () => {
  it("a body that disagrees and promises nothing has declined", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer inte\n\nNämnden har redan rutiner.\n",
      ),
    });
    expect(corpus.status(subjectOf(corpus, R1), "2024-06-01")?.body).toBe("declined");
  });

  it("a body that agrees but promises nothing has answered", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n"),
    });
    expect(corpus.status(subjectOf(corpus, R1), "2024-06-01")?.body).toBe("answered");
  });

  it("a response without sections answers the audit as a whole", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("Nämnden har svarat i ett protokoll.\n"),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-06-01");
    expect(status?.body).toBe("answered");
    expect(status?.stance).toBeUndefined();
  });
});

describe("status is a pure function of dated events", () => {
  const corpus = inlineCorpus({ "responses/testkommun/SN-2024-20.md": followUp });
  const r1 = subjectOf(corpus, R1);
  const events = corpus.events(r1);
  const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays("2024-01-01", n));

  it("depends only on the events known by the day", () => {
    fc.assert(
      fc.property(day, (d) => {
        const known = events.filter((e) => e.when.end <= d);
        return JSON.stringify(statusAt(known, d)) === JSON.stringify(statusAt(events, d));
      }),
    );
  });

  it("a measure has passed without report exactly when its date in force is over and nobody reported", () => {
    fc.assert(
      fc.property(day, (d) => {
        const status = statusAt(events, d);
        if (!status) return d < "2024-02-15";
        return status.measures.every((m) => {
          const over = m.due !== undefined && m.due.end < d;
          return (m.state === "passed") === (over && m.state !== "done" && m.state !== "late");
        });
      }),
    );
  });
});

/** A follow-up response by sn to REV-2024-1, with R1's section and its own date. */
function followUpWith(r1: string, date: string, id = "SN-2024-20"): Record<string, string> {
  return {
    [`responses/testkommun/${id}.md`]: responseFile(`## R1 Rutiner\n\n${r1}\n`, {
      id,
      kind: "follow-up-response",
      date,
    }),
  };
}

/** R1's first measure (due 30 September 2024) on a day, in a corpus with the given files added. */
function firstMeasure(files: Record<string, string | null>, day: string) {
  const corpus = inlineCorpus(files);
  expect(corpus.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const status = corpus.status(subjectOf(corpus, R1), day);
  const measure = status?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
  return { status, measure };
}

describe("the day a date falls due is still in time", () => {
  it("a response given on the day it is due was given in time", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n", {
        date: "2024-05-31",
      }),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-06-30");
    expect(status?.body).toBe("answered");
    expect(status?.passed).toEqual([]);
  });

  it("a measure reported done on its due day was done in time", () => {
    const { status, measure } = firstMeasure(
      followUpWith("- [x] Rutinen fastställdes\n  Följer upp: SN-2024-10/R1/1", "2024-09-30"),
      "2024-12-01",
    );
    expect(measure?.state).toBe("done");
    expect(status?.passed).toEqual([]);
  });

  it("a measure restated as open on its due day is not late that day", () => {
    const { status, measure } = firstMeasure(
      followUpWith("- [ ] Rutinen bereds\n  Följer upp: SN-2024-10/R1/1", "2024-09-30"),
      "2024-09-30",
    );
    expect(measure?.state).toBe("planned");
    expect(status?.body).toBe("in-progress");
    expect(status?.passed).toEqual([]);
  });

  it("a new date given on the old one's due day does not make the old one missed", () => {
    const { status, measure } = firstMeasure(
      followUpWith(
        "- [ ] Rutinen fastställs efter remiss — 2025-03-31\n  Följer upp: SN-2024-10/R1/1",
        "2024-09-30",
      ),
      "2024-12-01",
    );
    expect(measure?.due?.end).toBe("2025-03-31");
    expect(measure?.moves.map((m) => m.due.end)).toEqual(["2025-03-31"]);
    expect(status?.passed).toEqual([]);
  });

  it("the next deadline is a response's, or a measure's, up to and including its day", () => {
    const asked = inlineCorpus({ [baseFiles.response]: null });
    expect(asked.status(subjectOf(asked, R1), "2024-05-31")?.nextDue).toEqual({
      what: "response",
      period: expect.objectContaining({ text: "2024-05-31", end: "2024-05-31" }),
    });
    const answered = inlineCorpus();
    expect(answered.status(subjectOf(answered, R1), "2024-09-30")?.nextDue).toEqual({
      what: "measure",
      period: expect.objectContaining({ end: "2024-09-30" }),
      measureId: "SN-2024-10/R1/1",
    });
    expect(answered.status(subjectOf(answered, R1), "2024-10-01")?.nextDue).toBeUndefined();
  });

  it("a measure due on the day its response is given passes the next day: it was not stated after its date", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Utbildning hålls — 2024-05-20\n",
      ),
    });
    expect(corpus.diagnostics).toEqual([]);
    const status = corpus.status(subjectOf(corpus, R1), "2024-06-01");
    expect(status?.measures[0]?.state).toBe("passed");
    expect(status?.body).toBe("measure-passed");
  });
});

describe("what later documents say of a measure", () => {
  it("a new date on the day of the report is a new date, not a delay", () => {
    const { status, measure } = firstMeasure(
      followUpWith(
        "- [ ] Rutinen fastställs samma dag — 2024-11-10\n  Följer upp: SN-2024-10/R1/1",
        "2024-11-10",
      ),
      "2024-11-10",
    );
    expect(measure?.state).toBe("planned");
    expect(measure?.due?.end).toBe("2024-11-10");
    expect(status?.passed.map((p) => [p.due.end, p.outcome])).toEqual([["2024-09-30", "late"]]);
  });

  it("a measure restated with a date that had already passed is late, not given a new date", () => {
    const { status, measure } = firstMeasure(
      followUpWith(
        "- [ ] Rutinen fastställs — 2024-10-31\n  Följer upp: SN-2024-10/R1/1",
        "2024-11-10",
      ),
      "2024-12-01",
    );
    expect(measure?.state).toBe("late");
    expect(measure?.moves).toEqual([]);
    expect(status?.body).toBe("measure-late");
  });

  it("a measure restated with its own date before the date passes is not moved", () => {
    const { status, measure } = firstMeasure(
      followUpWith(
        "- [ ] Rutinen bereds — senast den 30 september 2024\n  Följer upp: SN-2024-10/R1/1",
        "2024-08-01",
      ),
      "2024-08-01",
    );
    expect(measure?.moves).toEqual([]);
    expect(measure?.due?.text).toBe("senast den 30 september 2024");
    expect(status?.passed).toEqual([]);
  });

  it("a new date given before the old one passed leaves the old one unmissed", () => {
    const { status, measure } = firstMeasure(
      followUpWith(
        "- [ ] Rutinen fastställs efter remiss — 2025-03-31\n  Följer upp: SN-2024-10/R1/1",
        "2024-08-01",
      ),
      "2024-12-01",
    );
    expect(measure?.state).toBe("planned");
    expect(measure?.due?.end).toBe("2025-03-31");
    expect(status?.passed).toEqual([]);
    expect(status?.body).toBe("in-progress");
  });

  it("a measure promised without a date takes the date a later document gives it", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Rutin tas fram\n",
      ),
      ...followUpWith(
        "- [ ] Rutinen fastställs — 2025-03-31\n  Följer upp: SN-2024-10/R1/1",
        "2024-11-10",
      ),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-12-01");
    const measure = status?.measures[0];
    expect(measure?.measure.due).toBeUndefined();
    expect(measure?.due?.end).toBe("2025-03-31");
    expect(measure?.moves.map((m) => [m.when.end, m.due.end, m.by])).toEqual([
      ["2024-11-10", "2025-03-31", "SN-2024-20/R1/1"],
    ]);
    expect(status?.passed).toEqual([]);
  });

  it("a completion dated in a period that spans the deadline is done at an unknown time, not late", () => {
    for (const [done, outcome] of [
      ["hösten 2024", "unknown"],
      // Week 40 of 2024 begins on 30 September, the deadline itself.
      ["vecka 40 2024", "unknown"],
      ["oktober 2024", "late"],
    ]) {
      const { status } = firstMeasure(
        followUpWith(
          `- [x] Rutinen fastställdes\n  Följer upp: SN-2024-10/R1/1\n  Genomförd: ${done}`,
          "2024-12-20",
        ),
        "2024-12-31",
      );
      expect([done, status?.passed.map((p) => p.outcome)]).toEqual([done, [outcome]]);
    }
  });

  it("a measure promised after its date and then given a new one passes that new date without report", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Utbildning hålls — mars 2024\n",
      ),
      ...followUpWith(
        "- [ ] Utbildningen hålls i höst — 2024-10-31\n  Följer upp: SN-2024-10/R1/1",
        "2024-08-01",
      ),
    });
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-07-01")?.measures[0]?.state).toBe("stated-after-due");
    const after = corpus.status(r1, "2024-11-15");
    expect(after?.measures[0]?.state).toBe("passed");
    expect(after?.body).toBe("measure-passed");
  });

  it("a body that disagrees but still promises a measure has not declined", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer inte\n\n- [ ] Rutinerna ses över — 2024-12-31\n",
      ),
    });
    expect(corpus.status(subjectOf(corpus, R1), "2024-06-01")?.body).toBe("measures-planned");
  });

  it("the next deadline is the soonest planned measure's, in whatever order they were listed", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        [
          "## R1 Rutiner",
          "",
          "- [x] Checklistan infördes — 2024-07-31",
          "- [ ] Uppföljning — 2024-12-31",
          "- [ ] Rutin fastställs — 2024-09-30",
          "- [ ] Utbildning hålls — 2024-11-30",
          "- [ ] Enkät skickas — 2024-09-30",
          "",
        ].join("\n"),
      ),
    });
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-06-01")?.nextDue).toEqual({
      what: "measure",
      period: expect.objectContaining({ end: "2024-09-30" }),
      measureId: "SN-2024-10/R1/3",
    });
    expect(corpus.status(r1, "2024-10-01")?.nextDue?.measureId).toBe("SN-2024-10/R1/4");
  });
});

describe("responses asked for and given", () => {
  /** An audit asking sn for the given responses on R1 (and ks on R2, with no date). */
  const asking = (dues: string[]) =>
    auditFile([
      "responses_asked: listed",
      "responses_due:",
      ...dues,
      "  - from: ks",
      "    recommendations: [R2]",
    ]);

  it("a request for a plain response is met by any response the body gives", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: asking(["  - from: sn", "    by: 2024-05-31"]),
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n", {
        kind: "report-back",
      }),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-06-30");
    expect(status?.body).toBe("answered");
    expect(status?.passed).toEqual([]);
  });

  it("a request for a follow-up is not met by a second plain response", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: asking([
        "  - from: sn",
        "    by: 2024-05-31",
        "  - from: sn",
        "    kind: follow-up-response",
        "    by: 2024-10-31",
      ]),
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer\n",
        { id: "SN-2024-20", date: "2024-10-01" },
      ),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-11-30");
    expect(status?.body).toBe("response-due-passed");
    expect(status?.passed.map((p) => [p.what, p.due.end, p.outcome])).toEqual([
      ["response", "2024-10-31", "passed"],
      ["measure", "2024-09-30", "passed"],
    ]);
  });

  it("one document meets one request, however many sections in it speak for the body", () => {
    const corpus = planCorpus(
      [
        "responses_asked: listed",
        "responses_due:",
        "  - { from: sn, kind: report-back, by: 2024-06-30 }",
        "  - { from: sn, kind: report-back, by: 2024-12-31 }",
        "recommendations:",
        "  - { id: A1, to: [sf], text: Förvaltningen utbildar. }",
      ],
      [
        "## A1 Utbildning",
        "",
        "Rapporterat (pågår): Utbildningen planeras.",
        "",
        "Rapporterat för sf (pågår): Förvaltningen har börjat.",
        "",
      ].join("\n"),
    );
    expect(corpus.diagnostics).toEqual([]);
    const a1 = subjectOf(corpus, "testkommun/PLAN-1/A1@sf");
    expect(corpus.status(a1, "2024-07-01")).toMatchObject({
      body: "in-progress",
      responseDue: expect.objectContaining({ end: "2024-12-31" }),
    });
    const later = corpus.status(a1, "2025-01-01");
    expect(later?.body).toBe("response-due-passed");
    expect(later?.passed.map((p) => [p.due.end, p.outcome])).toEqual([["2024-12-31", "passed"]]);
  });

  it("the response owed next is the soonest of those not yet given", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: asking([
        "  - from: sn",
        "    kind: follow-up-response",
        "    by: 2024-09-30",
        "  - from: sn",
        "    by: 2024-05-31",
        "  - from: sn",
        "    kind: follow-up-response",
        "    by: 2024-12-31",
      ]),
      [baseFiles.response]: null,
    });
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-03-01")?.responseDue?.end).toBe("2024-05-31");
    expect(corpus.status(r1, "2024-07-01")?.responseDue?.end).toBe("2024-09-30");
  });

  it("a follow-up asked for on some recommendations is not asked for on the others", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: auditFile([
        "  - id: R3",
        "    to: [sn]",
        "    text: Utbilda personalen.",
        "responses_asked: listed",
        "responses_due:",
        "  - from: sn",
        "    by: 2024-05-31",
        "  - from: sn",
        "    kind: follow-up-response",
        "    by: 2024-10-31",
        "    recommendations: [R1]",
        "  - from: ks",
      ]),
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer\n\n## R3 Utbildning\n\nStällningstagande: instämmer\n",
      ),
    });
    expect(corpus.diagnostics).toEqual([]);
    const day = "2024-11-30";
    expect(corpus.status(subjectOf(corpus, R1), day)?.body).toBe("response-due-passed");
    expect(corpus.status(subjectOf(corpus, "testkommun/REV-2024-1/R3@sn"), day)?.body).toBe(
      "answered",
    );
  });

  it("another body's response to the audit as a whole does not answer for this body", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/KS-2024-5.md": responseFile("Kommunstyrelsen har yttrat sig.\n", {
        id: "KS-2024-5",
        body: "ks",
        date: "2024-05-10",
      }),
      [baseFiles.response]: null,
    });
    expect(corpus.status(subjectOf(corpus, R2), "2024-05-20")?.body).toBe("answered");
    const r1 = corpus.status(subjectOf(corpus, R1), "2024-05-20");
    expect(r1?.body).toBe("awaiting-response");
    expect(r1?.speakers).toEqual([]);
  });
});

describe("what a status keeps from earlier documents", () => {
  it("a stance and a report stand until a later document states new ones", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer delvis\n\nRapporterat (pågår): Arbetet har börjat.\n",
      ),
      ...followUpWith("Nämnden har inget nytt att rapportera.", "2024-11-10"),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2024-12-01");
    expect(status).toMatchObject({
      body: "in-progress",
      stance: "partly-agrees",
      stanceText: "instämmer delvis",
      reported: { state: "in-progress", text: "Arbetet har börjat.", speaker: "sn" },
    });
  });

  it("once a response's own text is on record, the content is available", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-5.md": responseFile("Nämnden har svarat muntligt.\n", {
        id: "SN-2024-5",
        date: "2024-04-10",
        content: "summary",
      }),
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n"),
    });
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-05-01")?.body).toBe("answered-content-unavailable");
    expect(corpus.status(r1, "2024-05-20")?.body).toBe("answered");
  });

  it("the auditors' assessment stands when the body writes again after it", () => {
    const corpus = inlineCorpus({
      "audits/testkommun/REV-2025-3.md": followUpAudit,
      ...followUpWith("Rapporterat: Genomfört.", "2025-09-01"),
    });
    const status = corpus.status(subjectOf(corpus, R1), "2025-12-31");
    expect(status?.auditor).toBe("implemented");
    expect(status?.lastAssessment).toEqual({
      type: "audit",
      organisation: "testkommun",
      id: "REV-2025-3",
      file: "audits/testkommun/REV-2025-3.md",
      basis: "Rutinen är fastställd och införd.",
    });
    expect(status?.lastResponse?.id).toBe("SN-2024-20");
  });

  it("the last response is the latest document, a report from a response to a later audit included", () => {
    const laterAudit = followUpAudit.replace("date: 2025-06-01", "date: 2025-01-15");
    const corpus = inlineCorpus({
      "audits/testkommun/REV-2025-3.md": laterAudit,
      "responses/testkommun/SN-2025-5.md": responseFile(
        "## R1 Arbetet\n\n- [x] Rutinen fastställdes\n  Följer upp: SN-2024-10/R1/1\n",
        {
          id: "SN-2025-5",
          kind: "follow-up-response",
          answers: "[REV-2025-3]",
          date: "2025-03-01",
        },
      ),
      ...followUpWith("Ställningstagande: instämmer", "2025-05-01", "SN-2025-9"),
    });
    expect(corpus.diagnostics).toEqual([]);
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2025-04-01")?.lastResponse?.id).toBe("SN-2025-5");
    expect(corpus.status(r1, "2025-06-01")?.lastResponse?.id).toBe("SN-2025-9");
  });

  it("an audit dated by its year counts from the year's end, even when a response in it is known", () => {
    const corpus = inlineCorpus({
      [baseFiles.audit]: auditFile([]).replace("date: 2024-02-15", "date: 2024"),
    });
    expect(corpus.diagnostics).toEqual([]);
    const r1 = subjectOf(corpus, R1);
    expect(corpus.status(r1, "2024-06-01")).toBeUndefined();
    expect(corpus.status(r1, "2024-12-31")?.body).toBe("measure-passed");
    expect(corpus.history(r1, "2024-12-31").map((c) => [c.day, c.body])).toEqual([
      ["2024-12-31", "measure-passed"],
    ]);
  });
});

describe("which states are late, passed without report, or closed", () => {
  it("only a state a source establishes is late; a date passed in silence is neutral", () => {
    expect(bodyStates.filter(isLate)).toEqual(["measure-late"]);
    expect(bodyStates.filter(isPassedWithoutReport)).toEqual([
      "response-due-passed",
      "measure-passed",
    ]);
  });

  it("closed is implemented or no longer relevant as the auditors found, or declined by the body", () => {
    for (const body of bodyStates) {
      const closed = auditorStates.filter((auditor) => isClosed(body, auditor));
      expect([body, closed]).toEqual([
        body,
        body === "declined" ? [...auditorStates] : ["implemented", "no-longer-relevant"],
      ]);
    }
  });
});

describe("a status holds exactly what the sources give", () => {
  const ref = (r: SourceRef) => `${r.type}:${r.id}`;
  /** The status with documents named by id and measures by their own id; nothing else left out. */
  const plain = (status: Status | undefined) => {
    if (!status) return undefined;
    const { measures, passed, requests, lastResponse, lastAssessment, ...rest } = status;
    const passedPlain = (p: Status["passed"][number]) => ({ ...p, source: ref(p.source) });
    return {
      ...rest,
      ...(lastResponse ? { lastResponse: ref(lastResponse) } : {}),
      ...(lastAssessment ? { lastAssessment: ref(lastAssessment) } : {}),
      passed: passed.map(passedPlain),
      requests: requests.map((r) => ({ ...r, source: ref(r.source) })),
      measures: measures.map(({ measure, source, done, moves, passed, ...m }) => ({
        ...m,
        measure: measure.id,
        source: ref(source),
        ...(done ? { done: { ...done, source: ref(done.source) } } : {}),
        moves: moves.map((move) => ({ ...move, source: ref(move.source) })),
        passed: passed.map(passedPlain),
      })),
    };
  };

  it("for a body that has not answered: no stance, no report, no deadline still to come", () => {
    const corpus = inlineCorpus();
    expect(plain(corpus.status(subjectOf(corpus, R2), "2024-06-01"))).toStrictEqual({
      day: "2024-06-01",
      body: "response-due-passed",
      auditor: "not-assessed",
      speakers: [],
      passed: [
        {
          what: "response",
          due: period("2024-05-31"),
          outcome: "passed",
          source: "audit:REV-2024-1",
        },
      ],
      // The audit asks ks to respond by 31 May 2024; nothing came.
      requests: [{ kind: "response", due: period("2024-05-31"), source: "audit:REV-2024-1" }],
      measures: [],
    });
  });

  it("for a body that answered, reported on its measures and moved one of them", () => {
    const corpus = inlineCorpus(lifeFiles);
    const missed = {
      what: "measure",
      due: period("senast den 30 september 2024"),
      outcome: "late",
      settled: period("2024-11-10"),
      measureId: "SN-2024-10/R1/1",
      source: "response:SN-2024-10",
    };
    expect(plain(corpus.status(subjectOf(corpus, R1), "2024-12-01"))).toStrictEqual({
      day: "2024-12-01",
      body: "in-progress",
      auditor: "not-assessed",
      speakers: ["sn"],
      stance: "partly-agrees",
      stanceText: "instämmer delvis",
      reported: { state: "in-progress", text: "Rutinen är på remiss.", speaker: "sn" },
      nextDue: { what: "measure", period: period("2025-03-31"), measureId: "SN-2024-10/R1/1" },
      lastResponse: "response:SN-2024-20",
      passed: [missed],
      // Asked by 31 May 2024 and met by the response decided on 28 May; the later report
      // answers no request of its own.
      requests: [
        {
          kind: "response",
          due: period("2024-05-31"),
          given: period("2024-05-28"),
          source: "audit:REV-2024-1",
        },
      ],
      measures: [
        {
          measure: "SN-2024-10/R1/1",
          source: "response:SN-2024-10",
          given: period("2024-05-28"),
          state: "planned",
          due: period("2025-03-31"),
          moves: [
            {
              when: period("2024-11-10"),
              due: period("2025-03-31"),
              by: "SN-2024-20/R1/1",
              source: "response:SN-2024-20",
            },
          ],
          passed: [missed],
        },
        {
          measure: "SN-2024-10/R1/2",
          source: "response:SN-2024-10",
          given: period("2024-05-28"),
          state: "done",
          due: period("2024-12-31"),
          done: {
            reported: period("2024-11-10"),
            doneWhen: period("oktober 2024"),
            source: "response:SN-2024-20",
          },
          moves: [],
          passed: [],
        },
        {
          measure: "SN-2024-10/R1/3",
          source: "response:SN-2024-10",
          given: period("2024-05-28"),
          state: "done",
          done: { reported: period("2024-05-28"), source: "response:SN-2024-10" },
          moves: [],
          passed: [],
        },
      ],
    });
  });

  it("for a measure whose date passed in silence: the passed date with no settling day", () => {
    const corpus = inlineCorpus({ [baseFiles.response]: lifeFiles[baseFiles.response] });
    const status = corpus.status(subjectOf(corpus, R1), "2025-01-15");
    expect(plain(status)?.passed).toStrictEqual([
      {
        what: "measure",
        due: period("senast den 30 september 2024"),
        outcome: "passed",
        measureId: "SN-2024-10/R1/1",
        source: "response:SN-2024-10",
      },
      {
        what: "measure",
        due: period("2024-12-31"),
        outcome: "passed",
        measureId: "SN-2024-10/R1/2",
        source: "response:SN-2024-10",
      },
    ]);
    expect(status?.nextDue).toBeUndefined();
    expect(Object.keys(status ?? {})).not.toContain("nextDue");
  });
});
