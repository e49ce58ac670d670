import { describe, expect, it } from "vitest";
import { CorpusView } from "../src/view/corpus-view.ts";
import { baseFiles, responseFile } from "./helpers/inline-corpus.ts";
import { lifeRecord, lifeView } from "./helpers/life.ts";
import { period } from "./helpers/period.ts";
import { planCorpus } from "./helpers/plan-corpus.ts";

/*
 * The record a recommendation's page is laid out from, for one addressee: both tracks, the
 * measures with their dates and reports, the passed dates and the history, every document named
 * and linked, and nothing the sources do not give.
 */

const sn = { id: "sn", name: { sv: "Socialnämnden", en: "Social Services Committee" } };
const audit = (id: string, title: { sv: string; en?: string }, when: string) => ({
  type: "audit",
  organisation: "testkommun",
  id,
  title,
  when: period(when),
});
const response = (id: string, sv: string, when: string) => ({
  type: "response",
  organisation: "testkommun",
  id,
  title: { sv },
  when: period(when),
});
const rev1 = audit(
  "REV-2024-1",
  { sv: "Granskning av arbetet mot våld i nära relationer" },
  "2024-02-15",
);
const rev3 = audit(
  "REV-2025-3",
  { sv: "Uppföljande granskning", en: "Follow-up audit" },
  "2025-06-01",
);
const sn10 = response("SN-2024-10", "Yttrande", "2024-05-28");
const sn20 = response("SN-2024-20", "Uppföljande yttrande", "2024-11-10");
const bySn = { voice: "body", speaker: sn };

describe("the record of a recommendation for one addressee", () => {
  it("holds the measures, passed dates and history of its whole life, each document linked", () => {
    expect(lifeRecord("2025-12-31")).toStrictEqual({
      key: "testkommun/REV-2024-1/R1@sn",
      body: sn,
      bodyState: "measure-passed",
      auditorState: "implemented",
      reportedBy: [],
      stance: "partly-agrees",
      stanceText: "instämmer delvis",
      reported: { state: "in-progress", text: "Rutinen är på remiss.", speaker: sn },
      lastAssessment: { source: rev3, basis: "Rutinen är fastställd och införd." },
      measures: [
        {
          id: "SN-2024-10/R1/1",
          text: "Rutin för att ställa frågor om våld fastställs",
          textHtml: "Rutin för att ställa frågor om våld fastställs",
          state: "passed",
          promisedIn: sn10,
          due: period("2025-03-31"),
          promisedDue: period("senast den 30 september 2024"),
          moves: [
            {
              when: period("2024-11-10"),
              due: period("2025-03-31"),
              by: "SN-2024-20/R1/1",
              source: sn20,
            },
          ],
          reportTo: "sn",
        },
        {
          id: "SN-2024-10/R1/2",
          text: "Utbildning för enhetschefer hålls",
          textHtml: "Utbildning för enhetschefer hålls",
          state: "done",
          promisedIn: sn10,
          due: period("2024-12-31"),
          done: { reported: period("2024-11-10"), source: sn20, doneWhen: period("oktober 2024") },
          moves: [],
        },
        {
          id: "SN-2024-10/R1/3",
          text: "Checklista införd",
          textHtml: "Checklista införd",
          state: "done",
          promisedIn: sn10,
          done: { reported: period("2024-05-28"), source: sn10 },
          moves: [],
        },
      ],
      passed: [
        {
          what: "measure",
          due: period("senast den 30 september 2024"),
          outcome: "late",
          settled: period("2024-11-10"),
          measure: "SN-2024-10/R1/1",
        },
        {
          what: "measure",
          due: period("2025-03-31"),
          outcome: "passed",
          measure: "SN-2024-10/R1/1",
        },
      ],
      history: [
        {
          day: "2024-02-15",
          changed: true,
          body: "awaiting-response",
          auditor: "not-assessed",
          events: [{ type: "issued", when: period("2024-02-15"), voice: "issuer", source: rev1 }],
          deadlines: [],
        },
        {
          day: "2024-05-28",
          changed: true,
          body: "in-progress",
          auditor: "not-assessed",
          events: [
            {
              type: "responded",
              when: period("2024-05-28"),
              ...bySn,
              source: sn10,
              kind: "response",
              content: "full",
              stance: "partly-agrees",
            },
            {
              type: "measure-reported",
              when: period("2024-05-28"),
              ...bySn,
              source: sn10,
              measure: { id: "SN-2024-10/R1/3", by: "SN-2024-10/R1/3", done: true },
            },
          ],
          deadlines: [],
        },
        {
          day: "2024-10-01",
          changed: true,
          body: "measure-passed",
          auditor: "not-assessed",
          events: [],
          deadlines: [period("senast den 30 september 2024")],
        },
        {
          day: "2024-11-10",
          changed: true,
          body: "in-progress",
          auditor: "not-assessed",
          events: [
            {
              type: "responded",
              when: period("2024-11-10"),
              ...bySn,
              source: sn20,
              kind: "follow-up-response",
              content: "full",
              reported: { state: "in-progress", text: "Rutinen är på remiss." },
            },
            {
              type: "measure-reported",
              when: period("2024-11-10"),
              ...bySn,
              source: sn20,
              measure: {
                id: "SN-2024-10/R1/1",
                by: "SN-2024-20/R1/1",
                done: false,
                due: period("2025-03-31"),
              },
            },
            {
              type: "measure-reported",
              when: period("2024-11-10"),
              ...bySn,
              source: sn20,
              measure: {
                id: "SN-2024-10/R1/2",
                by: "SN-2024-20/R1/2",
                done: true,
                doneWhen: period("oktober 2024"),
              },
            },
          ],
          deadlines: [],
        },
        {
          day: "2025-04-01",
          changed: true,
          body: "measure-passed",
          auditor: "not-assessed",
          events: [],
          deadlines: [period("2025-03-31")],
        },
        {
          day: "2025-06-01",
          changed: true,
          body: "measure-passed",
          auditor: "implemented",
          events: [
            {
              type: "assessed",
              when: period("2025-06-01"),
              voice: "auditors",
              source: rev3,
              result: "implemented",
              basis: "Rutinen är fastställd och införd.",
            },
          ],
          deadlines: [],
        },
      ],
    });
  });

  it("says what is due next: first the response asked for, then the soonest measure", () => {
    const asked = lifeRecord("2024-03-01");
    expect([asked.responseDue, asked.nextDue]).toStrictEqual([
      period("2024-05-31"),
      { what: "response", period: period("2024-05-31") },
    ]);
    expect(asked.stance).toBeUndefined();
    const answered = lifeRecord("2024-06-01");
    expect([answered.responseDue, answered.nextDue]).toStrictEqual([
      undefined,
      {
        what: "measure",
        period: period("senast den 30 september 2024"),
        measure: "SN-2024-10/R1/1",
      },
    ]);
    expect(Object.keys(answered)).not.toContain("responseDue");
    expect(Object.keys(asked)).not.toContain("lastAssessment");
  });

  it("holds no stance, report or next date for a body that has not answered, only the date that passed", () => {
    const ks = { id: "ks", name: { sv: "Kommunstyrelsen" } };
    const r2 = lifeView("2024-06-15").recommendation("testkommun", "REV-2024-1", "R2");
    expect(r2?.addressees).toStrictEqual([
      {
        key: "testkommun/REV-2024-1/R2@ks",
        body: ks,
        bodyState: "response-due-passed",
        auditorState: "not-assessed",
        reportedBy: [],
        measures: [],
        passed: [{ what: "response", due: period("2024-05-31"), outcome: "passed" }],
        history: [
          {
            day: "2024-02-15",
            changed: true,
            body: "awaiting-response",
            auditor: "not-assessed",
            events: [{ type: "issued", when: period("2024-02-15"), voice: "issuer", source: rev1 }],
            deadlines: [],
          },
          {
            day: "2024-06-01",
            changed: true,
            body: "response-due-passed",
            auditor: "not-assessed",
            events: [],
            deadlines: [period("2024-05-31")],
          },
        ],
      },
    ]);
  });

  it("names the body that reported for another, on the record and on its row", () => {
    const corpus = planCorpus(
      ["recommendations:", "  - { id: A2, to: [bn, sn], text: Nämnderna ser över sina rutiner. }"],
      [
        "## A2 Rutiner",
        "",
        "Rapporterat för bn (ej påbörjat): Byggnämnden har inte börjat.",
        "",
        "- [ ] Rutinerna ses över — 2024-12-31",
        "",
      ].join("\n"),
      { [baseFiles.audit]: null, [baseFiles.response]: null },
    );
    const view = new CorpusView(corpus, "2024-06-30");
    expect(view.corpus.diagnostics).toEqual([]);
    const [bn, own] = view.recommendation("testkommun", "PLAN-1", "A2")?.addressees ?? [];
    expect([bn?.body.id, bn?.bodyState, bn?.reportedBy, bn?.reported]).toEqual([
      "bn",
      "measures-planned",
      [sn],
      { state: "not-started", text: "Byggnämnden har inte börjat.", speaker: sn },
    ]);
    // On byggnämnden's timeline the rest of socialnämnden's section is noted, as another body's.
    const report = { type: "response", organisation: "testkommun", id: "SN-2024-30" };
    expect(bn?.history.at(-1)?.events).toStrictEqual([
      {
        type: "responded",
        when: period("2024-06-01"),
        voice: "body",
        source: { ...report, title: { sv: "Återrapportering" }, when: period("2024-06-01") },
        speaker: sn,
        kind: "report-back",
        content: "full",
        reported: { state: "not-started", text: "Byggnämnden har inte börjat." },
      },
      {
        type: "noted",
        when: period("2024-06-01"),
        voice: "another-body",
        source: { ...report, title: { sv: "Återrapportering" }, when: period("2024-06-01") },
        speaker: sn,
        kind: "report-back",
      },
    ]);
    expect([own?.body.id, own?.bodyState, own?.reportedBy]).toEqual(["sn", "measures-planned", []]);
    expect(view.body("testkommun", "bn")?.rows.map((r) => r.reportedBy)).toEqual([[sn]]);
    expect(view.body("testkommun", "sn")?.rows.map((r) => r.reportedBy)).toEqual([[]]);
  });
});

describe("a history dated as its documents are", () => {
  it("dates a change a year-dated document caused by that year, and other changes by their day", () => {
    const record = lifeRecord("2025-12-31", {
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n", {
        date: "2024",
      }),
      "responses/testkommun/SN-2024-20.md": null,
    });
    expect(record.history.map((c) => [c.day, c.body, c.datedAs?.text])).toEqual([
      ["2024-02-15", "awaiting-response", undefined],
      ["2024-06-01", "response-due-passed", undefined],
      ["2024-12-31", "answered", "2024"],
      ["2025-06-01", "answered", undefined],
    ]);
    expect(Object.keys(record.history[0] ?? {})).not.toContain("datedAs");
  });
});

describe("what a record carries beside the states", () => {
  it("the no-response flag, and a new date's reason", () => {
    const ks = lifeView("2025-03-15").recommendation("testkommun", "REV-2024-1", "R2");
    expect(ks?.addressees[0]?.noResponse).toEqual({ since: "2025-03-15", months: 13 });
    expect(
      lifeView("2025-03-14").recommendation("testkommun", "REV-2024-1", "R2")?.addressees[0],
    ).not.toHaveProperty("noResponse");
    const moved = lifeRecord("2024-12-31", {
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [ ] Rutinen fastställs — 2025-03-31\n  Följer upp: SN-2024-10/R1/1\n  Skäl: remissen drog ut på tiden\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    expect(moved.measures[0]?.moves.map((m) => [m.due.end, m.reason])).toEqual([
      ["2025-03-31", "remissen drog ut på tiden"],
    ]);
    expect(lifeRecord("2024-12-31").measures[0]?.moves[0]).not.toHaveProperty("reason");
  });
});
