import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSectionHeading } from "../src/index.ts";
import { readReportedState, readStance } from "../src/syntax/response-syntax.ts";
import { baseFiles, inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";

function sections(body: string, frontMatter: Record<string, string> = {}) {
  const corpus = inlineCorpus({ [baseFiles.response]: responseFile(body, frontMatter) });
  const response = corpus.index.response("testkommun", "SN-2024-10");
  return { corpus, sections: response?.sections ?? [], diagnostics: corpus.diagnostics };
}

describe("section headings", () => {
  it.each([
    ["R1 Rutiner", { item: "R1", title: "Rutiner" }],
    ["R12: Uppföljning", { item: "R12", title: "Uppföljning" }],
    ["SR-2023-81 R3 Kartläggning", { audit: "SR-2023-81", item: "R3", title: "Kartläggning" }],
    ["KS4", { item: "KS4", title: "" }],
  ])("%s", (text, expected) => {
    expect(readSectionHeading(text)).toEqual(expected);
  });

  it.each(["Sammanfattning", "Yttrande", "Bakgrund 2024", "r1 lowercase"])(
    "%s is prose, not a section",
    (text) => {
      expect(readSectionHeading(text)).toBeUndefined();
    },
  );
});

describe("stances and reported states", () => {
  it.each([
    ["instämmer", "agrees"],
    ["Instämmer helt.", "agrees"],
    ["instämmer delvis", "partly-agrees"],
    ["delvis", "partly-agrees"],
    ["instämmer inte", "disagrees"],
    ["Instämmer ej", "disagrees"],
    ["inget ställningstagande", "no-stance"],
    ["partly agrees", "partly-agrees"],
    ["disagrees", "disagrees"],
  ])("stance %s → %s", (text, stance) => {
    expect(readStance(text)).toBe(stance);
  });

  it.each([
    ["Genomfört.", "done"],
    ["Genomfört, med fokus på rehabiliteringsprocessen", "done"],
    ["pågår", "in-progress"],
    ["Görs exempelvis genom uppföljningen", "in-progress"],
    ["delvis genomfört", "partly-done"],
    ["Ej påbörjat", "not-started"],
  ])("reported %s → %s", (text, state) => {
    expect(readReportedState(text)).toBe(state);
  });

  it("an unknown stance word is not guessed", () => {
    expect(readStance("kanske")).toBeUndefined();
    expect(readReportedState("Vi får se")).toBeUndefined();
  });
});

describe("reading a response body", () => {
  it("takes stance, report and measures from each section, leaving prose sections alone", () => {
    const { sections: found, diagnostics } = sections(
      [
        "## Sammanfattning",
        "",
        "Nämnden välkomnar granskningen.",
        "",
        "## R1 Rutiner",
        "",
        "Ställningstagande: instämmer delvis",
        "",
        "Rapporterat (pågår): Arbetet har startat.",
        "",
        "- [ ] Rutin fastställs — senast den 30 september 2024",
        "  Återrapporteras till: nämnden",
        "- [x] Chefer utbildade",
        "  Genomförd: våren 2024",
        "- vanlig punkt utan kryssruta",
        "",
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(found).toHaveLength(1);
    const [r1] = found;
    expect(r1).toMatchObject({
      recommendation: "R1",
      title: "Rutiner",
      stance: "partly-agrees",
      stance_text: "instämmer delvis",
      reported: { state: "in-progress", text: "Arbetet har startat." },
      place: { line: 16, column: 1 },
    });
    expect(r1?.measures).toHaveLength(2);
    expect(r1?.measures[0]).toMatchObject({
      id: "SN-2024-10/R1/1",
      text: "Rutin fastställs",
      done: false,
      report_to: "nämnden",
      due: { text: "senast den 30 september 2024", end: "2024-09-30", qualifier: "by" },
      place: { line: 22, column: 7 },
    });
    expect(r1?.measures[1]).toMatchObject({
      id: "SN-2024-10/R1/2",
      done: true,
      done_when: { text: "våren 2024" },
    });
  });

  it("keeps a measure's own dashes and takes the due date after the last em dash", () => {
    const { sections: found } = sections(
      "## R1 Plan\n\nStällningstagande: instämmer\n\n- [ ] Planen Fri från våld – en gemensam angelägenhet ses över — hösten 2024\n",
    );
    expect(found[0]?.measures[0]).toMatchObject({
      text: "Planen Fri från våld – en gemensam angelägenhet ses över",
      due: { end: "2024-12-31" },
    });
  });

  it("accepts two hyphens for the em dash", () => {
    const { sections: found } = sections(
      "## R1 Plan\n\nStällningstagande: instämmer\n\n- [ ] Rutin -- 2024-09\n",
    );
    expect(found[0]?.measures[0]?.due?.iso).toBe("2024-09");
  });

  it("reports a due date it cannot read at the date's own column", () => {
    const { diagnostics } = sections(
      "## R1 Plan\n\nStällningstagande: instämmer\n\n- [ ] Rutin — så snart som möjligt\n",
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: "period-unparseable", line: 16, column: 15 }),
    );
  });

  it("follows up several earlier measures", () => {
    const { sections: found } = sections(
      "## R1 Plan\n\nStällningstagande: instämmer\n\n- [x] Klart\n  Följer upp: SN-2024-10/R1/2, SN-2024-10/R1/3\n",
    );
    expect(found[0]?.measures[0]?.follows).toEqual(["SN-2024-10/R1/2", "SN-2024-10/R1/3"]);
  });

  it("reads any well-formed measure line back: text, due words and done state (property)", () => {
    const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö]{1,10}$/);
    const due = fc.constantFrom(
      "den 31 maj 2024",
      "i januari 2025",
      "hösten 2024",
      "2025-Q2",
      "under 2025",
      "tertial 2 2025",
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        due,
        fc.boolean(),
        (words, phrase, done) => {
          const text = words.join(" ");
          const { sections: found } = sections(
            `## R1 Plan\n\nStällningstagande: instämmer\n\n- [${done ? "x" : " "}] ${text} — ${phrase}\n`,
          );
          const measure = found[0]?.measures[0];
          return measure?.text === text && measure.due?.text === phrase && measure.done === done;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("measures that open with inline markup", () => {
  it("do not take the checkbox into their text", () => {
    const { sections: found } = sections(
      "## R1 Plan\n\nStällningstagande: instämmer\n\n- [ ] *Trygga barnet* startar på 73 förskolor — under 2024\n",
    );
    expect(found[0]?.measures[0]?.text).toBe("*Trygga barnet* startar på 73 förskolor");
  });
});

describe("what is read, and what is reported instead of being read otherwise", () => {
  it("reads a stance or report label in bold or italics as documented", () => {
    for (const line of [
      "**Ställningstagande:** instämmer delvis",
      "**Ställningstagande**: instämmer delvis",
      "**Ställningstagande: instämmer delvis**",
      "_Ställningstagande:_ instämmer delvis",
    ]) {
      const { sections: found, diagnostics } = sections(`## R1 Rutiner\n\n${line}\n`);
      expect(found[0]?.stance, line).toBe("partly-agrees");
      expect(found[0]?.stance_text, line).toBe("instämmer delvis");
      expect(
        diagnostics.filter((d) => d.code !== "recommendation-unanswered"),
        line,
      ).toEqual([]);
    }
  });

  it("ends a section at a bold heading, so that its measures are not filed under the one before", () => {
    const { sections: found, diagnostics } = sections(
      [
        "## R1 Rutiner",
        "",
        "Ställningstagande: instämmer",
        "",
        "- [ ] Rutin fastställs — senast den 30 september 2024",
        "",
        "**R2 Uppföljning**",
        "",
        "- [ ] Uppföljning varje år — 2025",
        "- [x] Första uppföljningen gjord",
        "",
      ].join("\n"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.measures.map((m) => m.text)).toEqual(["Rutin fastställs"]);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: "section-heading-unread",
        line: 18,
        column: 1,
        suggestions: ["## R2 Uppföljning"],
      }),
    );
  });

  it("reads a measure with Q1-2026 as due at the end of March, not of December", () => {
    const { sections: found } = sections(
      "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Rutin fastställs — Q1-2026\n",
    );
    expect(found[0]?.measures[0]?.due).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
  });

  it("keeps neither date of a measure with two, and says where both are", () => {
    const { sections: found, diagnostics } = sections(
      "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Rutin — hösten 2024 — våren 2025\n",
    );
    expect(found[0]?.measures[0]?.due).toBeUndefined();
    expect(found[0]?.measures[0]?.text).toBe("Rutin");
    const twice = diagnostics.find((d) => d.code === "measure-due-twice");
    expect(twice).toMatchObject({ line: 16, column: 29, severity: "error" });
    expect(twice?.related?.[0]).toMatchObject({ line: 16, column: 15 });
  });

  it("does not read a task item nested under another as a measure of its own", () => {
    const { sections: found, diagnostics } = sections(
      "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Rutin — 2024\n  - [ ] Delsteg — 2024-06\n",
    );
    expect(found[0]?.measures.map((m) => m.text)).toEqual(["Rutin"]);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: "measure-unread", line: 17, column: 3 }),
    );
  });

  it("reports a measure or a stance written before the first section", () => {
    const { diagnostics } = sections(
      "Ställningstagande: instämmer\n\n- [ ] Rutin — 2024\n\n## R1 Rutiner\n\nStällningstagande: instämmer\n",
    );
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(
      expect.arrayContaining(["12:1 label-unread", "14:1 measure-unread"]),
    );
  });
});

describe("the lines `sparbar import` writes under a measure", () => {
  it("reads `Källa:` as where the measure was read from, not as part of its date", () => {
    const { sections: found, diagnostics } = sections(
      "## R1 Rutiner\n\nStällningstagande: instämmer\n\n- [ ] Rutin fastställs — hösten 2024\n  Källa: rad 70\n",
    );
    expect(diagnostics).toEqual([]);
    expect(found[0]?.measures[0]).toMatchObject({
      text: "Rutin fastställs",
      due: { text: "hösten 2024" },
      source: "rad 70",
    });
  });
});
