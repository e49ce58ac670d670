// Inputs for the fuzzing harness: front matter from a YAML grammar, bodies from a Markdown
// grammar, and byte-level mutations of the seed documents. Each gives the bytes of one file and
// the corpus path it goes to.
import fc from "fast-check";

export interface FuzzFile {
  /** Corpus path the file is written to. */
  as: string;
  bytes: Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

// ---- Words -------------------------------------------------------------------------------

/** Text a writer types, pastes or mistypes: Swedish letters, curly quotes, odd spaces. */
const word = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "nämnden",
      "åtgärd",
      "Rutin",
      "öka",
      "R1",
      "SR-2023-81",
      "sn",
      "asn",
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "“citat”",
      "‘id’",
      "a\u00a0b",
      "zero\u200bwidth",
      "\u202eöver",
      "tab\there",
      "\u000b",
      "\f",
      "\u001b[31m",
      "ä".normalize("NFD"),
      "\ufeff",
      "[[datum]]",
      "#",
      ": ",
      "- ",
      "'",
      '"',
      "\\",
      "&a",
      "*a",
      "!tag",
      "%",
      "@",
      "`",
      "|",
      ">",
      "{",
      "}",
      "[",
      "]",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);

const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" "));

// ---- YAML ----------------------------------------------------------------------------------

const fieldNames = [
  "id",
  "kind",
  "organisation",
  "body",
  "to",
  "answers",
  "title",
  "title_en",
  "date",
  "decision",
  "path",
  "gaps",
  "language",
  "source",
  "minute",
  "recommendations",
  "questions",
  "responses_due",
];

const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...fieldNames) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,10}$/) },
  { weight: 1, arbitrary: fc.constantFrom("", "? a", "- a", "a b", "Title", "id ", "\u00a0id") },
);

const scalar = fc.oneof(
  words,
  fc.constantFrom(
    "SN-2024-10",
    "sn",
    "testkommun",
    "response",
    "follow-up-response",
    "2024-05-20",
    "2024-02-30",
    "2025-Q4",
    "den 31 maj 2024",
    "hösten 2025",
    "123",
    "0x1F",
    "1e3",
    "true",
    "no",
    "null",
    "~",
    "",
    "   ",
    "R1000",
    "R1234567",
    "CON",
    "../x",
  ),
  words.map((w) => JSON.stringify(w)),
  words.map((w) => `'${w.replaceAll("'", "''")}'`),
  words.map((w) => `"${w}`),
  words.map((w) => `"\\u202E${w}\\x07"`),
  words.map((w) => `!tag ${w}`),
  words.map((w) => `!!str ${w}`),
  words.map((w) => `&anchor ${w}`),
  fc.constant("*anchor"),
  words.map((w) => `|\n  ${w}\n  ${w}`),
  fc.nat({ max: 200 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
);

/** A YAML value at some depth: scalars, flow and block lists and maps. */
const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: scalar },
    {
      weight: 1,
      arbitrary: fc.array(scalar, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(tie("value"), { minLength: 1, maxLength: 3 })
        .map(
          (items) =>
            `\n${items.map((item) => `  - ${item.replaceAll("\n", "\n    ")}`).join("\n")}`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(key, tie("value")), { minLength: 1, maxLength: 3 })
        .map(
          (pairs) =>
            `\n${pairs.map(([k, v]) => `  ${k}: ${v.replaceAll("\n", "\n  ")}`).join("\n")}`,
        ),
    },
  ),
})).value;

/** Indentation a writer gets wrong: tabs, non-breaking spaces, one space too many. */
const indentGlitch = fc.constantFrom("", "", "", "", " ", "\t", "\u00a0", "   ");

const frontMatterLines = fc
  .array(
    fc.tuple(indentGlitch, key, fc.constantFrom(": ", ": ", ":", ":\t", " : ", ":\u00a0"), value),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((lines) => lines.map(([indent, k, colon, v]) => `${indent}${k}${colon}${v}`).join("\n"));

/** A plausible response's front matter, with a few fields of the grammar's own. */
const responseFrontMatter = fc
  .tuple(
    fc.constantFrom(
      "id: SN-2024-10\nkind: response\norganisation: testkommun\nbody: sn\nto: [revisionen]\nanswers: [REV-2024-1]\ntitle: Yttrande\ndate: 2024-05-20",
      "",
    ),
    frontMatterLines,
  )
  .map(([known, extra]) => (known ? `${known}\n${extra}` : extra));

// ---- Markdown ------------------------------------------------------------------------------

const inline = fc.oneof(
  { weight: 5, arbitrary: words },
  { weight: 1, arbitrary: words.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: words.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: words.map((w) => `[${w}](https://example.se/${encodeURIComponent(w)})`) },
  { weight: 1, arbitrary: words.map((w) => `![${w}](bild.png)`) },
  { weight: 1, arbitrary: words.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: words.map((w) => `<span>${w}</span>`) },
  { weight: 1, arbitrary: fc.constantFrom("www.kommun.se", "anna@kommun.se", "<https://x.se>") },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom("*", "**", "_", "~~", "[", "]", "![", "`", "<", "|", "a** "),
        fc.nat({ max: 400 }),
      )
      .map(([mark, n]) => mark.repeat(n)),
  },
);

const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" "));
const due = fc.constantFrom(
  " — 2025-01",
  " — den 31 maj 2024",
  " — i början av 2026",
  " -- hösten 2025",
  " — när det passar",
  " — 2024-02-30",
  " — [[datum]]",
  "",
);

const block = fc.oneof(
  { weight: 3, arbitrary: line },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          "## R1",
          "## R2",
          "## R1000",
          "## REV-2024-1 R1",
          "## r1",
          "### R1",
          "##R1",
          "# R1",
        ),
        line,
      )
      .map(([h, t]) => `${h} ${t}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          "Ställningstagande:",
          "Stance:",
          "Rapporterat:",
          "Rapporterat (pågår):",
          "**Ställningstagande:**",
        ),
        fc.constantFrom(
          " instämmer",
          " instämmer delvis",
          " instämmer inte",
          " kanske",
          "",
          " Genomfört",
        ),
      )
      .map(([k, v]) => `${k}${v}`),
  },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.constantFrom("- [ ] ", "- [x] ", "* [X] ", "- [-] ", "- ", "1. ", "  - [ ] "),
          line,
          due,
          fc.constantFrom(
            "",
            "\n  Återrapporteras till: sn",
            "\n  Följer upp: SN-2024-10/R1/1",
            "\n  Genomförd: 2024",
          ),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((items) => items.map(([m, t, d, k]) => `${m}${t}${d}${k}`).join("\n")),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(line, { minLength: 1, maxLength: 3 })
      .map((ls) => ls.map((l) => `> ${l}`).join("\n")),
  },
  { weight: 1, arbitrary: line.map((l) => `| a | b |\n|---|---|\n| ${l} | ${l} |`) },
  { weight: 1, arbitrary: line.map((l) => `\`\`\`\n${l}\n\`\`\``) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("<!-- kommentar", "<div>", "---", "***", "```", "    kod", "\\"),
  },
  { weight: 1, arbitrary: fc.nat({ max: 150 }).map((n) => `${"- ".repeat(n)}x`) },
);

const markdownBody = fc
  .array(block, { maxLength: 14 })
  .chain((blocks) => fc.constantFrom("\n\n", "\n").map((gap) => blocks.join(gap)));

/** A response from the two grammars, sometimes with CRLF, a BOM, or no closing fence. */
export const grammarResponse: fc.Arbitrary<FuzzFile> = fc
  .tuple(
    responseFrontMatter,
    markdownBody,
    fc.constantFrom("---", "---", "---", "", "..."),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([yaml, body, close, crlf, bom]) => {
    let text = `---\n${yaml}\n${close}\n\n${body}\n`;
    if (crlf) text = text.replaceAll("\n", "\r\n");
    if (bom) text = `\ufeff${text}`;
    return { as: "responses/testkommun/SN-2024-10.md", bytes: utf8(text) };
  });

/** An organisation file from the YAML grammar. */
export const grammarOrganisation: fc.Arbitrary<FuzzFile> = fc
  .tuple(
    fc.constantFrom(
      "id: testkommun\nname: Testkommun\nkind: municipality\nbodies:\n  - id: revisionen\n    name: Revisionen\n    kind: auditors\n  - id: ks\n    name: Kommunstyrelsen\n    kind: board\n  - id: sn\n    name: Socialnämnden\n    kind: committee",
      "",
    ),
    frontMatterLines,
  )
  .map(([known, extra]) => ({
    as: "audits/testkommun/organisation.yaml",
    bytes: utf8(`${known}\n${extra}\n`),
  }));

// ---- Byte-level mutations of the seed documents ----------------------------------------------

/** Sequences worth inserting: encodings, line ends, markup and YAML structure. */
const splices = [
  "\u0000",
  "\r",
  "\r\n",
  "\ufeff",
  "\u202e",
  "\u200b",
  "\u00a0",
  "\t",
  "\n---\n",
  ": ",
  "- ",
  "[[x]]",
  "**",
  "[",
  "]",
  "`",
  "<!--",
  "'",
  '"',
  "&a ",
  "*a",
  "!x ",
  "\n## R1 ",
  "\n- [ ] ",
  " — ",
].map(utf8);

type Mutation = (bytes: Uint8Array) => Uint8Array;

const at = (bytes: Uint8Array, fraction: number) => Math.floor(fraction * bytes.length);
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fraction, fc.integer({ min: 0, max: 255 })).map(
    ([where, byte]): Mutation =>
      (bytes) => {
        const out = Uint8Array.from(bytes);
        if (out.length > 0) out[at(out, where)] = byte;
        return out;
      },
  ),
  fc.tuple(fraction, fc.constantFrom(...splices)).map(
    ([where, piece]): Mutation =>
      (bytes) => {
        const i = at(bytes, where);
        return Buffer.concat([bytes.subarray(0, i), piece, bytes.subarray(i)]);
      },
  ),
  fc.tuple(fraction, fc.integer({ min: 1, max: 200 })).map(
    ([where, length]): Mutation =>
      (bytes) => {
        const i = at(bytes, where);
        return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + length)]);
      },
  ),
  fc.tuple(fraction, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 50 })).map(
    ([where, length, times]): Mutation =>
      (bytes) => {
        const i = at(bytes, where);
        const piece = bytes.subarray(i, i + length);
        return Buffer.concat([
          bytes.subarray(0, i),
          ...Array(times).fill(piece),
          bytes.subarray(i),
        ]);
      },
  ),
  fraction.map(
    (where): Mutation =>
      (bytes) =>
        bytes.subarray(0, at(bytes, where)),
  ),
  fc.constant<Mutation>((bytes) => Buffer.from(Buffer.from(bytes).toString("utf8"), "latin1")),
  fc.constant<Mutation>((bytes) =>
    Buffer.from(Buffer.from(bytes).toString("utf8").replaceAll("\n", "\r\n")),
  ),
  fc.constant<Mutation>((bytes) => Buffer.from(Buffer.from(bytes).toString("utf8"), "utf16le")),
);

/** A seed document with a few mutations, written back to its own path. */
export function mutatedSeed(seeds: FuzzFile[]): fc.Arbitrary<FuzzFile> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => ({
      as: seed.as,
      bytes: mutations.reduce((bytes, mutate) => mutate(bytes), seed.bytes),
    }));
}
