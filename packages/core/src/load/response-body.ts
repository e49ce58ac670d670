import type { Heading, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import type { Bilingual } from "../bilingual.ts";
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/diagnostic.ts";
import { parsePeriod } from "../periods/parse.ts";
import type { Period } from "../periods/period.ts";
import type { Measure, Section } from "../schema/section.ts";
import {
  dueSeparatorPattern,
  type MeasureKeyLine,
  measureKeyLine,
  placeholderOnly,
  readSectionHeading,
  reportedVocabulary,
  stanceVocabulary,
} from "../syntax/response-syntax.ts";
import type { LineIndex } from "../text/line-index.ts";
import { withSuggestion } from "../vocabulary/closed.ts";
import {
  checkboxLike,
  meantMeasureLabel,
  meantSectionHeading,
  readLabelledLine,
} from "./look-alike-lines.ts";

export interface BodyContext {
  file: string;
  text: string;
  lines: LineIndex;
  /** Offset and line of the body within the file text. */
  bodyOffset: number;
  bodyLine: number;
  responseId: string;
}

/** A measure's own id as written on its `Id:` line: ASCII letters, digits and dashes. */
const measureLocalIdPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

type Node = RootContent;

/**
 * Reads the sections of a response: one per recommendation, with its stance, the body's own
 * report, and the measures written as a GFM task list. Problems are collected, not thrown.
 * Text that looks like a section heading but is not one ends the section before it, so that
 * what follows is never filed under the wrong recommendation, and is reported.
 */
export function readResponseBody(
  tree: Root,
  ctx: BodyContext,
): { sections: Section[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sections: Section[] = [];
  const nodes = tree.children;
  let open: { heading: Heading; ref: SectionRef; from: number } | undefined;
  const close = (until: number) => {
    if (!open) return;
    const content = nodes.slice(open.from, until);
    sections.push(readSection(open.heading, open.ref, content, nodes[until], ctx, diagnostics));
    open = undefined;
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    const ref =
      node.type === "heading" && node.depth === 2 ? readSectionHeading(plainText(node)) : undefined;
    const unread = ref ? undefined : unreadHeading(node, ctx);
    if ((node.type === "heading" && node.depth <= 2) || unread) close(i);
    if (node.type === "heading" && ref) open = { heading: node, ref, from: i + 1 };
    else if (unread) diagnostics.push(unread);
    else if (!open) noteOutsideSections(node, ctx, diagnostics);
  }
  close(nodes.length);
  return { sections, diagnostics };
}

type SectionRef = { audit?: string; item: string; title: string };

function startOffset(
  node: { position?: { start: { offset?: number } } },
  ctx: BodyContext,
): number {
  return (node.position?.start.offset ?? 0) + ctx.bodyOffset;
}

function endOffset(node: { position?: { end: { offset?: number } } }, ctx: BodyContext): number {
  return (node.position?.end.offset ?? 0) + ctx.bodyOffset;
}

function at(node: Node | ListItem, ctx: BodyContext): Place {
  return ctx.lines.place(startOffset(node, ctx));
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** A heading of another level, or bold text, that names a recommendation: not read as a section. */
function unreadHeading(node: Node, ctx: BodyContext): Diagnostic | undefined {
  let written: string;
  let text: string;
  if (node.type === "heading") {
    text = plainText(node);
    written = `${"#".repeat(node.depth)} ${text}`;
  } else if (node.type === "paragraph") {
    const first = node.children[0];
    if (first?.type !== "strong" && first?.type !== "emphasis") return undefined;
    const raw = ctx.text.slice(startOffset(node, ctx), endOffset(node, ctx));
    if (raw.includes("\n")) return undefined;
    text = plainText(node);
    written = raw;
    // Only the bold words may name the recommendation: `**R4** Uppföljning`, `**R4 Uppföljning**`.
    if (!meantSectionHeading(plainText(first))) return undefined;
  } else return undefined;
  const meant = meantSectionHeading(text);
  if (!meant) return undefined;
  const suggestion = `## ${meant}`;
  return diagnostic("section-heading-unread", {
    file: ctx.file,
    place: at(node, ctx),
    message: withSuggestion(
      {
        sv: `"${firstLine(written)}" läses inte som ett avsnitt, och det som följer räknas inte till avsnittet före`,
        en: `"${firstLine(written)}" is not read as a section, and what follows is not counted to the section before it`,
      },
      [suggestion],
    ),
    suggestions: [suggestion],
  });
}

/** Measures and stances written before the first section, or under a heading that is not one. */
function noteOutsideSections(node: Node, ctx: BodyContext, diagnostics: Diagnostic[]) {
  if (node.type === "list") {
    for (const item of node.children) {
      if (typeof item.checked === "boolean") {
        diagnostics.push(
          diagnostic("measure-unread", {
            file: ctx.file,
            place: at(item, ctx),
            message: {
              sv: "Åtgärden står inte under någon rekommendations rubrik och läses därför inte; flytta den till avsnittet `## R… …` den hör till",
              en: "This measure is not under a recommendation's heading, so it is not read; move it into the `## R… …` section it belongs to",
            },
          }),
        );
      }
    }
  } else if (node.type === "paragraph") {
    const line = readLabelledLine(ctx.text.slice(startOffset(node, ctx), endOffset(node, ctx)));
    if (line?.label) {
      diagnostics.push(
        diagnostic("label-unread", {
          file: ctx.file,
          place: at(node, ctx),
          message: {
            sv: `"${line.label}:" står inte under någon rekommendations rubrik och läses därför inte; skriv den i avsnittet \`## R… …\` den gäller`,
            en: `"${line.label}:" is not under a recommendation's heading, so it is not read; write it in the \`## R… …\` section it concerns`,
          },
        }),
      );
    }
  }
}

function readSection(
  heading: Heading,
  ref: SectionRef,
  content: Node[],
  next: Node | undefined,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
): Section {
  const place = at(heading, ctx);
  const sectionRef = ref.audit ? `${ref.audit}/${ref.item}` : ref.item;
  const section: Section = {
    recommendation: ref.item,
    title: ref.title,
    reported_for: [],
    measures: [],
    markdown: ctx.text
      .slice(endOffset(heading, ctx), next ? startOffset(next, ctx) : ctx.text.length)
      .trim(),
    place: { line: place.line, column: place.column },
  };
  if (ref.audit) section.audit = ref.audit;
  let stancePlace: Place | undefined;
  const written: WrittenIds = new Map();
  for (const node of content) {
    if (node.type === "list") {
      readMeasures(node, section.measures, written, ctx, diagnostics);
      continue;
    }
    if (node.type !== "paragraph") continue;
    const start = startOffset(node, ctx);
    const raw = ctx.text.slice(start, endOffset(node, ctx));
    const line = readLabelledLine(raw);
    if (line?.field === "stance") {
      const here = ctx.lines.place(start + line.valueOffset);
      if (stancePlace) {
        diagnostics.push(
          diagnostic("stance-duplicate", {
            file: ctx.file,
            place: here,
            related: [
              {
                file: ctx.file,
                ...stancePlace,
                message: {
                  sv: "Ställningstagandet anges först här",
                  en: "The stance is first stated here",
                },
              },
            ],
          }),
        );
        continue;
      }
      stancePlace = here;
      readStanceLine(line.value.trim(), here, section, ctx, diagnostics);
    } else if (line?.field === "reported") {
      const text = raw
        .slice(line.valueOffset)
        .replace(/\s+/g, " ")
        .replace(/(\*\*|__)$/, "")
        .trim();
      readReportedLine(
        line.forBody,
        line.bracket?.trim(),
        text,
        ctx.lines.place(start),
        section,
        ctx,
        diagnostics,
      );
    } else if (line?.meant) {
      diagnostics.push(
        diagnostic("label-unread", {
          file: ctx.file,
          place: ctx.lines.place(start),
          message: withSuggestion(
            {
              sv: `"${firstLine(raw)}" läses inte${line.noColon ? ": kolon saknas efter ordet" : ""}`,
              en: `"${firstLine(raw)}" is not read${line.noColon ? ": the colon after the word is missing" : ""}`,
            },
            [line.meant],
          ),
          suggestions: [line.meant],
        }),
      );
    } else {
      noteUnreadMeasure(raw, start, "paragraph", ctx, diagnostics);
    }
  }
  assignMeasureIds(section.measures, written, `${ctx.responseId}/${sectionRef}`, ctx, diagnostics);
  return section;
}

/** The local ids written on measures (`Id: 2`), with where each was written. */
type WrittenIds = Map<Measure, { id: string; place: Place }>;

/**
 * Every measure's id: `<response>/<section>/<local id>`. A measure's local id is the one written
 * on its `Id:` line. A measure without one is numbered by its place in the section, as long as no
 * measure of the section has a written id; once one has, the others are numbered after the
 * highest number written, so that a measure added later never takes an id already in use.
 */
function assignMeasureIds(
  measures: Measure[],
  written: WrittenIds,
  prefix: string,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
) {
  const used = new Map<string, Place>();
  for (const measure of measures) {
    const own = written.get(measure);
    if (!own) continue;
    const first = used.get(own.id);
    if (first) {
      diagnostics.push(
        diagnostic("duplicate-id", {
          file: ctx.file,
          place: own.place,
          message: {
            sv: `Åtgärds-id ${own.id} används redan i avsnittet`,
            en: `The measure id ${own.id} is already used in this section`,
          },
          related: [
            {
              file: ctx.file,
              ...first,
              message: { sv: "Id:t används först här", en: "The id is first used here" },
            },
          ],
        }),
      );
      continue;
    }
    used.set(own.id, own.place);
  }
  const numbers = [...used.keys()].filter((id) => /^\d+$/.test(id)).map(Number);
  let next = written.size === 0 ? 1 : Math.max(0, ...numbers) + 1;
  for (const measure of measures) {
    const own = written.get(measure);
    if (own) {
      measure.id = `${prefix}/${own.id}`;
      measure.id_written = true;
      continue;
    }
    while (used.has(String(next))) next++;
    measure.id = `${prefix}/${next}`;
    used.set(String(next), { line: measure.place.line, column: measure.place.column });
    next++;
  }
}

function readStanceLine(
  value: string,
  here: Place,
  section: Section,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
) {
  section.stance_text = value;
  if (placeholderOnly.test(value)) return;
  const read = stanceVocabulary.read(value.replace(/[.!]+$/, ""));
  if (read.ok) {
    section.stance = read.value;
    return;
  }
  diagnostics.push(
    diagnostic("stance-unknown", {
      file: ctx.file,
      place: here,
      message: withSuggestion(
        {
          sv: `"${value}" är inte ett ställningstagande som Spårbar känner till`,
          en: `"${value}" is not a stance Spårbar knows`,
        },
        read.suggestions,
      ),
      ...(read.suggestions.length ? { suggestions: read.suggestions } : {}),
    }),
  );
}

function readReportedLine(
  forBody: string | undefined,
  bracket: string | undefined,
  text: string,
  here: Place,
  section: Section,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
) {
  const words = bracket ?? text;
  const read = reportedVocabulary.read(words);
  if (read.ok && forBody) {
    section.reported_for.push({
      body: forBody,
      state: read.value,
      text,
      place: { line: here.line, column: here.column },
    });
    return;
  }
  if (read.ok) {
    section.reported = { state: read.value, text };
    return;
  }
  if (placeholderOnly.test(text)) return;
  const shown = bracket ?? text.slice(0, 40);
  diagnostics.push(
    diagnostic("report-unknown-status", {
      file: ctx.file,
      place: here,
      message: withSuggestion(
        {
          sv: `"${shown}" säger inte om arbetet är genomfört, pågår eller inte har påbörjats`,
          en: `"${shown}" does not say whether the work is done, under way or not started`,
        },
        read.suggestions,
      ),
      ...(read.suggestions.length ? { suggestions: read.suggestions } : {}),
    }),
  );
}

function readMeasures(
  list: List,
  measures: Measure[],
  written: WrittenIds,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
) {
  for (const item of list.children) {
    const first = item.children[0];
    if (typeof item.checked !== "boolean") {
      if (first?.type === "paragraph") {
        const start = startOffset(first, ctx);
        noteUnreadMeasure(
          ctx.text.slice(start, endOffset(first, ctx)),
          start,
          "item",
          ctx,
          diagnostics,
        );
      }
      noteNestedMeasures(item, ctx, diagnostics);
      continue;
    }
    noteNestedMeasures(item, ctx, diagnostics);
    if (first?.type !== "paragraph") continue;
    const read = readMeasure(item, first, ctx, diagnostics);
    measures.push(read.measure);
    if (read.written) written.set(read.measure, read.written);
  }
}

/** A task item inside another item is not a measure of its own: say so where it stands. */
function noteNestedMeasures(item: ListItem, ctx: BodyContext, diagnostics: Diagnostic[]) {
  for (const child of item.children) {
    if (child.type !== "list") continue;
    for (const nested of child.children) {
      const first = nested.children[0];
      const raw =
        first?.type === "paragraph"
          ? ctx.text.slice(startOffset(first, ctx), endOffset(first, ctx))
          : "";
      if (typeof nested.checked === "boolean" || checkboxLike(raw) || dueAtEnd(raw)) {
        diagnostics.push(
          diagnostic("measure-unread", {
            file: ctx.file,
            place: at(nested, ctx),
            message: {
              sv: "En åtgärd i en underlista läses inte; skriv varje åtgärd som en egen punkt `- [ ] …` utan indrag",
              en: "A measure in a nested list is not read; write each measure as its own item `- [ ] …`, not indented",
            },
            suggestions: ["- [ ]"],
          }),
        );
      }
      noteNestedMeasures(nested, ctx, diagnostics);
    }
  }
}

/** The due date at the end of a statement, when it ends with ` — ` and a readable date. */
function dueAtEnd(raw: string): Period | undefined {
  // The statement ends where lines like `Återrapporteras till:` begin.
  const lines = raw.split("\n");
  const keys = lines.findIndex((line, k) => k > 0 && /^[^\S\n]*[\p{L} ]{2,30}:/u.test(line));
  const statement = (keys === -1 ? lines : lines.slice(0, keys)).join(" ");
  let separator: RegExpExecArray | null = null;
  for (const match of statement.matchAll(dueSeparatorPattern)) separator = match;
  if (!separator) return undefined;
  const result = parsePeriod(statement.slice(separator.index + separator[0].length).trim());
  return result.ok ? result.period : undefined;
}

/** A list item or paragraph that looks like a measure but lacks a checkbox GFM reads. */
function noteUnreadMeasure(
  raw: string,
  start: number,
  where: "item" | "paragraph",
  ctx: BodyContext,
  diagnostics: Diagnostic[],
) {
  const box = checkboxLike(raw);
  if (box) {
    const writes = box.meant.map((m) => `\`- ${m} …\``);
    diagnostics.push(
      diagnostic("measure-unread", {
        file: ctx.file,
        place: ctx.lines.place(start),
        message: withSuggestion(
          {
            sv: `"${box.marker}" är ingen kryssruta som Spårbar läser, så raden läses inte som en åtgärd; skriv ${writes.join(" (öppen) eller ")}${box.meant.length > 1 ? " (genomförd)" : ""}`,
            en: `"${box.marker}" is not a checkbox Spårbar reads, so the line is not read as a measure; write ${writes.join(" (open) or ")}${box.meant.length > 1 ? " (done)" : ""}`,
          },
          box.meant,
        ),
        suggestions: box.meant,
      }),
    );
    return;
  }
  if (!dueAtEnd(raw)) return;
  const message: Bilingual =
    where === "item"
      ? {
          sv: "Punkten slutar med en tidpunkt men har ingen kryssruta, så den läses inte som en åtgärd",
          en: "The item ends with a due date but has no checkbox, so it is not read as a measure",
        }
      : {
          sv: "Stycket slutar med en tidpunkt som en åtgärd, men åtgärder läses bara ur en lista med kryssrutor",
          en: "The paragraph ends with a due date like a measure, but measures are read only from a list with checkboxes",
        };
  diagnostics.push(
    diagnostic("measure-unread", {
      file: ctx.file,
      place: ctx.lines.place(start),
      message: withSuggestion(message, ["- [ ]"]),
      suggestions: ["- [ ]"],
    }),
  );
}

/** One task item as a measure; its id is given once the whole section is read. */
function readMeasure(
  item: ListItem,
  paragraph: Paragraph,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
): { measure: Measure; written?: { id: string; place: Place } } {
  let start = startOffset(paragraph, ctx);
  // When the text opens with inline markup, the paragraph's position may include the checkbox.
  const checkbox = /^\[[ xX]\][ \t]+/.exec(ctx.text.slice(start, start + 8));
  if (checkbox) start += checkbox[0].length;
  const raw = ctx.text.slice(start, endOffset(paragraph, ctx));
  const place = ctx.lines.place(start);
  const measure: Measure = {
    id: "",
    text: "",
    done: item.checked === true,
    place: { line: place.line, column: place.column },
  };
  let written: { id: string; place: Place } | undefined;
  const result = () => (written ? { measure, written } : { measure });

  // Key lines (`Återrapporteras till: …`) follow the statement; find where they begin.
  const lines = raw.split("\n");
  let statementLength = raw.length;
  let offset = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? "";
    const key = k > 0 ? measureKeyLine(line) : undefined;
    const meant = k > 0 && !key ? meantMeasureLabel(line) : undefined;
    if (key || meant) {
      if (statementLength === raw.length) statementLength = offset - 1;
      if (key) {
        const own = readKeyLine(key, start + offset, measure, ctx, diagnostics);
        if (own && !written) written = own;
      } else if (meant) {
        diagnostics.push(
          diagnostic("label-unread", {
            file: ctx.file,
            place: ctx.lines.place(start + offset + (line.length - line.trimStart().length)),
            message: withSuggestion(
              {
                sv: `"${firstLine(line.trim())}" läses inte`,
                en: `"${firstLine(line.trim())}" is not read`,
              },
              [meant],
            ),
            suggestions: [meant],
          }),
        );
      }
    }
    offset += line.length + 1;
  }
  const statement = raw.slice(0, Math.max(statementLength, 0));
  const separators = [...statement.matchAll(dueSeparatorPattern)];
  const separator = separators.at(-1);
  if (!separator) {
    measure.text = collapse(statement);
    // A measure reported done needs no deadline; an open promise does.
    // A dropped measure needs no date either.
    if (!measure.done && measure.dropped === undefined)
      diagnostics.push(diagnostic("measure-no-due", { file: ctx.file, place }));
    return result();
  }
  const phraseStart = separator.index + separator[0].length;
  const earlier = separators.at(-2);
  if (earlier) {
    const earlierStart = earlier.index + earlier[0].length;
    const between = statement.slice(earlierStart, separator.index).replace(/\s+/g, " ").trim();
    if (parsePeriod(between).ok) {
      diagnostics.push(
        diagnostic("measure-due-twice", {
          file: ctx.file,
          place: ctx.lines.place(start + phraseStart),
          message: {
            sv: `Åtgärden har två tidpunkter, "${between}" och "${collapse(statement.slice(phraseStart))}"; Spårbar väljer inte mellan dem`,
            en: `The measure has two due dates, "${between}" and "${collapse(statement.slice(phraseStart))}"; Spårbar does not choose between them`,
          },
          related: [
            {
              file: ctx.file,
              ...ctx.lines.place(start + earlierStart),
              message: { sv: "Den första tidpunkten", en: "The first due date" },
            },
          ],
        }),
      );
      measure.text = collapse(statement.slice(0, earlier.index));
      return result();
    }
  }
  measure.text = collapse(statement.slice(0, separator.index));
  const phrase = statement.slice(phraseStart).replace(/\s+/g, " ").trim();
  const period = readPeriod(phrase, start + phraseStart, ctx, diagnostics);
  if (period) measure.due = period;
  return result();
}

/** One line under a measure; returns the measure's own id when the line writes it. */
function readKeyLine(
  key: MeasureKeyLine,
  lineOffset: number,
  measure: Measure,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
): { id: string; place: Place } | undefined {
  const { field, value } = key;
  const valueOffset = lineOffset + key.valueOffset;
  // `Källa: rad 70`, as `sparbar import` notes where it read the measure.
  if (field === "source") measure.source = value;
  else if (field === "reportedIn") measure.reported_in = value.trim();
  else if (field === "reportTo") measure.report_to = value;
  else if (field === "follows") {
    const read = readFollows(value, valueOffset, ctx);
    measure.follows = [...(measure.follows ?? []), ...read.map((f) => f.id)];
    const quoted = read.flatMap((f) =>
      f.quoted === undefined ? [] : [{ id: f.id, text: f.quoted, place: f.place }],
    );
    if (quoted.length > 0) measure.follows_quoted = [...(measure.follows_quoted ?? []), ...quoted];
  } else if (field === "dropped") measure.dropped = collapse(value);
  else if (field === "reason") measure.reason = collapse(value);
  else if (field === "id") {
    const id = value.trim();
    const place = ctx.lines.place(valueOffset);
    if (measureLocalIdPattern.test(id)) return { id, place };
    diagnostics.push(
      diagnostic("measure-id-invalid", {
        file: ctx.file,
        place,
        message: {
          sv: `"${id}" är inget åtgärds-id; skriv ett nummer eller ord med ASCII-bokstäver, siffror och bindestreck, som 2 eller kartlaggning`,
          en: `"${id}" is not a measure id; write a number or word of ASCII letters, digits and dashes, like 2 or mapping`,
        },
      }),
    );
  } else {
    const period = readPeriod(value, valueOffset, ctx, diagnostics);
    if (period) measure.done_when = period;
  }
  return undefined;
}

/**
 * The measures a `Följer upp:` line names: ids separated by commas, semicolons or "och", each
 * optionally followed by what the earlier measure said, in quotes (”…”, "…" or “…”).
 */
function readFollows(
  value: string,
  valueOffset: number,
  ctx: BodyContext,
): { id: string; quoted?: string; place: Place }[] {
  const found: { id: string; quoted?: string; place: Place }[] = [];
  const target = /([^\s,;”“"]+)(?:\s*[”“"]([^”“"]*)[”“"])?/gu;
  for (const match of value.matchAll(target)) {
    const id = match[1] ?? "";
    if (id.toLowerCase() === "och" || id.toLowerCase() === "and") continue;
    const place = ctx.lines.place(valueOffset + match.index);
    found.push(match[2] === undefined ? { id, place } : { id, quoted: match[2], place });
  }
  return found;
}

function readPeriod(
  phrase: string,
  offset: number,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
): Period | undefined {
  // A placeholder left by `sparbar draft` is reported once, as a placeholder.
  if (placeholderOnly.test(phrase.trim())) return undefined;
  const result = parsePeriod(phrase);
  if (result.ok) return result.period;
  diagnostics.push(
    diagnostic(result.code, {
      file: ctx.file,
      place: ctx.lines.place(offset),
      message: result.suggestion
        ? withSuggestion(result.message, [result.suggestion])
        : result.message,
      ...(result.suggestion ? { suggestions: [result.suggestion] } : {}),
    }),
  );
  return undefined;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
