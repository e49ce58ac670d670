import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/diagnostics/catalogue.ts";
import { readResponseBody } from "../src/load/response-body.ts";
import { parseMarkdown } from "../src/markdown/parse.ts";
import { type ReportedState, stances } from "../src/schema/section.ts";
import {
  allMeasureLabels,
  allSectionLabels,
  canonicalMeasureLine,
  followsValue,
  type MeasureField,
  measureKeyLine,
  measureKeyLineText,
  measureLabels,
  measureLine,
  readSectionHeading,
  reportedLine,
  reportedPhrases,
  reportedToChoose,
  reportedVocabulary,
  sectionHeadingLine,
  stanceLine,
  stancePhrases,
  stanceToChoose,
  stanceVocabulary,
} from "../src/syntax/response-syntax.ts";
import { LineIndex } from "../src/text/line-index.ts";

/** Reads a response body as the loader does, the body standing alone in its file. */
function read(body: string) {
  return readResponseBody(parseMarkdown(body), {
    file: "SN-2024-10.md",
    text: body,
    lines: new LineIndex(body),
    bodyOffset: 0,
    bodyLine: 1,
    responseId: "SN-2024-10",
  });
}

const reportedStates = Object.keys(reportedPhrases) as ReportedState[];
/** Words a statement or a value is written in: letters, Swedish ones too, and digits. */
const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö][a-zåäö0-9]{0,9}$/);
/** Prose that no label opens and no separator cuts. */
const prose = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((words) => words.join(" "))
  .filter((text) => !allMeasureLabels.some((l) => text.toLowerCase().startsWith(l.toLowerCase())));
const dueWords = fc.constantFrom(
  "2025-01-31",
  "i början av 2026",
  "innan sommaren 2024",
  "den 31 maj 2024",
  "under 2024–2025",
  "hösten 2023",
  "Q1 2026",
);
const measureId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,8}$/);
const earlierId = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{2,4}-20\d\d-\d{1,4}$/),
    fc.integer({ min: 1, max: 9 }),
    measureId,
  )
  .map(([response, r, local]) => `${response}/R${r}/${local}`);

const measure = fc
  .record(
    {
      done: fc.boolean(),
      text: prose,
      due: dueWords,
      id: measureId,
      reportTo: prose,
      follows: fc.array(fc.tuple(earlierId, fc.option(prose, { nil: undefined })), {
        minLength: 1,
        maxLength: 3,
      }),
      doneWhen: dueWords,
      reportedIn: fc.stringMatching(/^[a-z]{2,4}-20\d\d-\d\d$/),
      reason: prose,
      dropped: prose,
      source: prose,
    },
    { requiredKeys: ["done", "text", "id"] },
  )
  // An open promise needs its date, unless it is dropped: the reader says so otherwise.
  .filter((m) => m.done || m.due !== undefined || m.dropped !== undefined);

const section = fc.record(
  {
    item: fc.integer({ min: 1, max: 30 }).map((n) => `R${n}`),
    title: prose,
    stance: fc.constantFrom(...stances),
    reported: fc.constantFrom(...reportedStates),
    reportedFor: fc.tuple(fc.stringMatching(/^[a-z]{2,6}$/), fc.constantFrom(...reportedStates)),
    measures: fc.array(measure, { maxLength: 4 }),
  },
  { requiredKeys: ["item", "title", "measures"] },
);

type WrittenSection = typeof section extends fc.Arbitrary<infer T> ? T : never;

/** A section as the writers write it. */
function write(s: WrittenSection): string {
  const lines = [sectionHeadingLine(s.item, s.title), ""];
  if (s.stance) lines.push(stanceLine(stancePhrases[s.stance]), "");
  if (s.reported) lines.push(reportedLine(reportedPhrases[s.reported]), "");
  if (s.reportedFor)
    lines.push(reportedLine(reportedPhrases[s.reportedFor[1]], s.reportedFor[0]), "");
  for (const m of s.measures) {
    lines.push(measureLine({ done: m.done, text: m.text, ...(m.due ? { due: m.due } : {}) }));
    lines.push(measureKeyLineText("id", m.id));
    const fields: [MeasureField, string | undefined][] = [
      ["reportTo", m.reportTo],
      ["doneWhen", m.doneWhen],
      ["reportedIn", m.reportedIn],
      ["reason", m.reason],
      ["dropped", m.dropped],
      ["source", m.source],
    ];
    for (const [field, value] of fields)
      if (value !== undefined) lines.push(measureKeyLineText(field, value));
    for (const [id, quoted] of m.follows ?? [])
      lines.push(measureKeyLineText("follows", followsValue(id, quoted)));
  }
  return `${lines.join("\n")}\n`;
}

describe("the response body's syntax", () => {
  it("whatever the writers write, the reader reads back", () => {
    fc.assert(
      fc.property(
        fc
          .array(section, { minLength: 1, maxLength: 3 })
          .filter((all) => new Set(all.map((s) => s.item)).size === all.length)
          // Local ids are unique within a section, as the writers number them.
          .filter((all) =>
            all.every((s) => new Set(s.measures.map((m) => m.id)).size === s.measures.length),
          ),
        (written) => {
          const { sections, diagnostics } = read(written.map(write).join("\n"));
          expect(diagnostics).toEqual([]);
          expect(sections.map((s) => s.recommendation)).toEqual(written.map((s) => s.item));
          for (const [k, s] of written.entries()) {
            const got = sections[k];
            expect(got?.title).toBe(s.title);
            expect(got?.stance).toBe(s.stance);
            expect(got?.reported?.state).toBe(s.reported);
            expect(got?.reported_for.map((r) => [r.body, r.state])).toEqual(
              s.reportedFor ? [s.reportedFor] : [],
            );
            expect(got?.measures.length).toBe(s.measures.length);
            for (const [j, m] of s.measures.entries()) {
              const back = got?.measures[j];
              expect(back?.id).toBe(`SN-2024-10/${s.item}/${m.id}`);
              expect(back?.done).toBe(m.done);
              expect(back?.text).toBe(m.text);
              expect(back?.due?.text).toBe(m.due);
              expect(back?.report_to).toBe(m.reportTo);
              expect(back?.done_when?.text).toBe(m.doneWhen);
              expect(back?.reported_in).toBe(m.reportedIn);
              expect(back?.reason).toBe(m.reason);
              expect(back?.dropped).toBe(m.dropped);
              expect(back?.source).toBe(m.source);
              expect(back?.follows).toEqual(m.follows?.map(([id]) => id));
              const quotes = (m.follows ?? []).filter(([, quoted]) => quoted !== undefined);
              expect(back?.follows_quoted?.map((q) => [q.id, q.text]) ?? []).toEqual(quotes);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("every label is read as the field it names, in any case", () => {
    for (const [field, labels] of Object.entries(measureLabels))
      for (const label of labels)
        for (const written of [label, label.toUpperCase(), label.toLowerCase()])
          expect(measureKeyLine(`  ${written}: värde`)).toMatchObject({ field, value: "värde" });
  });

  it("the phrases the writers write are the vocabulary's own", () => {
    for (const stance of stances)
      expect(stanceVocabulary.read(stancePhrases[stance])).toMatchObject({
        ok: true,
        value: stance,
      });
    for (const state of reportedStates)
      expect(reportedVocabulary.read(reportedPhrases[state])).toMatchObject({
        ok: true,
        value: state,
      });
  });

  it("a draft's choices are placeholders the reader leaves unread, not guesses", () => {
    const { sections, diagnostics } = read(
      `${sectionHeadingLine("R1", "Rutiner")}\n\n${stanceLine(stanceToChoose)}\n\n${reportedLine(reportedToChoose)}\n`,
    );
    expect(diagnostics).toEqual([]);
    expect(sections[0]?.stance).toBeUndefined();
    expect(sections[0]?.reported).toBeUndefined();
    expect(stanceToChoose).toBe("[[instämmer / instämmer delvis / instämmer inte]]");
  });

  it("a heading the writer writes opens the section it names", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), prose, (n, title) => {
        const heading = sectionHeadingLine(`R${n}`, title).replace(/^## /, "");
        expect(readSectionHeading(heading)).toEqual({ item: `R${n}`, title });
      }),
    );
  });

  it("fmt writes a measure typed another way as the writers write it", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        prose,
        dueWords,
        fc.constantFrom("-", "*", "+"),
        fc.boolean(),
        (done, text, due, bullet, capital) => {
          const box = done ? (capital ? "X" : "x") : " ";
          const typed = `${bullet} [${box}] ${text} -- ${due}`;
          expect(canonicalMeasureLine(typed)).toBe(measureLine({ done, text, due }));
        },
      ),
    );
  });

  it("every label a problem's words tell the writer to write is one the reader reads", () => {
    const told = Object.values(catalogue).flatMap((entry) =>
      [entry.title, entry.hint].flatMap((text) =>
        [text.sv, text.en].flatMap((words) =>
          [...words.matchAll(/`(\p{Lu}[\p{L} ]*?)(?: \([^)`]*\))?:/gu)].map((m) => m[1] ?? ""),
        ),
      ),
    );
    expect(told.length).toBeGreaterThan(10);
    const documented = [...allSectionLabels, ...allMeasureLabels];
    for (const label of told) {
      const named = label.replace(/ (?:för|for) \S+$/u, "");
      expect(documented, label).toContain(named);
    }
  });
});
