import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Corpus,
  deadlineCalendar,
  exportCorpus,
  exportedStatus,
  openCorpus,
  statusCsv,
} from "../src/index.ts";
import { toCsv } from "../src/serialise/csv.ts";
import { toIcs } from "../src/serialise/ics.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import { repoRoot } from "./helpers/fixtures.ts";
import { baseFiles, inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";
import { lifeFiles, reportedEarlier } from "./helpers/life.ts";
import { period } from "./helpers/period.ts";
import { planCorpus } from "./helpers/plan-corpus.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
let corpus: Corpus;
beforeAll(async () => {
  corpus = await openCorpus(repoRoot);
});

describe("CSV for Swedish Excel", () => {
  it("starts with a byte order mark, separates with semicolons and ends lines with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", "2"]]);
    expect(csv).toBe("\uFEFFa;b\r\n1;2\r\n");
  });

  it("quotes fields with semicolons, quotes and line breaks", () => {
    expect(toCsv(["x"], [['a;b "c"\nd']])).toBe('\uFEFFx\r\n"a;b ""c""\nd"\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv(["x"], [['=HYPERLINK("http://evil")'], ["+1"], ["-2"], ["@SUM(A1)"]])).toBe(
      '\uFEFFx\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
  });

  it("round-trips any text through a standard CSV reading (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        (cells) => {
          const safe = cells.map((c) => c.replace(/^[=+\-@\t\r]/, "x"));
          const csv = toCsv(
            safe.map((_, i) => `c${i}`),
            [safe],
          );
          return parseCsv(csv.slice(1))[1]?.join("\u0000") === safe.join("\u0000");
        },
      ),
    );
  });

  it("exports the seed corpus with Swedish headers and one row per recommendation and addressee", () => {
    const csv = statusCsv(corpus, "2026-11-22", "sv");
    const rows = parseCsv(csv.slice(1)).filter((r) => r.length > 1);
    expect(rows[0]?.[0]).toBe("Organisation");
    expect(rows[0]).toContain("Läge enligt nämnden");
    expect(rows).toHaveLength(corpus.subjects.length + 1);
    const column = (name: string) => rows[0]?.indexOf(name) ?? -1;
    const r5 = rows.find((r) => r[1] === "SR-2023-81" && r[column("Rekommendation")] === "R5");
    expect(r5?.[column("Granskningens diarienummer")]).toBe("SR-2023-81");
    expect(r5?.[column("Läge enligt nämnden")]).toBe("En åtgärds datum har passerat utan rapport");
    expect(r5?.[column("Bedömning av revisorerna")]).toBe("Ej bedömd av revisorerna");
  });
});

/** A small RFC 4180 reader with `;` separators, to check what Excel would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("iCalendar deadlines", () => {
  const stamp = new Date("2026-11-22T12:00:00Z");

  it("writes all-day events that end the day after they start", () => {
    const ics = toIcs(
      "Test",
      [{ uid: "a@sparbar", day: "2024-05-31", summary: "Åtgärd: R5" }],
      stamp,
    );
    expect(ics).toContain("DTSTART;VALUE=DATE:20240531\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20240601\r\n");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("escapes text and folds long lines at 75 octets without splitting letters", () => {
    const summary = `Åtgärd; med, komma\\ och ${"ö".repeat(80)}`;
    const ics = toIcs("Test", [{ uid: "b@sparbar", day: "2024-12-31", summary }], stamp);
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`SUMMARY:Åtgärd\\; med\\, komma\\\\ och ${"ö".repeat(80)}`);
  });

  it("lists the seed corpus's open measures with stable ids, named by what they promise", () => {
    const rows = new CorpusView(corpus, "2024-04-01").deadlines({ withinDays: 120 });
    const ics = deadlineCalendar(rows, "sv", stamp).replace(/\r\n /g, "");
    expect(rows.length).toBeGreaterThan(0);
    expect(ics).toContain("UID:malmo/ASN-2024-2039/R5/3@sparbar");
    expect(ics).toContain("DTSTART;VALUE=DATE:20240531");
    expect(ics).toContain("SUMMARY:Åtgärd: Förskolenämnden genomför en genomlysning");
  });

  it("makes one event for a response owed on several recommendations", () => {
    const audit = `---
id: REV-9
kind: audit
organisation: testkommun
title: Granskning
date: 2024-02-15
issued_by: revisionen
responses_asked: listed
responses_due:
  - from: sn
    by: 2024-05-31
recommendations:
  - { id: R1, to: [sn], text: Gör ett. }
  - { id: R2, to: [sn], text: Gör två. }
---
`;
    const inline = inlineCorpus({ "audits/testkommun/REV-9.md": audit });
    const rows = new CorpusView(inline, "2024-03-01")
      .deadlines()
      .filter((r) => r.audit.id === "REV-9");
    expect(rows).toHaveLength(2);
    const ics = deadlineCalendar(rows, "sv", stamp).replace(/\r\n /g, "");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("Rekommendationer: R1\\, R2");
  });
});

describe("JSON export", () => {
  it("follows the published JSON Schema, as any JSON Schema validator reads it", () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "schemas", "export.schema.json"), "utf8"),
    );
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const data = JSON.parse(JSON.stringify(exportCorpus(corpus, "2026-11-22")));
    expect(validate(data) ? [] : validate.errors?.slice(0, 3)).toEqual([]);
    expect(data.statuses).toHaveLength(corpus.subjects.length);
  });

  it("a broken export fails that validation", () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "schemas", "export.schema.json"), "utf8"),
    );
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const data = JSON.parse(JSON.stringify(exportCorpus(corpus, "2026-11-22")));
    data.statuses[0].body_state = "fine";
    expect(ajv.validate(schema, data)).toBe(false);
  });
});

describe("a status as open data", () => {
  it("is the status of one addressee, its measures with their dates and reports, and the changes of either track", () => {
    const life = inlineCorpus(lifeFiles);
    const subject = life.subject("testkommun/REV-2024-1/R1@sn");
    if (!subject) throw new Error("no subject");
    const day = "2025-12-31";
    const status = life.status(subject, day);
    if (!status) throw new Error("no status");
    expect(exportedStatus(subject, status, life.history(subject, day))).toStrictEqual({
      key: "testkommun/REV-2024-1/R1@sn",
      organisation: "testkommun",
      audit: "REV-2024-1",
      recommendation: "R1",
      body: "sn",
      text: "Säkerställ att rutiner för att upptäcka våld finns i samtliga verksamheter.",
      body_state: "measure-passed",
      auditor_state: "implemented",
      reported_by: [],
      stance: "partly-agrees",
      last_response: "SN-2024-20",
      last_assessment: "REV-2025-3",
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
      measures: [
        {
          id: "SN-2024-10/R1/1",
          text: "Rutin för att ställa frågor om våld fastställs",
          state: "passed",
          given: period("2024-05-28"),
          source: "SN-2024-10",
          due: period("2025-03-31"),
          promised_due: period("senast den 30 september 2024"),
          moves: [
            {
              when: period("2024-11-10"),
              due: period("2025-03-31"),
              by: "SN-2024-20/R1/1",
              source: "SN-2024-20",
            },
          ],
        },
        {
          id: "SN-2024-10/R1/2",
          text: "Utbildning för enhetschefer hålls",
          state: "done",
          given: period("2024-05-28"),
          source: "SN-2024-10",
          due: period("2024-12-31"),
          done: {
            reported: period("2024-11-10"),
            source: "SN-2024-20",
            done_when: period("oktober 2024"),
          },
          moves: [],
        },
        {
          id: "SN-2024-10/R1/3",
          text: "Checklista införd",
          state: "done",
          given: period("2024-05-28"),
          source: "SN-2024-10",
          done: { reported: period("2024-05-28"), source: "SN-2024-10" },
          moves: [],
        },
      ],
      history: [
        { day: "2024-02-15", body: "awaiting-response", auditor: "not-assessed" },
        { day: "2024-05-28", body: "in-progress", auditor: "not-assessed" },
        { day: "2024-10-01", body: "measure-passed", auditor: "not-assessed" },
        { day: "2024-11-10", body: "in-progress", auditor: "not-assessed" },
        { day: "2025-04-01", body: "measure-passed", auditor: "not-assessed" },
        { day: "2025-06-01", body: "measure-passed", auditor: "implemented" },
      ],
    });
  });

  it("keeps only the days a state changed, names who reported for another body, and the next date", () => {
    const life = inlineCorpus({
      ...lifeFiles,
      "responses/testkommun/SN-2024-30.md": responseFile("## R1 Rutiner\n\nInget nytt.\n", {
        id: "SN-2024-30",
        kind: "follow-up-response",
        date: "2024-12-01",
      }),
    });
    const subject = life.subject("testkommun/REV-2024-1/R1@sn");
    if (!subject) throw new Error("no subject");
    const day = "2024-12-31";
    const status = life.status(subject, day);
    if (!status) throw new Error("no status");
    const exported = exportedStatus(subject, status, life.history(subject, day));
    expect(exported.history.map((c) => c.day)).toEqual([
      "2024-02-15",
      "2024-05-28",
      "2024-10-01",
      "2024-11-10",
    ]);
    expect(exported.next_due).toEqual(period("2025-03-31"));
    expect(exported.last_response).toBe("SN-2024-30");
    expect(exported.measures[2]?.done).toStrictEqual({
      reported: period("2024-05-28"),
      source: "SN-2024-10",
    });
  });

  it("names the body that reported for another, and the earlier response that first reported a measure done", () => {
    const plan = planCorpus(
      ["recommendations:", "  - { id: A2, to: [bn, sn], text: Nämnderna ser över sina rutiner. }"],
      "## A2 Rutiner\n\nRapporterat för bn (pågår): Byggnämnden har börjat.\n",
      reportedEarlier,
    );
    const statuses = exportCorpus(plan, "2025-06-30").statuses;
    const byKey = (key: string) => statuses.find((s) => s.key === key);
    expect(byKey("testkommun/PLAN-1/A2@bn")?.reported_by).toEqual(["sn"]);
    expect(byKey("testkommun/PLAN-1/A2@sn")?.reported_by).toEqual([]);
    expect(byKey("testkommun/REV-2024-1/R1@sn")?.measures[0]?.done).toStrictEqual({
      reported: period("2024-09-20"),
      source: "SN-2024-20",
      first_reported_in: "SN-2024-15",
    });
  });

  it("leaves out what is not known: no stance, no next date, no response, no assessment", () => {
    const statuses = exportCorpus(inlineCorpus(), "2024-06-15").statuses;
    expect(statuses.find((s) => s.key === "testkommun/REV-2024-1/R2@ks")).toStrictEqual({
      key: "testkommun/REV-2024-1/R2@ks",
      organisation: "testkommun",
      audit: "REV-2024-1",
      recommendation: "R2",
      body: "ks",
      text: "Följ upp arbetet mot våld i nära relationer årligen.",
      body_state: "response-due-passed",
      auditor_state: "not-assessed",
      reported_by: [],
      passed: [{ what: "response", due: period("2024-05-31"), outcome: "passed" }],
      measures: [],
      history: [
        { day: "2024-02-15", body: "awaiting-response", auditor: "not-assessed" },
        { day: "2024-06-01", body: "response-due-passed", auditor: "not-assessed" },
      ],
    });
  });

  it("lists the seed corpus's statuses by organisation, audit date, item and body, and only those issued by the day", () => {
    const all = exportCorpus(new Corpus(corpus.loaded), "2026-11-22");
    expect([...new Set(all.statuses.map((s) => `${s.organisation}/${s.audit}`))]).toEqual([
      "malmo/STK-2019-76",
      "malmo/fri-fran-vald-2022-2026",
      "malmo/SR-2023-81",
      "orebro/granskning-vinr-2022",
      "orebro/granskning-hrv-2025",
    ]);
    expect(all.statuses.slice(0, 4).map((s) => `${s.recommendation}@${s.body}`)).toEqual([
      "U1@asn",
      "U2@asn",
      "U3@forskolenamnden",
      "U3@fritidsnamnden",
    ]);
    const early = exportCorpus(new Corpus(corpus.loaded), "2023-01-01");
    expect(early.statuses.map((s) => s.audit)).not.toContain("SR-2023-81");
    expect(early.statuses).toHaveLength(
      corpus.subjects.filter((s) => s.audit.data.date.end <= "2023-01-01").length,
    );
  });

  it("publishes the documents' Markdown without the comments left for their writers", () => {
    const withComments = inlineCorpus({
      [baseFiles.response]: responseFile(
        "<!-- Utkast: stäm av med\nförvaltningen -->\n## R1 Rutiner\n\nStällningstagande: instämmer <!-- kontrollera -->\n\nText.\n<!-- slut -->",
      ),
    });
    const exported = exportCorpus(withComments, "2024-12-31");
    const response = exported.responses.find((r) => r.id === "SN-2024-10");
    expect(response?.markdown).toBe("\n## R1 Rutiner\n\nStällningstagande: instämmer \nText.\n");
  });
});
