import { describe, expect, it } from "vitest";
import { readAssessmentResult, recordAssessment } from "../src/format/assessment.ts";
import { type Corpus, queryRecommendations } from "../src/index.ts";
import { deadlines } from "../src/query/recommendations.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import { baseFiles, baseText, inlineCorpus } from "./helpers/inline-corpus.ts";

/** The base corpus after sn's measure R1/1 fell due (30 September 2024) with no report since. */
const day = "2025-06-30";

function assess(corpus: Corpus, extra: Partial<Parameters<typeof recordAssessment>[1]> = {}) {
  return recordAssessment(corpus, {
    recommendation: "REV-2024-1/R1",
    result: "genomförd",
    basis: "Rutinen är fastställd och används i samtliga verksamheter.",
    audit: "REV-2025-7",
    date: "2025-05-15",
    replace: false,
    ...extra,
  });
}

function withFile(file: string, text: string): Corpus {
  return inlineCorpus({ [file]: text });
}

describe("recording an assessment", () => {
  it("makes a follow-up audit of nothing but the assessment, which checks clean", () => {
    const outcome = assess(inlineCorpus());
    if (!outcome.ok) throw new Error(outcome.message.en);
    expect(outcome.created).toBe(true);
    expect(outcome.file).toBe("audits/testkommun/REV-2025-7.md");
    expect(outcome.text).toBe(
      [
        "---",
        "id: REV-2025-7",
        "kind: follow-up-audit",
        "organisation: testkommun",
        "title: Uppföljning av Granskning av arbetet mot våld i nära relationer",
        "date: 2025-05-15",
        "issued_by: revisionen",
        "follows_up:",
        "  - REV-2024-1",
        "assessments:",
        "  - audit: REV-2024-1",
        "    recommendation: R1",
        "    result: implemented",
        "    basis: Rutinen är fastställd och används i samtliga verksamheter.",
        "---",
        "",
        "",
      ].join("\n"),
    );
    const corpus = withFile(outcome.file, outcome.text);
    expect(corpus.diagnostics).toEqual([]);
  });

  it("takes the recommendation off every overdue list, while the body's track stays as it was", () => {
    const before = inlineCorpus();
    const overdue = (corpus: Corpus) =>
      queryRecommendations(corpus, day, { overdue: true }).map((r) => r.subject.key);
    expect(overdue(before)).toEqual(["testkommun/REV-2024-1/R1@sn", "testkommun/REV-2024-1/R2@ks"]);
    const outcome = assess(before);
    if (!outcome.ok) throw new Error(outcome.message.en);
    const after = withFile(outcome.file, outcome.text);
    expect(overdue(after)).toEqual(["testkommun/REV-2024-1/R2@ks"]);
    expect(deadlines(after, day, { passedOnly: true }).map((d) => d.subject.key)).toEqual([
      "testkommun/REV-2024-1/R2@ks",
    ]);
    const [row] = new CorpusView(after, day).rows({ audit: "REV-2024-1", body: "sn" });
    expect([row?.bodyState, row?.auditorState]).toEqual(["measure-passed", "implemented"]);
  });

  it("adds to an audit that exists, keeping its comments and every value", () => {
    const audit = baseText(baseFiles.audit)
      .replace(
        "---\n\n## Sammanfattning",
        "follows_up: [REV-2023-9] # den förra\n---\n\n## Sammanfattning",
      )
      .replace(/responses_due:\n(?: {2}.*\n)+/, "")
      .replace("id: REV-2024-1", "id: REV-2025-7")
      .replace("date: 2024-02-15", "date: 2025-05-15");
    const corpus = inlineCorpus({
      "audits/testkommun/REV-2025-7.md": audit.replace("[REV-2023-9]", "[REV-2024-1]"),
    });
    const outcome = assess(corpus, { body: "sn", result: "partly implemented" });
    if (!outcome.ok) throw new Error(outcome.message.en);
    expect(outcome.created).toBe(false);
    expect(outcome.text).toContain("follows_up: [REV-2024-1] # den förra\n");
    expect(outcome.text).toContain(
      "assessments:\n  - audit: REV-2024-1\n    recommendation: R1\n    result: partly-implemented\n    body: sn\n",
    );
    expect(outcome.text).toContain("## Sammanfattning\n\nRevisionen bedömer");
    const again = assess(withFile(outcome.file, outcome.text), { body: "sn" });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.message.en).toContain(
      "already assesses REV-2024-1 R1 for sn; nothing was written",
    );
    const replaced = assess(withFile(outcome.file, outcome.text), { body: "sn", replace: true });
    expect(replaced.ok && replaced.text).toContain("result: implemented");
  });

  it("refuses what it cannot read, saying what was meant", () => {
    expect(readAssessmentResult("Delvis genomförd")).toEqual({
      ok: true,
      result: "partly-implemented",
    });
    const word = assess(inlineCorpus(), { result: "genomfört" });
    expect(!word.ok && word.message.sv).toContain("menade du `genomförd`?");
    expect(!word.ok && word.message.en).toContain("did you mean `genomförd`?");
    const rec = assess(inlineCorpus(), { recommendation: "REV-2024-1/R3" });
    expect(!rec.ok && rec.message.en).toBe(
      'No audit has the recommendation "REV-2024-1/R3"; did you mean `REV-2024-1/R1` or `REV-2024-1/R2`?',
    );
    const body = assess(inlineCorpus(), { body: "ks" });
    expect(!body.ok && body.message.en).toContain("REV-2024-1 R1 is addressed to sn, not to ks");
    const early = assess(inlineCorpus(), { date: "2023-12-01" });
    expect(!early.ok && early.diagnostics?.map((d) => d.code)).toEqual(["date-order"]);
  });

  it("refuses an audit with neither recommendations nor assessments", () => {
    const corpus = inlineCorpus({
      "audits/testkommun/REV-2025-7.md":
        "---\nid: REV-2025-7\nkind: follow-up-audit\norganisation: testkommun\ntitle: Uppföljning\ndate: 2025-05-15\nissued_by: revisionen\n---\n",
    });
    expect(corpus.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "schema-missing-field",
        "`recommendations` is missing: an audit needs at least one recommendation, or, as a follow-up audit, at least one assessment under `assessments`",
      ],
    ]);
  });
});

describe("no response long after the issue", () => {
  it("is flagged 13 months after the audit, beside the state, never as late", () => {
    const corpus = inlineCorpus();
    const ks = corpus.subject("testkommun/REV-2024-1/R2@ks");
    if (!ks) throw new Error("no subject");
    expect(corpus.status(ks, "2025-03-14")?.noResponseSince).toBeUndefined();
    const status = corpus.status(ks, "2025-03-15");
    expect(status?.body).toBe("response-due-passed");
    expect(status?.noResponseSince).toBe("2025-03-15");
    const [row] = new CorpusView(corpus, "2025-03-15").rows({ body: "ks" });
    expect(row?.noResponse).toEqual({ since: "2025-03-15", months: 13 });
    const sn = corpus.subject("testkommun/REV-2024-1/R1@sn");
    expect(sn && corpus.status(sn, "2026-01-01")?.noResponseSince).toBeUndefined();
  });

  it("is flagged where it is unknown whether a response was asked for, counted from the end of the audit's period", () => {
    // Dated by its month and asking for nothing it lists: counted from 29 February 2024.
    const corpus = inlineCorpus({
      [baseFiles.audit]: baseText(baseFiles.audit)
        .replace("date: 2024-02-15", "date: februari 2024")
        .replace(/responses_due:\n(?: {2}- from: \w+\n {4}by: [\d-]+\n)+/, ""),
      [baseFiles.response]: null,
    });
    expect(corpus.diagnostics).toEqual([]);
    const ks = corpus.subject("testkommun/REV-2024-1/R2@ks");
    if (!ks) throw new Error("no subject");
    expect(corpus.status(ks, "2025-03-28")).toMatchObject({ body: "request-unknown" });
    expect(corpus.status(ks, "2025-03-28")?.noResponseSince).toBeUndefined();
    expect(corpus.status(ks, "2025-03-29")?.noResponseSince).toBe("2025-03-29");
  });
});
