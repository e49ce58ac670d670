import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditorStates, bodyStates } from "../src/index.ts";
import { addDays, daysBetween, minDay, quarterEnd } from "../src/periods/calendar.ts";
import { countsByQuarter } from "../src/status/aggregate.ts";
import { statusAt } from "../src/status/derive.ts";
import { type Change, stateOn } from "../src/status/history.ts";
import { baseFiles, baseText, inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";

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

const followUpAudit = `---
id: REV-2025-3
kind: follow-up-audit
organisation: testkommun
title: Uppföljande granskning
date: 2025-06-01
issued_by: revisionen
recommendations:
  - id: R1
    to: [sn]
    text: Fortsätt arbetet.
follows_up: [REV-2024-1]
assessments:
  - audit: REV-2024-1
    recommendation: R1
    result: implemented
    basis: Rutinen är fastställd och införd.
---
`;

function subject(corpus: ReturnType<typeof inlineCorpus>, key: string) {
  const found = corpus.subject(key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

describe("status over a recommendation's life", () => {
  const corpus = inlineCorpus({
    "responses/testkommun/SN-2024-20.md": followUp,
    "audits/testkommun/REV-2025-3.md": followUpAudit,
  });
  const r1 = subject(corpus, "testkommun/REV-2024-1/R1@sn");
  const r2 = subject(corpus, "testkommun/REV-2024-1/R2@ks");

  it("has no problems in its documents", () => {
    expect(corpus.diagnostics).toEqual([]);
  });

  it("does not exist before it is issued", () => {
    expect(corpus.status(r1, "2024-02-14")).toBeUndefined();
  });

  it("awaits a response, then falls overdue the day after the deadline", () => {
    expect(corpus.status(r2, "2024-02-15")?.body).toBe("awaiting-response");
    expect(corpus.status(r2, "2024-05-31")?.body).toBe("awaiting-response");
    const late = corpus.status(r2, "2024-06-01");
    expect(late?.body).toBe("response-overdue");
    expect(late?.missed).toEqual([
      expect.objectContaining({
        what: "response",
        due: expect.objectContaining({ end: "2024-05-31" }),
      }),
    ]);
  });

  it("is in progress once answered with one measure done and one planned", () => {
    const status = corpus.status(r1, "2024-05-28");
    expect(status).toMatchObject({
      body: "in-progress",
      auditor: "not-assessed",
      stance: "agrees",
    });
    expect(status?.nextDue).toMatchObject({ what: "measure", measureId: "SN-2024-10/R1/1" });
  });

  it("falls overdue when a measure's deadline passes", () => {
    expect(corpus.status(r1, "2024-09-30")?.body).toBe("in-progress");
    expect(corpus.status(r1, "2024-10-01")?.body).toBe("measure-overdue");
  });

  it("keeps the missed deadline when a follow-up moves the date", () => {
    const status = corpus.status(r1, "2024-11-10");
    expect(status?.body).toBe("in-progress");
    const moved = status?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(moved).toMatchObject({
      state: "moved",
      movedTo: { id: "SN-2024-20/R1/1", day: "2024-11-10" },
    });
    expect(status?.missed).toEqual([
      expect.objectContaining({ what: "measure", measureId: "SN-2024-10/R1/1" }),
    ]);
    expect(status?.nextDue?.period.end).toBe("2025-03-31");
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
      ["2024-06-01", "response-overdue"],
    ]);
    expect(history[1]?.deadlinePassed).toBe(true);
    const r1History = corpus.history(r1, "2025-12-31");
    expect(r1History.map((c) => [c.day, c.body, c.auditor])).toEqual([
      ["2024-02-15", "awaiting-response", "not-assessed"],
      ["2024-05-28", "in-progress", "not-assessed"],
      ["2024-10-01", "measure-overdue", "not-assessed"],
      ["2024-11-10", "in-progress", "not-assessed"],
      ["2025-04-01", "measure-overdue", "not-assessed"],
      ["2025-06-01", "measure-overdue", "implemented"],
    ]);
  });

  it("counts states quarter by quarter from the histories", () => {
    const histories = corpus.subjects.map((s) => corpus.history(s, "2024-12-31"));
    const rows = countsByQuarter(histories, "2024-12-31");
    expect(rows.map((r) => r.quarter)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(rows[0]?.body["awaiting-response"]).toBe(2);
    expect(rows[1]?.body).toMatchObject({ "in-progress": 1, "response-overdue": 1 });
    expect(rows[2]?.day).toBe("2024-09-30");
    expect(rows[3]?.body).toMatchObject({ "in-progress": 1, "response-overdue": 1 });
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
          body: c.body,
          auditor: c.auditor,
          events: [],
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
      }),
    );
  });
});

describe("declining and answering without measures", () => {
  it("a body that disagrees and promises nothing has declined", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        "## R1 Rutiner\n\nStällningstagande: instämmer inte\n\nNämnden har redan rutiner.\n",
      ),
    });
    expect(corpus.status(subject(corpus, "testkommun/REV-2024-1/R1@sn"), "2024-06-01")?.body).toBe(
      "declined",
    );
  });

  it("a body that agrees but promises nothing has answered", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n"),
    });
    expect(corpus.status(subject(corpus, "testkommun/REV-2024-1/R1@sn"), "2024-06-01")?.body).toBe(
      "answered",
    );
  });

  it("a response without sections answers the audit as a whole", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("Nämnden har svarat i ett protokoll.\n"),
    });
    const status = corpus.status(subject(corpus, "testkommun/REV-2024-1/R1@sn"), "2024-06-01");
    expect(status?.body).toBe("answered");
    expect(status?.stance).toBeUndefined();
  });
});

describe("status is a pure function of dated events", () => {
  const corpus = inlineCorpus({ "responses/testkommun/SN-2024-20.md": followUp });
  const r1 = subject(corpus, "testkommun/REV-2024-1/R1@sn");
  const events = corpus.events(r1);
  const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays("2024-01-01", n));

  it("gives the same answer from a fresh corpus built from the same files", () => {
    const again = inlineCorpus({ "responses/testkommun/SN-2024-20.md": followUp });
    const r1Again = subject(again, "testkommun/REV-2024-1/R1@sn");
    fc.assert(
      fc.property(
        day,
        (d) => JSON.stringify(corpus.status(r1, d)) === JSON.stringify(again.status(r1Again, d)),
      ),
    );
  });

  it("does not depend on what happens after the day (deadlines aside)", () => {
    fc.assert(
      fc.property(day, (d) => {
        const known = events.filter((e) => e.day <= d || e.type === "response-due");
        return (
          JSON.stringify(statusAt(known, d, corpus.index)) ===
          JSON.stringify(statusAt(events, d, corpus.index))
        );
      }),
    );
  });

  it("a measure is overdue exactly when its deadline has passed unmet", () => {
    fc.assert(
      fc.property(day, (d) => {
        const status = corpus.status(r1, d);
        if (!status) return d < "2024-02-15";
        return status.measures.every((m) => {
          const passed = m.measure.due !== undefined && daysBetween(m.measure.due.end, d) > 0;
          return (m.state === "overdue") === (passed && m.state !== "done" && m.state !== "moved");
        });
      }),
    );
  });
});

describe("the base audit alone", () => {
  it("starts with its response still awaited", () => {
    const corpus = inlineCorpus({ [baseFiles.response]: null });
    expect(corpus.status(subject(corpus, "testkommun/REV-2024-1/R1@sn"), "2024-03-01")?.body).toBe(
      "awaiting-response",
    );
    expect(baseText(baseFiles.audit)).toContain("REV-2024-1");
  });
});
