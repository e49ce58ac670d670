// Hostile and unlucky input: each is refused at its line and column, in bounded time, never thrown.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadSource } from "../src/index.ts";
import { parseFrontMatterYaml, splitFrontMatter } from "../src/load/front-matter.ts";
import { LineIndex } from "../src/text/line-index.ts";
import { baseFiles, baseText, inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";

const responsePath = baseFiles.response;
const auditPath = baseFiles.audit;

function problems(file: string, text: string) {
  return loadSource(file, text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

/** A response whose front matter ends with `extra` lines. */
function responseWith(extra: string, body = "## R1 Rutiner\n\nStällningstagande: instämmer\n") {
  return responseFile(body).replace("\n---\n\n", `\n${extra}\n---\n\n`);
}

describe("YAML that would blow up a naive reader", () => {
  it("refuses an alias bomb at its first anchor, without expanding anything", () => {
    const levels = Array.from({ length: 9 }, (_, i) =>
      i === 0
        ? 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
        : `a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(",")}]`,
    );
    const found = problems(responsePath, responseWith(levels.join("\n")));
    expect(found[0]).toBe("10:5 yaml-alias");
    expect(found.every((p) => p.endsWith("yaml-alias"))).toBe(true);
  });

  it("reports deep brackets as too deep, not as a placeholder left in", () => {
    expect(
      problems(responsePath, responseWith(`x: ${"[".repeat(150)}a${"]".repeat(150)}`)),
    ).toEqual(["10:104 yaml-too-deep"]);
  });

  it("refuses 10,000 nested flow lists, and 10,000 nested block lists on one line", () => {
    expect(
      problems(responsePath, responseWith(`x: ${"[".repeat(10_000)}${"]".repeat(10_000)}`)),
    ).toEqual(["10:104 yaml-too-deep"]);
    expect(problems(responsePath, responseWith(`x:\n${"- ".repeat(10_000)}a`))).toEqual([
      "11:201 yaml-too-deep",
    ]);
    expect(
      problems(responsePath, responseWith(`x: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}`)),
    ).toEqual(["10:404 yaml-too-deep"]);
  });

  it("does not count brackets inside quotes, or apostrophes in plain text, as nesting", () => {
    const text = responseWith(
      `note: "${"[".repeat(500)}"\nother: it's ${"[".repeat(10)}a${"]".repeat(10)}`,
    );
    expect(problems(responsePath, text)).toContain("10:1 schema-unknown-field");
    expect(problems(responsePath, text).some((p) => p.endsWith("yaml-too-deep"))).toBe(false);
  });

  it("refuses a %YAML 1.1 directive, and reads yes, no and on as the words they are", () => {
    expect(problems(responsePath, `---\n%YAML 1.1\n${responseWith("").slice(4)}`)[0]).toBe(
      "2:1 yaml-directive",
    );
    const audit = baseText(auditPath)
      .replace("answer: partly", "answer: no")
      .replace(/^title: .*$/m, "title: on");
    const corpus = inlineCorpus({ [auditPath]: audit });
    expect(corpus.diagnostics).toEqual([]);
    const loaded = corpus.loaded.audits[0];
    expect(loaded?.data.questions[0]?.answer).toBe("no");
    expect(loaded?.data.title).toBe("on");
  });

  it("refuses a date that is not in the calendar, and takes the leap day", () => {
    for (const [date, expected] of [
      ["2024-02-30", ["9:7 period-impossible"]],
      ["2023-02-29", ["9:7 period-impossible"]],
      ["2025-13-01", ["9:7 period-impossible"]],
      ["2024-02-29", []],
    ] as const) {
      expect(problems(responsePath, responseFile("", { date }))).toEqual(expected);
    }
  });
});

describe("ids that would escape a folder or name no file", () => {
  it.each([
    ["../../etc/passwd", "contains"],
    ["..", "contains"],
    ["a/b", "contains"],
    ["CON", "reserved"],
    ["nul", "reserved"],
    ["lpt1", "reserved"],
    ["Malmo\u0308", "outside ASCII"],
    [".git", "contains"],
  ])("refuses the id %j at its place with a message saying why", (id, why) => {
    const result = loadSource(responsePath, responseFile("", { id: JSON.stringify(id) }));
    const found = result.diagnostics.filter((d) => d.code === "schema-invalid-id");
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(["2:5"]);
    expect(found[0]?.message).toContain(why);
    expect(result.document).toBeUndefined();
  });

  it("reads decomposed letters (NFD, as macOS writes them) as the composed ones", () => {
    const decomposed = "Yttrande fra\u030an na\u0308mnden i Malmo\u0308".normalize("NFD");
    const result = loadSource(
      responsePath,
      responseFile("", { title: JSON.stringify(decomposed) }),
    );
    const document = result.document;
    expect(document?.type === "response" && document.data.title).toBe(
      "Yttrande från nämnden i Malmö",
    );
  });
});

describe("Markdown that would blow up a naive reader", () => {
  it("refuses 10,000 levels of nested lists and quotes at the line where they go too deep", () => {
    const body = (text: string) =>
      responseFile(`## R1 Rutiner\n\nStällningstagande: instämmer\n\n${text}\n`);
    expect(problems(responsePath, body(`${"- ".repeat(10_000)}x`))).toEqual([
      "16:1 markdown-too-deep",
    ]);
    expect(problems(responsePath, body(`${"> ".repeat(10_000)}x`))).toEqual([
      "16:1 markdown-too-deep",
    ]);
    expect(problems(responsePath, body(`${"1. ".repeat(10_000)}x`))).toEqual([
      "16:1 markdown-too-deep",
    ]);
    // Nesting by indentation, as deep as the size limit allows.
    const indented = Array.from({ length: 800 }, (_, i) => `${"  ".repeat(i)}- punkt ${i}`).join(
      "\n",
    );
    expect(problems(responsePath, body(indented))).toEqual(["116:1 markdown-too-deep"]);
  });

  it("refuses long runs of brackets and emphasis at the mark that passes a limit", () => {
    const body = (text: string) =>
      responseFile(`## R1 Rutiner\n\nStällningstagande: instämmer\n\n${text}\n`);
    // Brackets inside brackets: the 33rd opens one level too deep.
    expect(problems(responsePath, body("[".repeat(200_000)))).toEqual(["16:33 markdown-too-deep"]);
    // Emphasis in one paragraph: the 301st mark is one too many.
    expect(problems(responsePath, body("*a ".repeat(50_000)))).toEqual([
      "16:901 markdown-too-complex",
    ]);
    // In short paragraphs, the file's limit of 10,000 marks.
    // 150 marks a paragraph: the 10,001st is the 101st of the 67th paragraph.
    expect(problems(responsePath, body(`${"*a* ".repeat(75)}\n\n`.repeat(70)))).toEqual([
      `${16 + 2 * 66}:201 markdown-too-complex`,
    ]);
  });

  it("reads what stays under the limits, placeholders-to-be included", () => {
    const body = `## R1 Rutiner\n\nStällningstagande: instämmer\n\n${"[a] ".repeat(150)}\n\n${"*a ".repeat(290)}\n`;
    expect(problems(responsePath, responseFile(body))).toEqual([]);
  });
});

describe("front matter, property-based", () => {
  const scalar = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(
      "yes",
      "no",
      "on",
      "off",
      "null",
      "~",
      "0x1F",
      "1e3",
      "2024-02-30",
      "# inte en kommentar",
      "- a",
      "[[datum]]",
      "'",
      '"',
    ),
    fc.integer(),
  );
  const value = fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), scalar, { maxKeys: 4 }),
  );
  const record = fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), value, { maxKeys: 8 });

  it("reads back exactly what any YAML writer wrote", () => {
    fc.assert(
      fc.property(record, (data) => {
        const yaml = stringify(data, { version: "1.2" });
        const text = `---\n${yaml}---\n\nText.\n`;
        const split = splitFrontMatter(text, "x.md");
        if ("code" in split) throw new Error(split.message);
        const parsed = parseFrontMatterYaml(split, "x.md", new LineIndex(text));
        expect(parsed.ok ? parsed.parsed.value : parsed.diagnostics).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on any front matter, and places every problem inside the file", () => {
    const yamlish = fc.array(
      fc.oneof(
        fc.constantFrom(
          "---",
          "- ",
          ": ",
          "[",
          "]",
          "{",
          "}",
          "&a ",
          "*a",
          "!!str ",
          "%YAML 1.1",
          "\t",
          "'",
          '"',
          "#",
          "\n",
          "id: ",
          "  ",
        ),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        yamlish,
        fc.constantFrom(responsePath, auditPath, "audits/testkommun/organisation.yaml"),
        (parts, file) => {
          const yaml = parts.join("");
          const text = file.endsWith(".yaml") ? yaml : `---\n${yaml}\n---\n\nText.\n`;
          const lines = text.split("\n").length;
          const result = loadSource(file, text);
          for (const d of result.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lines);
            expect(d.column).toBeGreaterThanOrEqual(1);
          }
          expect(
            result.document !== undefined || result.diagnostics.some((d) => d.severity === "error"),
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
