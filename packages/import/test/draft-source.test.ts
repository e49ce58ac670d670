import { loadSource, parsePeriod, stances } from "@sparbar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { responseDraft } from "../src/draft-source.ts";
import type { ImportedResponse } from "../src/index.ts";

const organisation = {
  id: "k",
  bodies: [
    { id: "sn", name: "Socialnämnden" },
    { id: "revisorerna", name: "Revisorerna", kind: "auditors" },
  ],
};

const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö][a-zåäö0-9]{0,9}$/);
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
const due = fc
  .constantFrom("2025-01-31", "i början av 2026", "hösten 2023", "den 31 maj 2024", "Q1 2026")
  .map((phrase) => {
    const read = parsePeriod(phrase);
    if (!read.ok) throw new Error(phrase);
    return read.period;
  });
const measure = fc.record(
  {
    text: words,
    due,
    responsible: words,
    done: fc.boolean(),
    line: fc.integer({ min: 1, max: 999 }),
  },
  { requiredKeys: ["text", "due", "line"] },
);
const section = fc.record(
  {
    number: fc.integer({ min: 1, max: 20 }),
    numbered: fc.boolean(),
    text: words,
    stance: fc.constantFrom(...stances),
    measures: fc.array(measure, { maxLength: 3 }),
    line: fc.integer({ min: 1, max: 999 }),
  },
  { requiredKeys: ["number", "numbered", "text", "measures", "line"] },
);

describe("the importer's response draft", () => {
  it("is read back by the loader as the importer found it (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(section, { minLength: 1, maxLength: 4 })
          .filter((all) => new Set(all.map((s) => s.number)).size === all.length),
        (sections) => {
          const response: ImportedResponse = {
            kind: "response",
            title: { value: "Yttrande över granskning av intern kontroll", line: 1 },
            date: { value: parsed("2025-03-14"), line: 2 },
            diaryNumbers: [{ value: "SN 2025/12", line: 3 }],
            body: { id: "sn", name: "Socialnämnden" },
            sections,
            answers: [{ value: "REV-2024-1", line: 4 }],
          };
          const draft = responseDraft(response, organisation, "svar.txt");
          const loaded = loadSource(draft.file, draft.text);
          // What the source did not say is left as a placeholder for the reviewer, by design.
          const errors = loaded.diagnostics.filter(
            (d) => d.severity === "error" && d.code !== "placeholder-left",
          );
          expect(errors).toEqual([]);
          const document = loaded.document;
          if (document?.type !== "response") throw new Error("no response read");
          expect(document.sections.map((s) => s.recommendation)).toEqual(
            sections.map((s) => `R${s.number}`),
          );
          for (const [k, s] of sections.entries()) {
            const read = document.sections[k];
            expect(read?.stance).toBe(s.stance);
            expect(
              read?.measures.map((m) => [m.text, m.done, m.due?.text, m.source, m.id_written]),
            ).toEqual(
              s.measures.map((m) => [
                m.responsible ? `${m.text} (ansvarig: ${m.responsible})` : m.text,
                m.done === true,
                m.due.text,
                `rad ${m.line}`,
                true,
              ]),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

function parsed(phrase: string) {
  const read = parsePeriod(phrase);
  if (!read.ok) throw new Error(phrase);
  return read.period;
}
