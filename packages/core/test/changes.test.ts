import { describe, expect, it } from "vitest";
import type {
  ChangesRecord,
  MissedDeadlineRecord,
  MovedDeadlineRecord,
  StateChangeRecord,
} from "../src/view/changes.ts";
import {
  changeGroupLabel,
  changeKindLabel,
  describeMissed,
  describeMoved,
  describeNoResponse,
  describeStateChange,
} from "../src/view/describe.ts";
import { baseFiles, baseText, responseFile } from "./helpers/inline-corpus.ts";
import { lifeView } from "./helpers/life.ts";

/*
 * What changed between two days (`sparbar changes`, the site's changes page), read off one
 * recommendation's life: REV-2024-1 (15 February 2024) asks sn and ks to respond by 31 May;
 * sn's response, decided 28 May, promises measures due 30 September and 31 December 2024;
 * SN-2024-20 (10 November 2024) gives the first a new date, 31 March 2025, and reports the
 * second done in October; REV-2025-3 (1 June 2025) finds R1 implemented.
 */

/** Each part of a changes record in a line, with documents by id and dates as written. */
function lines(record: ChangesRecord) {
  return {
    documents: record.documents.map(
      (d) => `${d.type}:${d.id} ${d.kind} by ${d.body.id}, ${d.when.text}`,
    ),
    states: record.states.map(
      (s) =>
        `${s.day} ${s.audit.id}/${s.item}@${s.body.id} ${s.track}: ${s.before ?? "–"} → ${s.after} [${s.sources.map((d) => d.id).join(", ")}] [${s.deadlines.map((d) => d.text).join(", ")}]`,
    ),
    moved: record.moved.map(
      (m) =>
        `${m.when.text} ${m.key} ${m.measure.id}: ${m.from.text} → ${m.to.text} (${m.source.id})${m.reason ? `: ${m.reason}` : ""}`,
    ),
    missed: record.missed.map(
      (m) =>
        `${m.due.text} ${m.key} ${m.what}${m.measure ? ` ${m.measure.id}` : ""}: ${m.outcome}${m.settled ? `, settled ${m.settled.text}` : ""} (${m.source.id})`,
    ),
  };
}

const R1 = "testkommun/REV-2024-1/R1@sn";
const R2 = "testkommun/REV-2024-1/R2@ks";

describe("the changes between two days", () => {
  it("lists the documents, every change of either track, new dates and missed dates, with their sources", () => {
    const record = lifeView("2025-12-31").changes("2024-01-01");
    expect([record.from, record.to]).toEqual(["2024-01-01", "2025-12-31"]);
    expect(lines(record)).toEqual({
      documents: [
        "audit:REV-2024-1 audit by revisionen, 2024-02-15",
        // A response counts from its decision, not its own date (20 May).
        "response:SN-2024-10 response by sn, 2024-05-28",
        "response:SN-2024-20 follow-up-response by sn, 2024-11-10",
        "audit:REV-2025-3 follow-up-audit by revisionen, 2025-06-01",
      ],
      states: [
        // A recommendation issued in the period starts unassessed: no auditor change is listed.
        "2024-02-15 REV-2024-1/R1@sn body: – → awaiting-response [REV-2024-1] []",
        "2024-02-15 REV-2024-1/R2@ks body: – → awaiting-response [REV-2024-1] []",
        // Several events of one document on a day name it once.
        "2024-05-28 REV-2024-1/R1@sn body: awaiting-response → in-progress [SN-2024-10] []",
        "2024-06-01 REV-2024-1/R2@ks body: awaiting-response → response-due-passed [] [2024-05-31]",
        "2024-10-01 REV-2024-1/R1@sn body: in-progress → measure-passed [] [senast den 30 september 2024]",
        "2024-11-10 REV-2024-1/R1@sn body: measure-passed → in-progress [SN-2024-20] []",
        "2025-04-01 REV-2024-1/R1@sn body: in-progress → measure-passed [] [2025-03-31]",
        "2025-06-01 REV-2024-1/R1@sn auditor: not-assessed → implemented [REV-2025-3] []",
        "2025-06-01 REV-2025-3/R1@sn body: – → request-unknown [REV-2025-3] []",
      ],
      moved: [
        `2024-11-10 ${R1} SN-2024-10/R1/1: senast den 30 september 2024 → 2025-03-31 (SN-2024-20)`,
      ],
      missed: [
        `2024-05-31 ${R2} response: passed (REV-2024-1)`,
        // Given a new date only after the first had passed: the document says it was not kept.
        `senast den 30 september 2024 ${R1} measure SN-2024-10/R1/1: late, settled 2024-11-10 (SN-2024-10)`,
        // The new date was set by the follow-up response, which is where a reader finds it.
        `2025-03-31 ${R1} measure SN-2024-10/R1/1: passed (SN-2024-20)`,
      ],
    });
  });

  it("names what each change concerns, and the measure's words", () => {
    const record = lifeView("2025-12-31").changes("2024-11-01", { body: "sn" });
    const moved = record.moved[0];
    expect(moved).toMatchObject({
      key: R1,
      organisation: { id: "testkommun", name: { sv: "Testkommun", en: "Test Municipality" } },
      audit: { id: "REV-2024-1", kind: "audit", date: { end: "2024-02-15" } },
      item: "R1",
      body: { id: "sn", name: { sv: "Socialnämnden", en: "Social Services Committee" } },
      measure: {
        id: "SN-2024-10/R1/1",
        text: "Rutin för att ställa frågor om våld fastställs",
      },
      source: { type: "response", id: "SN-2024-20", title: { sv: "Uppföljande yttrande" } },
    });
    expect(record.missed.map((m) => m.measure)).toEqual([
      { id: "SN-2024-10/R1/1", text: "Rutin för att ställa frågor om våld fastställs" },
    ]);
    expect(record.states.map((s) => s.sources.map((d) => d.type))).toEqual([
      ["response"],
      [],
      ["audit"],
      ["audit"],
    ]);
  });

  it("counts both days of the period, and a deadline as missed only once its day is over", () => {
    const day = (asOf: string, from: string) => lines(lifeView(asOf).changes(from));
    // The decision day alone: the response and the change it made.
    expect(day("2024-05-28", "2024-05-28")).toMatchObject({
      documents: ["response:SN-2024-10 response by sn, 2024-05-28"],
      states: ["2024-05-28 REV-2024-1/R1@sn body: awaiting-response → in-progress [SN-2024-10] []"],
    });
    expect(day("2024-05-27", "2024-02-16")).toMatchObject({ documents: [], states: [] });
    expect(day("2024-02-15", "2024-02-15").documents).toEqual([
      "audit:REV-2024-1 audit by revisionen, 2024-02-15",
    ]);
    // Due on 31 May: not missed on that day, missed from the next.
    expect(day("2024-05-31", "2024-05-01").missed).toEqual([]);
    expect(day("2024-06-01", "2024-05-31").missed).toEqual([
      `2024-05-31 ${R2} response: passed (REV-2024-1)`,
    ]);
    expect(day("2024-06-30", "2024-06-01").missed).toEqual([]);
    // The new date given on 10 November, seen from that day and not from the next.
    expect(day("2024-12-31", "2024-11-10").moved).toHaveLength(1);
    expect(day("2024-12-31", "2024-11-11").moved).toEqual([]);
  });

  it("keeps to an organisation, an audit or a body", () => {
    const view = lifeView("2025-12-31");
    const all = lines(view.changes("2024-01-01"));
    expect(lines(view.changes("2024-01-01", { organisation: "testkommun" }))).toEqual(all);
    expect(lines(view.changes("2024-01-01", { organisation: "ostra" }))).toEqual({
      documents: [],
      states: [],
      moved: [],
      missed: [],
    });
    // An audit: itself, the audits that follow it up, and the responses that answer it.
    const rev1 = lines(view.changes("2024-01-01", { audit: "REV-2024-1" }));
    expect(rev1.documents).toEqual(all.documents);
    expect(rev1.states).toEqual(all.states.filter((s) => s.includes(" REV-2024-1/")));
    const rev3 = lines(view.changes("2024-01-01", { audit: "REV-2025-3" }));
    expect(rev3.documents).toEqual(["audit:REV-2025-3 follow-up-audit by revisionen, 2025-06-01"]);
    expect(rev3.states).toEqual([
      "2025-06-01 REV-2025-3/R1@sn body: – → request-unknown [REV-2025-3] []",
    ]);
    expect(rev3.missed).toEqual([]);
    // A body: the audits with recommendations to it, and its own responses.
    const ks = lines(view.changes("2024-01-01", { body: "ks" }));
    expect(ks.documents).toEqual(["audit:REV-2024-1 audit by revisionen, 2024-02-15"]);
    expect(ks.states).toEqual(all.states.filter((s) => s.includes("@ks ")));
    expect(ks.missed).toEqual([`2024-05-31 ${R2} response: passed (REV-2024-1)`]);
    expect(ks.moved).toEqual([]);
    const sn = lines(view.changes("2024-01-01", { body: "sn" }));
    expect(sn.documents).toEqual(all.documents);
    expect(sn.moved).toEqual(all.moved);
  });

  it("keeps to a body or an audit the later audits that assess or follow it up", () => {
    const later = (lines: string) => `---
id: REV-2026-1
kind: follow-up-audit
organisation: testkommun
title: Andra uppföljningen
date: 2026-02-01
issued_by: revisionen
recommendations:
  - { id: R1, to: [bn], text: Bygg. }
${lines}
---
`;
    const documents = (lines: string, filter: { body?: string; audit?: string }) => {
      const view = lifeView("2026-03-01", { "audits/testkommun/REV-2026-1.md": later(lines) });
      expect(view.corpus.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      return view.changes("2026-01-01", filter).documents.map((d) => d.id);
    };
    // R2 is addressed to ks: an assessment that names no body concerns ks.
    const ofR2 = "assessments:\n  - { audit: REV-2024-1, recommendation: R2, result: implemented }";
    expect(documents(ofR2, { body: "ks" })).toEqual(["REV-2026-1"]);
    expect(documents(ofR2, { body: "sn" })).toEqual([]);
    expect(documents(ofR2, { body: "bn" })).toEqual(["REV-2026-1"]);
    expect(documents(ofR2, { audit: "REV-2024-1" })).toEqual(["REV-2026-1"]);
    expect(documents(ofR2, { audit: "REV-2025-3" })).toEqual([]);
    // An assessment for a body it names concerns that body alone.
    const forSn =
      "assessments:\n  - { audit: REV-2024-1, recommendation: R1, body: sn, result: implemented }";
    expect(documents(forSn, { body: "sn" })).toEqual(["REV-2026-1"]);
    expect(documents(forSn, { body: "ks" })).toEqual([]);
    // Even where the recommendation is addressed to others as well.
    const both = lifeView("2026-03-01", {
      [baseFiles.audit]: baseText(baseFiles.audit).replace("to: [sn]", "to: [sn, ks]"),
      "audits/testkommun/REV-2026-1.md": later(forSn),
    });
    expect(both.changes("2026-01-01", { body: "ks" }).documents).toEqual([]);
    expect(both.changes("2026-01-01", { body: "sn" }).documents.map((d) => d.id)).toEqual([
      "REV-2026-1",
    ]);
    // Following an audit up without assessing it.
    const follows = "follows_up: [REV-2024-1]";
    expect(documents(follows, { audit: "REV-2024-1" })).toEqual(["REV-2026-1"]);
    expect(documents(follows, { body: "ks" })).toEqual([]);
  });

  it("tells a measure shared by two addressees once, and a deadline passing for two measures once", () => {
    const view = lifeView("2025-12-31", {
      // R1 to socialnämnden and its administration: sn's response speaks for both.
      [baseFiles.audit]: baseText(baseFiles.audit).replace("to: [sn]", "to: [sn, sf]"),
      "responses/testkommun/SN-2024-20.md": responseFile(
        [
          "## R1 Rutiner",
          "",
          "- [ ] Rutinen fastställs efter remiss — 2025-03-31",
          "  Följer upp: SN-2024-10/R1/1",
          "  Skäl: Remissen drog ut på tiden.",
          "- [ ] Utbildningen hålls — 2025-03-31",
          "  Följer upp: SN-2024-10/R1/2",
          "",
        ].join("\n"),
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    const record = lines(view.changes("2024-11-01"));
    // Told under the first of the two in the order of `sparbar status`.
    const R1sf = "testkommun/REV-2024-1/R1@sf";
    expect(record.moved).toEqual([
      `2024-11-10 ${R1sf} SN-2024-10/R1/1: senast den 30 september 2024 → 2025-03-31 (SN-2024-20): Remissen drog ut på tiden.`,
      `2024-11-10 ${R1sf} SN-2024-10/R1/2: 2024-12-31 → 2025-03-31 (SN-2024-20)`,
    ]);
    // 30 September fell due before the period: not listed, though settled in it.
    expect(record.missed).toEqual([
      `2025-03-31 ${R1sf} measure SN-2024-10/R1/1: passed (SN-2024-20)`,
      `2025-03-31 ${R1sf} measure SN-2024-10/R1/2: passed (SN-2024-20)`,
    ]);
    // Both measures' dates passing on one day change the state once, naming the date once.
    expect(record.states.filter((s) => s.startsWith("2025-04-01"))).toEqual([
      "2025-04-01 REV-2024-1/R1@sf body: in-progress → measure-passed [] [2025-03-31]",
      "2025-04-01 REV-2024-1/R1@sn body: in-progress → measure-passed [] [2025-03-31]",
    ]);
  });

  it("lists no new date for a measure promised without one", () => {
    const view = lifeView("2025-12-31", {
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Rutin fastställs\n",
        { decision: "{ date: 2024-05-28, minute: § 45 }" },
      ),
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [ ] Rutinen fastställs — 2025-03-31\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    const record = lines(view.changes("2024-01-01"));
    expect(record.moved).toEqual([]);
    expect(record.missed).toContain(
      `2025-03-31 ${R1} measure SN-2024-10/R1/1: passed (SN-2024-20)`,
    );
  });
});

describe("the changes in words, as `sparbar changes` prints them", () => {
  const record = lifeView("2025-12-31").changes("2024-01-01");

  it("says who says a state changed, from what to what, and which passed date made it", () => {
    expect(record.states.map((s) => describeStateChange(s, "sv"))).toEqual([
      "Enligt nämnden: ny → Inväntar svar",
      "Enligt nämnden: ny → Inväntar svar",
      "Enligt nämnden: Inväntar svar → Åtgärder pågår",
      "Enligt nämnden: Inväntar svar → Svarsdatum passerat, inget svar i Spårbar; tidpunkten 2024-05-31 passerade",
      "Enligt nämnden: Åtgärder pågår → En åtgärds datum har passerat utan rapport; tidpunkten senast den 30 september 2024 passerade",
      "Enligt nämnden: En åtgärds datum har passerat utan rapport → Åtgärder pågår",
      "Enligt nämnden: Åtgärder pågår → En åtgärds datum har passerat utan rapport; tidpunkten 2025-03-31 passerade",
      "Enligt revisorerna: Ej bedömd av revisorerna → Genomförd enligt revisorerna",
      "Enligt nämnden: ny → Okänt om svar begärts",
    ]);
    expect(record.states.slice(3, 8).map((s) => describeStateChange(s, "en"))).toEqual([
      "As the body says: Awaiting response → Response date passed, no response on record; the date 31 May 2024 passed",
      "As the body says: Measures in progress → A measure's date passed without report; the date by 30 September 2024 passed",
      "As the body says: A measure's date passed without report → Measures in progress",
      "As the body says: Measures in progress → A measure's date passed without report; the date 31 March 2025 passed",
      "As the auditors found: Not assessed by the auditors → Implemented, as the auditors found",
    ]);
    expect(describeStateChange(record.states[0] as StateChangeRecord, "en")).toBe(
      "As the body says: new → Awaiting response",
    );
  });

  it("says a new date from the old, with the reason when the document gives one", () => {
    const moved = record.moved[0] as MovedDeadlineRecord;
    expect(describeMoved(moved, "sv")).toBe(
      "Åtgärd SN-2024-10/R1/1: senast den 30 september 2024 → 2025-03-31",
    );
    expect(describeMoved({ ...moved, reason: "remissen drog ut på tiden" }, "en")).toBe(
      "Measure SN-2024-10/R1/1: by 30 September 2024 → 31 March 2025, reason: remissen drog ut på tiden",
    );
    expect(describeMoved({ ...moved, reason: "remissen drog ut på tiden" }, "sv")).toBe(
      "Åtgärd SN-2024-10/R1/1: senast den 30 september 2024 → 2025-03-31, skäl: remissen drog ut på tiden",
    );
  });

  it("says a missed date as the timeline says a passed one, settled when it was", () => {
    expect(record.missed.map((m) => describeMissed(m, "sv"))).toEqual([
      "Svar: 2024-05-31 – passerad utan rapport",
      "Åtgärd SN-2024-10/R1/1: senast den 30 september 2024 – försenad: en källa säger att den inte hölls (avgjort 2024-11-10)",
      "Åtgärd SN-2024-10/R1/1: 2025-03-31 – passerad utan rapport",
    ]);
    expect(describeMissed(record.missed[1] as MissedDeadlineRecord, "en")).toBe(
      "Measure SN-2024-10/R1/1: by 30 September 2024 – late: a source says it was not kept (settled 10 November 2024)",
    );
  });

  it("names each kind of change, alone and as a heading", () => {
    const kinds = ["document", "state", "moved", "missed"] as const;
    expect(kinds.map((k) => [changeKindLabel(k, "sv"), changeGroupLabel(k, "sv")])).toEqual([
      ["Nytt dokument", "Nya dokument"],
      ["Lägesändring", "Lägesändringar"],
      ["Ny tidpunkt", "Nya tidpunkter"],
      ["Passerad tidpunkt", "Passerade tidpunkter"],
    ]);
    expect(kinds.map((k) => [changeKindLabel(k, "en"), changeGroupLabel(k, "en")])).toEqual([
      ["New document", "New documents"],
      ["State change", "State changes"],
      ["New date", "New dates"],
      ["Deadline passed", "Deadlines passed"],
    ]);
  });

  it("flags a recommendation with no response long after its issue, never calling it late", () => {
    const flag = { since: "2025-03-15", months: 13 };
    expect(describeNoResponse(flag, "sv")).toBe(
      "Inget svar i Spårbar 13 månader efter utfärdandet (sedan 15 mars 2025)",
    );
    expect(describeNoResponse(flag, "en")).toBe(
      "No response on record 13 months after the issue (since 15 March 2025)",
    );
  });
});
