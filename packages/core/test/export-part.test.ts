import { describe, expect, it } from "vitest";
import { exportCorpus, exportedStatus } from "../src/index.ts";
import { inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";
import { lifeFiles } from "./helpers/life.ts";
import { period } from "./helpers/period.ts";
import { recordsView } from "./helpers/records-corpus.ts";

/*
 * The open data for part of a corpus (`sparbar export --org/--body/--audit`): the statuses it
 * covers, the audits they come from and the responses to those audits. The corpus is the one of
 * helpers/records-corpus.ts: REV-2024-1 (R10 to ks, R2 to sn and ks), its follow-up REV-2025-3
 * (R1 to sn), PLAN-1 (A1 to sf), sn's response SN-2024-10 to REV-2024-1, and an empty Östra.
 */

function part(filter: { organisation?: string; body?: string; audit?: string }) {
  const data = exportCorpus(recordsView("2025-12-31").corpus, "2025-12-31", filter);
  return {
    organisations: data.organisations.map((o) => o.id),
    audits: data.audits.map((a) => a.id),
    responses: data.responses.map((r) => r.id),
    statuses: data.statuses.map((s) => s.key.replace("testkommun/", "")),
  };
}

describe("the open data of part of a corpus", () => {
  it("of everything: every organisation, document and status", () => {
    const all = part({});
    expect(all.organisations.toSorted()).toEqual(["ostra", "testkommun"]);
    expect(all.audits.toSorted()).toEqual(["PLAN-1", "REV-2024-1", "REV-2025-3"]);
    expect(all.responses).toEqual(["SN-2024-10"]);
    expect(all.statuses).toHaveLength(5);
  });

  it("of an organisation: its own, and an empty one has nothing but itself", () => {
    expect(part({ organisation: "testkommun" })).toEqual({
      ...part({}),
      organisations: ["testkommun"],
    });
    expect(part({ organisation: "ostra" })).toEqual({
      organisations: ["ostra"],
      audits: [],
      responses: [],
      statuses: [],
    });
  });

  it("of an audit: the audit, the responses to it and its recommendations' statuses", () => {
    expect(part({ organisation: "testkommun", audit: "REV-2024-1" })).toEqual({
      organisations: ["testkommun"],
      audits: ["REV-2024-1"],
      responses: ["SN-2024-10"],
      statuses: ["REV-2024-1/R2@ks", "REV-2024-1/R2@sn", "REV-2024-1/R10@ks"],
    });
    // The follow-up is answered by no response.
    expect(part({ organisation: "testkommun", audit: "REV-2025-3" })).toEqual({
      organisations: ["testkommun"],
      audits: ["REV-2025-3"],
      responses: [],
      statuses: ["REV-2025-3/R1@sn"],
    });
    expect(part({ organisation: "ostra", audit: "REV-2024-1" }).audits).toEqual([]);
  });

  it("of a body: the audits with recommendations to it, and only its own responses to them", () => {
    expect(part({ organisation: "testkommun", body: "sn" })).toEqual({
      organisations: ["testkommun"],
      audits: ["REV-2024-1", "REV-2025-3"],
      responses: ["SN-2024-10"],
      // Oldest audit first.
      statuses: ["REV-2024-1/R2@sn", "REV-2025-3/R1@sn"],
    });
    // Kommunstyrelsen decided sn's response, but the response is sn's.
    expect(part({ organisation: "testkommun", body: "ks" })).toEqual({
      organisations: ["testkommun"],
      audits: ["REV-2024-1"],
      responses: [],
      statuses: ["REV-2024-1/R2@ks", "REV-2024-1/R10@ks"],
    });
    expect(part({ organisation: "testkommun", body: "sf" })).toMatchObject({
      audits: ["PLAN-1"],
      responses: [],
    });
    expect(part({ organisation: "ostra", body: "ks" })).toEqual({
      organisations: ["ostra"],
      audits: [],
      responses: [],
      statuses: [],
    });
  });
});

describe("a status as open data: what later documents and the long silence add", () => {
  it("carries a new date's reason, a dropped measure, and the day no response became a fact", () => {
    const corpus = inlineCorpus({
      ...lifeFiles,
      "responses/testkommun/SN-2024-20.md": responseFile(
        [
          "## R1 Rutiner",
          "",
          "- [ ] Rutinen fastställs efter remiss — 2025-03-31",
          "  Följer upp: SN-2024-10/R1/1",
          "  Skäl: remissen drog ut på tiden",
          "- [ ] Utbildningen",
          "  Följer upp: SN-2024-10/R1/2",
          "  Utgår: ryms inte i budgeten",
          "",
        ].join("\n"),
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    expect(corpus.diagnostics).toEqual([]);
    const exported = (key: string, day: string) => {
      const subject = corpus.subject(key);
      const status = subject && corpus.status(subject, day);
      if (!subject || !status) throw new Error(`no status of ${key}`);
      return exportedStatus(subject, status, corpus.history(subject, day));
    };
    const r1 = exported("testkommun/REV-2024-1/R1@sn", "2025-12-31");
    expect(r1.measures[0]?.moves).toEqual([
      {
        when: period("2024-11-10"),
        due: period("2025-03-31"),
        by: "SN-2024-20/R1/1",
        source: "SN-2024-20",
        reason: "remissen drog ut på tiden",
      },
    ]);
    expect(r1.measures[1]).toMatchObject({
      state: "dropped",
      dropped: { when: period("2024-11-10"), reason: "ryms inte i budgeten", source: "SN-2024-20" },
    });
    expect(r1.measures[2]?.dropped).toBeUndefined();
    expect(r1.no_response_since).toBeUndefined();
    // ks never answered R2 of 15 February 2024: thirteen months on, 15 March 2025.
    expect(exported("testkommun/REV-2024-1/R2@ks", "2025-03-14").no_response_since).toBeUndefined();
    expect(exported("testkommun/REV-2024-1/R2@ks", "2025-03-15").no_response_since).toBe(
      "2025-03-15",
    );
  });
});
