import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSource } from "../src/index.ts";
import { inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";

const file = "responses/testkommun/SN-2024-10.md";

function measureIds(body: string) {
  const corpus = inlineCorpus({ [file]: responseFile(body) });
  const response = corpus.index.response("testkommun", "SN-2024-10");
  return {
    ids: (response?.sections ?? []).flatMap((s) => s.measures.map((m) => [m.id, m.text])),
    diagnostics: corpus.diagnostics,
  };
}

const item = (text: string, id?: string) =>
  `- [ ] ${text} — den 30 september 2024${id === undefined ? "" : `\n  Id: ${id}`}`;

function section(items: string[]) {
  return `## R1 Rutiner\n\nStällningstagande: instämmer\n\n${items.join("\n")}\n`;
}

/** A later response by the same body that follows up a measure of SN-2024-10. */
function followUp(line: string) {
  return responseFile(
    `## R1 Rutiner\n\nRapporterat: Pågår\n\n- [ ] Arbetet pågår — 2025-06-30\n  ${line}\n`,
    {
      id: "SN-2025-3",
      kind: "follow-up-response",
      date: "2025-02-01",
    },
  );
}

describe("measure ids", () => {
  it("numbers measures by their place when none has a written id", () => {
    const { ids, diagnostics } = measureIds(section([item("Rutin"), item("Utbildning")]));
    expect(ids).toEqual([
      ["SN-2024-10/R1/1", "Rutin"],
      ["SN-2024-10/R1/2", "Utbildning"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("keeps written ids when measures are reordered or added", () => {
    const { ids, diagnostics } = measureIds(
      section([item("Ny åtgärd"), item("Utbildning", "2"), item("Rutin", "1"), item("Till sist")]),
    );
    expect(ids).toEqual([
      ["SN-2024-10/R1/3", "Ny åtgärd"],
      ["SN-2024-10/R1/2", "Utbildning"],
      ["SN-2024-10/R1/1", "Rutin"],
      ["SN-2024-10/R1/4", "Till sist"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("takes a word as an id, and never gives a number already written", () => {
    const { ids } = measureIds(section([item("Rutin", "rutin"), item("Annat"), item("X", "2")]));
    expect(ids.map(([id]) => id)).toEqual([
      "SN-2024-10/R1/rutin",
      "SN-2024-10/R1/3",
      "SN-2024-10/R1/2",
    ]);
  });

  it("refuses an id written twice in a section, and one that cannot be an id", () => {
    const twice = measureIds(section([item("Rutin", "1"), item("Utbildning", "1")]));
    expect(twice.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["duplicate-id", 19, 7],
    ]);
    const bad = measureIds(section([item("Rutin", "två ord")]));
    expect(bad.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["measure-id-invalid", 17, 7],
    ]);
  });

  it("ids stay the same whatever measures are added and however the written ones are ordered", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
        fc.integer(),
        (written, inserted, seed) => {
          const named = written.map((id) => item(`Åtgärd ${id}`, id));
          const shuffled = [...named].sort(
            (a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7),
          );
          for (const at of inserted) shuffled.splice(at, 0, item(`Tillagd ${at}`));
          const { ids, diagnostics } = measureIds(section(shuffled));
          expect(diagnostics).toEqual([]);
          for (const id of written)
            expect(ids).toContainEqual([`SN-2024-10/R1/${id}`, `Åtgärd ${id}`]);
          expect(new Set(ids.map(([id]) => id)).size).toBe(ids.length);
        },
      ),
    );
  });
});

describe("sparbar fmt writes the ids measures already have", () => {
  const text = responseFile(
    section([
      "- [ ] Rutin för att ställa frågor om våld\n  fastställs — den 30 september 2024\n  Återrapporteras till: sn",
      item("Utbildning"),
    ]),
  );

  it("under the statement, before the other lines, and only once", () => {
    const once = formatSource(file, text);
    if (!once.ok) throw new Error("not formatted");
    expect(once.text).toContain(
      "- [ ] Rutin för att ställa frågor om våld\n  fastställs — den 30 september 2024\n  Id: 1\n  Återrapporteras till: sn\n- [ ] Utbildning — den 30 september 2024\n  Id: 2\n",
    );
    const twice = formatSource(file, once.text);
    expect(twice.ok && twice.changed).toBe(false);
  });

  it("so that a measure added above an earlier one no longer takes its id", () => {
    const formatted = formatSource(file, text);
    if (!formatted.ok) throw new Error("not formatted");
    const added = formatted.text.replace("- [ ] Rutin", `${item("Ny")}\n- [ ] Rutin`);
    const { ids } = measureIds(added.slice(added.indexOf("## R1")));
    expect(ids).toEqual([
      ["SN-2024-10/R1/3", "Ny"],
      ["SN-2024-10/R1/1", "Rutin för att ställa frågor om våld fastställs"],
      ["SN-2024-10/R1/2", "Utbildning"],
    ]);
  });
});

describe("a follow-up names what it follows, and check holds it to that", () => {
  const earlier = responseFile(section([item("Rutin"), item("Utbildning")]));

  it("accepts a quote of what the earlier measure says", () => {
    const corpus = inlineCorpus({
      [file]: earlier,
      "responses/testkommun/SN-2025-3.md": followUp("Följer upp: SN-2024-10/R1/2 ”Utbildning”"),
    });
    expect(corpus.diagnostics).toEqual([]);
    const follower = corpus.index.response("testkommun", "SN-2025-3")?.sections[0]?.measures[0];
    expect(follower?.follows).toEqual(["SN-2024-10/R1/2"]);
    expect(follower?.follows_quoted?.map((q) => q.text)).toEqual(["Utbildning"]);
  });

  it("accepts the start of the words, cut with …", () => {
    const corpus = inlineCorpus({
      [file]: responseFile(section([item("Rutin för att ställa frågor om våld fastställs")])),
      "responses/testkommun/SN-2025-3.md": followUp(
        'Följer upp: SN-2024-10/R1/1 "Rutin för att ställa …"',
      ),
    });
    expect(corpus.diagnostics).toEqual([]);
  });

  it("refuses the link when a measure added above moved the id to other words, and names the id that has them", () => {
    const corpus = inlineCorpus({
      [file]: responseFile(section([item("Ny åtgärd"), item("Rutin"), item("Utbildning")])),
      "responses/testkommun/SN-2025-3.md": followUp("Följer upp: SN-2024-10/R1/2 ”Utbildning”"),
    });
    const [problem] = corpus.diagnostics;
    expect(problem).toMatchObject({
      code: "measure-reference-changed",
      file: "responses/testkommun/SN-2025-3.md",
      line: 17,
      column: 15,
      suggestions: ["SN-2024-10/R1/3"],
    });
    expect(problem?.message).toBe(
      'SN-2024-10/R1/2 now says "Rutin", not "Utbildning" as quoted here; did you mean `SN-2024-10/R1/3`?',
    );
  });

  it("refuses a link to a measure that is gone, suggesting the one with the quoted words", () => {
    const corpus = inlineCorpus({
      [file]: responseFile(section([item("Utbildning")])),
      "responses/testkommun/SN-2025-3.md": followUp("Följer upp: SN-2024-10/R1/2 ”Utbildning”"),
    });
    expect(corpus.diagnostics.map((d) => [d.code, d.suggestions])).toEqual([
      ["measure-unknown-reference", ["SN-2024-10/R1/1"]],
    ]);
  });
});
