import { describe, expect, it } from "vitest";
import type { Corpus } from "../src/index.ts";
import type { StatusEvent } from "../src/status/events.ts";
import { baseFiles, inlineCorpus, responseFile, subjectOf } from "./helpers/inline-corpus.ts";
import { followUp, followUpAudit, lifeFiles } from "./helpers/life.ts";
import { period } from "./helpers/period.ts";
import { planCorpus } from "./helpers/plan-corpus.ts";

/*
 * The dated events a recommendation's status is derived from, with every link between documents
 * resolved: who says what, when, and in what order; and the history of changes made from them.
 */

const R1 = "testkommun/REV-2024-1/R1@sn";

/** An event with its source and measures named by id, every other field as it is. */
function brief(e: StatusEvent) {
  const { source, ...rest } = e;
  const named = { ...rest, source: `${source.type}:${source.id}` };
  return e.type === "responded" ? { ...named, measures: e.measures.map((m) => m.id) } : named;
}

function eventsOf(corpus: Corpus, key = R1) {
  expect(corpus.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return corpus.events(subjectOf(corpus, key)).map(brief);
}

describe("the events of a recommendation's life", () => {
  it("are the issue, the response asked for, the response with its stance and measures, and the tick of a measure", () => {
    expect(eventsOf(inlineCorpus())).toStrictEqual([
      {
        type: "issued",
        when: period("2024-02-15"),
        voice: "issuer",
        source: "audit:REV-2024-1",
        asked: "unknown",
      },
      {
        type: "response-due",
        when: period("2024-02-15"),
        voice: "issuer",
        source: "audit:REV-2024-1",
        kind: "response",
        due: period("2024-05-31"),
      },
      {
        type: "responded",
        when: period("2024-05-28"),
        voice: "body",
        source: "response:SN-2024-10",
        speaker: "sn",
        kind: "response",
        content: "full",
        stance: "agrees",
        stanceText: "instämmer",
        measures: ["SN-2024-10/R1/1", "SN-2024-10/R1/2"],
      },
      {
        type: "measure-reported",
        when: period("2024-05-28"),
        voice: "body",
        source: "response:SN-2024-10",
        speaker: "sn",
        report: { measure: "SN-2024-10/R1/2", by: "SN-2024-10/R1/2", done: true },
      },
    ]);
  });

  it("carry only what the sources give: no date for a response asked for without one, no stance where none is stated", () => {
    const audit = `---
id: REV-2024-1
kind: audit
organisation: testkommun
title: Granskning
date: 2024-02-15
issued_by: revisionen
responses_asked: listed
responses_due:
  - from: sn
recommendations:
  - { id: R1, to: [sn], text: Säkerställ rutiner. }
---
`;
    const corpus = inlineCorpus({
      [baseFiles.audit]: audit,
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nNämnden återkommer.\n"),
    });
    expect(eventsOf(corpus)).toStrictEqual([
      {
        type: "issued",
        when: period("2024-02-15"),
        voice: "issuer",
        source: "audit:REV-2024-1",
        asked: "listed",
      },
      {
        type: "response-due",
        when: period("2024-02-15"),
        voice: "issuer",
        source: "audit:REV-2024-1",
        kind: "response",
      },
      {
        type: "responded",
        when: period("2024-05-20"),
        voice: "body",
        source: "response:SN-2024-10",
        speaker: "sn",
        kind: "response",
        content: "full",
        measures: [],
      },
    ]);
  });

  it("of a response to the audit as a whole and an assessment without a basis carry neither section nor basis", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile("Nämnden har svarat i ett protokoll.\n", {
        date: "2024-05-28",
      }),
      "audits/testkommun/REV-2025-3.md": followUpAudit.replace(
        "    basis: Rutinen är fastställd och införd.\n",
        "",
      ),
    });
    expect(eventsOf(corpus).slice(2)).toStrictEqual([
      {
        type: "responded",
        when: period("2024-05-28"),
        voice: "body",
        source: "response:SN-2024-10",
        speaker: "sn",
        kind: "response",
        content: "full",
        measures: [],
      },
      {
        type: "assessed",
        when: period("2025-06-01"),
        voice: "auditors",
        source: "audit:REV-2025-3",
        result: "implemented",
      },
    ]);
  });

  it("turn a later measure that follows an earlier one into a report on it, not a new promise", () => {
    const events = eventsOf(inlineCorpus(lifeFiles)).filter((e) => e.when.end >= "2024-11-10");
    expect(events).toStrictEqual([
      {
        type: "responded",
        when: period("2024-11-10"),
        voice: "body",
        source: "response:SN-2024-20",
        speaker: "sn",
        kind: "follow-up-response",
        content: "full",
        reported: { state: "in-progress", text: "Rutinen är på remiss." },
        measures: [],
      },
      {
        type: "measure-reported",
        when: period("2024-11-10"),
        voice: "body",
        source: "response:SN-2024-20",
        speaker: "sn",
        report: {
          measure: "SN-2024-10/R1/1",
          by: "SN-2024-20/R1/1",
          done: false,
          due: period("2025-03-31"),
        },
      },
      {
        type: "measure-reported",
        when: period("2024-11-10"),
        voice: "body",
        source: "response:SN-2024-20",
        speaker: "sn",
        report: {
          measure: "SN-2024-10/R1/2",
          by: "SN-2024-20/R1/2",
          done: true,
          doneWhen: period("oktober 2024"),
        },
      },
      {
        type: "assessed",
        when: period("2025-06-01"),
        voice: "auditors",
        source: "audit:REV-2025-3",
        result: "implemented",
        basis: "Rutinen är fastställd och införd.",
      },
    ]);
  });

  it("follow a chain of later measures to the promise they report on, each once", () => {
    const split = responseFile(
      [
        "## R1 Rutiner",
        "",
        "- [ ] Rutinen skrivs — 2025-03-31",
        "  Följer upp: SN-2024-10/R1/1",
        "- [ ] Rutinen remitteras — 2025-04-30",
        "  Följer upp: SN-2024-10/R1/1",
        "",
      ].join("\n"),
      { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
    );
    const merged = responseFile(
      [
        "## R1 Rutiner",
        "",
        "- [x] Rutinen är skriven, remitterad och fastställd",
        "  Följer upp: SN-2024-20/R1/1, SN-2024-20/R1/2",
        "",
      ].join("\n"),
      { id: "SN-2025-30", kind: "follow-up-response", date: "2025-06-15" },
    );
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": split,
      "responses/testkommun/SN-2025-30.md": merged,
    });
    const reports = eventsOf(corpus)
      .filter((e) => e.type === "measure-reported")
      .map((e) => ("report" in e ? [e.report.measure, e.report.by, e.report.done] : []));
    expect(reports).toEqual([
      ["SN-2024-10/R1/2", "SN-2024-10/R1/2", true],
      ["SN-2024-10/R1/1", "SN-2024-20/R1/1", false],
      ["SN-2024-10/R1/1", "SN-2024-20/R1/2", false],
      ["SN-2024-10/R1/1", "SN-2025-30/R1/1", true],
    ]);
    const status = corpus.status(subjectOf(corpus, R1), "2025-06-30");
    expect(status?.measures.map((m) => [m.measure.id, m.state])).toEqual([
      ["SN-2024-10/R1/1", "done"],
      ["SN-2024-10/R1/2", "done"],
    ]);
    expect(status?.body).toBe("reported-done");
  });

  it("do not count another body's document that reports on this body's measure", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/KS-2024-40.md": responseFile(
        "## R2 Uppföljning\n\n- [x] Socialnämndens rutin är fastställd\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "KS-2024-40", body: "ks", date: "2024-11-10" },
      ),
    });
    expect(eventsOf(corpus).filter((e) => e.source === "response:KS-2024-40")).toEqual([]);
    const status = corpus.status(subjectOf(corpus, R1), "2024-12-01");
    expect(status?.measures[0]?.state).toBe("passed");
    expect(status?.speakers).toEqual(["sn"]);
  });

  it("keep the auditors' assessment of each addressee to that addressee", () => {
    const audit = `---
id: REV-2024-1
kind: audit
organisation: testkommun
title: Granskning
date: 2024-02-15
issued_by: revisionen
recommendations:
  - { id: R1, to: [sn, ks], text: Samverka om rutiner. }
---
`;
    const assessing = (date: string, lines: string[]) => `---
id: REV-${date.slice(0, 4)}-9
kind: follow-up-audit
organisation: testkommun
title: Uppföljning
date: ${date}
issued_by: revisionen
recommendations:
  - { id: R1, to: [sn], text: Fortsätt. }
follows_up: [REV-2024-1]
assessments:
${lines.join("\n")}
---
`;
    const corpus = inlineCorpus({
      [baseFiles.audit]: audit,
      [baseFiles.response]: null,
      "audits/testkommun/REV-2025-9.md": assessing("2025-06-01", [
        "  - { audit: REV-2024-1, recommendation: R1, body: sn, result: partly-implemented }",
        "  - { audit: REV-2024-1, recommendation: R1, body: ks, result: not-implemented, basis: Inget har gjorts. }",
      ]),
      "audits/testkommun/REV-2026-9.md": assessing("2026-06-01", [
        "  - { audit: REV-2024-1, recommendation: R1, result: implemented }",
      ]),
    });
    const track = (key: string) =>
      corpus.history(subjectOf(corpus, key), "2026-12-31").map((c) => [c.day, c.auditor]);
    expect(track(R1)).toEqual([
      ["2024-02-15", "not-assessed"],
      ["2025-06-01", "partly-implemented"],
      ["2026-06-01", "implemented"],
    ]);
    expect(track("testkommun/REV-2024-1/R1@ks")).toEqual([
      ["2024-02-15", "not-assessed"],
      ["2025-06-01", "not-implemented"],
      ["2026-06-01", "implemented"],
    ]);
    const ks = corpus.status(subjectOf(corpus, "testkommun/REV-2024-1/R1@ks"), "2025-12-31");
    expect(ks?.lastAssessment).toEqual(
      expect.objectContaining({ id: "REV-2025-9", basis: "Inget har gjorts." }),
    );
    const sn = corpus.status(subjectOf(corpus, R1), "2025-12-31");
    expect(sn?.lastAssessment).toStrictEqual({
      type: "audit",
      organisation: "testkommun",
      id: "REV-2025-9",
      file: "audits/testkommun/REV-2025-9.md",
    });
  });

  it("are in the order they certainly happened: a year's events before those on its last day", () => {
    const yearAudit = followUpAudit
      .replace("date: 2025-06-01", "date: 2024")
      .replace("id: REV-2025-3", "id: REV-2024-9");
    const corpus = inlineCorpus({
      "audits/testkommun/REV-2024-9.md": yearAudit,
      "responses/testkommun/SN-2024-20.md": followUp.replace(
        "date: 2024-11-10",
        "date: 2024-12-31",
      ),
    });
    expect(eventsOf(corpus).map((e) => [e.type, e.when.text, e.source])).toEqual([
      ["issued", "2024-02-15", "audit:REV-2024-1"],
      ["response-due", "2024-02-15", "audit:REV-2024-1"],
      ["responded", "2024-05-28", "response:SN-2024-10"],
      ["measure-reported", "2024-05-28", "response:SN-2024-10"],
      ["assessed", "2024", "audit:REV-2024-9"],
      ["responded", "2024-12-31", "response:SN-2024-20"],
      ["measure-reported", "2024-12-31", "response:SN-2024-20"],
      ["measure-reported", "2024-12-31", "response:SN-2024-20"],
    ]);
  });
});

describe("reports that name a body", () => {
  const corpusWith = (section: string) =>
    planCorpus(
      [
        "responses_asked: listed",
        "recommendations:",
        "  - { id: A2, to: [bn, sn], text: Nämnderna ser över sina rutiner. }",
      ],
      `## A2 Rutiner\n\n${section}\n`,
    );

  it("for the body a report names, are that report, and the rest of the writer's section noted after it", () => {
    const corpus = corpusWith(
      "Rapporterat för bn (ej påbörjat): Byggnämnden har inte börjat.\n\n- [ ] Rutinen ses över — 2024-09-30",
    );
    const bn = eventsOf(corpus, "testkommun/PLAN-1/A2@bn").filter((e) => e.type !== "issued");
    expect(bn).toStrictEqual([
      {
        type: "responded",
        when: period("2024-06-01"),
        voice: "body",
        source: "response:SN-2024-30",
        speaker: "sn",
        kind: "report-back",
        content: "full",
        reported: { state: "not-started", text: "Byggnämnden har inte börjat." },
        measures: [],
      },
      {
        type: "noted",
        when: period("2024-06-01"),
        voice: "another-body",
        source: "response:SN-2024-30",
        speaker: "sn",
        kind: "report-back",
      },
    ]);
  });

  it("count for the body named, and leave the writer's own report as it was", () => {
    const corpus = corpusWith(
      "Rapporterat (pågår): Arbetet pågår.\n\nRapporterat för bn (ej påbörjat): Byggnämnden har inte börjat.",
    );
    const sn = corpus.status(subjectOf(corpus, "testkommun/PLAN-1/A2@sn"), "2024-06-01");
    expect(sn?.reported).toEqual({ state: "in-progress", text: "Arbetet pågår.", speaker: "sn" });
    const bn = corpus.status(subjectOf(corpus, "testkommun/PLAN-1/A2@bn"), "2024-06-01");
    expect(bn?.measures).toEqual([]);
    expect(bn?.reported).toEqual({
      state: "not-started",
      text: "Byggnämnden har inte börjat.",
      speaker: "sn",
    });
  });

  it("naming a body the organisation lacks count for no one, and the rest is still derived", () => {
    const corpus = corpusWith(
      "Rapporterat (pågår): Arbetet pågår.\n\nRapporterat för kulturnämnden: Genomfört.",
    );
    expect(corpus.diagnostics.map((d) => d.code)).toEqual(["report-unknown-body"]);
    expect(corpus.status(subjectOf(corpus, "testkommun/PLAN-1/A2@sn"), "2024-06-01")?.body).toBe(
      "in-progress",
    );
    expect(corpus.status(subjectOf(corpus, "testkommun/PLAN-1/A2@bn"), "2024-06-01")?.body).toBe(
      "not-requested",
    );
  });
});

describe("the history made of the events", () => {
  it("lists the issue alone on its day: the response it asks for shows as a deadline", () => {
    const corpus = inlineCorpus(lifeFiles);
    const first = corpus.history(subjectOf(corpus, R1), "2024-03-01")[0];
    expect(first?.events.map((e) => e.type)).toEqual(["issued"]);
    expect(corpus.status(subjectOf(corpus, R1), "2024-03-01")?.responseDue?.end).toBe("2024-05-31");
  });

  it("ends on the day asked for, a change the day after a deadline included", () => {
    const corpus = inlineCorpus(lifeFiles);
    const r1 = subjectOf(corpus, R1);
    expect(corpus.history(r1, "2024-09-30").map((c) => c.day)).toEqual([
      "2024-02-15",
      "2024-05-28",
    ]);
    expect(corpus.history(r1, "2024-10-01").map((c) => [c.day, c.body])).toEqual([
      ["2024-02-15", "awaiting-response"],
      ["2024-05-28", "in-progress"],
      ["2024-10-01", "measure-passed"],
    ]);
  });

  it("marks which days changed a state, and names only the deadlines that passed the day before", () => {
    const corpus = inlineCorpus({
      ...lifeFiles,
      "responses/testkommun/SN-2025-40.md": responseFile(
        "## R1 Rutiner\n\nNämnden har inget nytt att rapportera.\n",
        { id: "SN-2025-40", kind: "follow-up-response", date: "2025-02-01" },
      ),
    });
    const history = corpus.history(subjectOf(corpus, R1), "2025-12-31");
    expect(
      history.map((c) => [c.day, c.changed, c.body, c.auditor, c.deadlines.map((d) => d.end)]),
    ).toEqual([
      ["2024-02-15", true, "awaiting-response", "not-assessed", []],
      ["2024-05-28", true, "in-progress", "not-assessed", []],
      ["2024-10-01", true, "measure-passed", "not-assessed", ["2024-09-30"]],
      ["2024-11-10", true, "in-progress", "not-assessed", []],
      ["2025-02-01", false, "in-progress", "not-assessed", []],
      ["2025-04-01", true, "measure-passed", "not-assessed", ["2025-03-31"]],
      ["2025-06-01", true, "measure-passed", "implemented", []],
    ]);
  });
});
