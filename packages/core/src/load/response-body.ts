import type { Heading, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/diagnostic.ts";
import { parsePeriod } from "../periods/parse.ts";
import type { Period } from "../periods/period.ts";
import { documentIdPattern, itemIdPattern } from "../schema/ids.ts";
import type { Measure, ReportedState, Section, Stance } from "../schema/section.ts";
import type { LineIndex } from "../text/line-index.ts";

export interface BodyContext {
  file: string;
  text: string;
  lines: LineIndex;
  /** Offset and line of the body within the file text. */
  bodyOffset: number;
  bodyLine: number;
  responseId: string;
}

/** What a heading that opens a section names: `## R3 …` or `## SR-2023-81 R3 …`. */
export function readSectionHeading(
  text: string,
): { audit?: string; item: string; title: string } | undefined {
  const tokens = text.trim().split(/\s+/);
  const [first = "", second = ""] = tokens;
  const strip = (t: string) => t.replace(/[:.]$/, "");
  if (itemIdPattern.test(strip(first)))
    return { item: strip(first), title: tokens.slice(1).join(" ") };
  if (documentIdPattern.test(first) && itemIdPattern.test(strip(second))) {
    return { audit: first, item: strip(second), title: tokens.slice(2).join(" ") };
  }
  return undefined;
}

const stanceWords: [RegExp, Stance][] = [
  [/^(instämmer|delar) (inte|ej)\b|^(disagrees?|does not agree)\b/, "disagrees"],
  [/^(instämmer|delar) delvis\b|^delvis\b|^(partly|partially) agrees?\b/, "partly-agrees"],
  [/^inget ställningstagande\b|^(ingen|no stance|none)\b/, "no-stance"],
  [/^(instämmer|delar)( helt)?\b|^(agrees?|fully agrees?)\b/, "agrees"],
];

export function readStance(value: string): Stance | undefined {
  const words = value
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, "");
  return stanceWords.find(([pattern]) => pattern.test(words))?.[1];
}

const reportedWords: [RegExp, ReportedState][] = [
  [/^(ej|inte) (påbörjat|påbörjad|påbörjade|startat)\b|^not started\b/, "not-started"],
  [/^delvis( genomförd| genomfört| genomförda)?\b|^partly( done)?\b|^partially\b/, "partly-done"],
  [/^(pågår|pågående|påbörjat|påbörjad|under arbete|in progress|ongoing|görs)\b/, "in-progress"],
  [
    /^(genomfört|genomförd|genomförda|klart|klar|har genomförts|har gjorts|done|completed|implemented)\b/,
    "done",
  ],
];

export function readReportedState(value: string): ReportedState | undefined {
  const words = value.trim().toLowerCase();
  return reportedWords.find(([pattern]) => pattern.test(words))?.[1];
}

const stanceLine = /^(?:ställningstagande|stance)[ \t]*:[ \t]*/i;
/** `Rapporterat:`, `Rapporterat (pågår):`, and for another body `Rapporterat för hr (genomfört):`. */
const reportedLine =
  /^(?:rapporterat|reported)(?:[ \t]+(?:för|for)[ \t]+([^(:\n]+?))?[ \t]*(?:\(([^)\n]*)\))?[ \t]*:[ \t]*/i;
const keyLine =
  /^([ \t]*)(återrapporteras till|rapporteras till|report(?:ed)? to|följer upp|follows up|genomförd|done|(?:först )?rapporterad i|(?:first )?reported in)([ \t]*:[ \t]*)(.*?)[ \t]*$/i;
/** Between a measure and its due date: an em dash, or two hyphens, with spaces around. */
const dueSeparator = / (?:—|--) /g;

/**
 * Reads the sections of a response: one per recommendation, with its stance, the body's own
 * report, and the measures written as a GFM task list. Problems are collected, not thrown.
 */
export function readResponseBody(
  tree: Root,
  ctx: BodyContext,
): { sections: Section[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sections: Section[] = [];
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.type !== "heading" || node.depth !== 2) continue;
    const ref = readSectionHeading(plainText(node));
    if (!ref) continue;
    let end = i + 1;
    while (end < nodes.length) {
      const next = nodes[end];
      if (next?.type === "heading" && next.depth <= 2) break;
      end++;
    }
    sections.push(readSection(node, ref, nodes.slice(i + 1, end), nodes[end], ctx, diagnostics));
    i = end - 1;
  }
  return { sections, diagnostics };
}

function startOffset(
  node: { position?: { start: { offset?: number } } },
  ctx: BodyContext,
): number {
  return (node.position?.start.offset ?? 0) + ctx.bodyOffset;
}

function endOffset(node: { position?: { end: { offset?: number } } }, ctx: BodyContext): number {
  return (node.position?.end.offset ?? 0) + ctx.bodyOffset;
}

function readSection(
  heading: Heading,
  ref: { audit?: string; item: string; title: string },
  content: RootContent[],
  next: RootContent | undefined,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
): Section {
  const place = ctx.lines.place(startOffset(heading, ctx));
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
  for (const node of content) {
    if (node.type === "paragraph") {
      const raw = ctx.text.slice(startOffset(node, ctx), endOffset(node, ctx));
      const stance = stanceLine.exec(raw);
      if (stance) {
        const valueOffset = startOffset(node, ctx) + stance[0].length;
        const value = raw.slice(stance[0].length).split("\n")[0]?.trim() ?? "";
        const here = ctx.lines.place(valueOffset);
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
        const read = readStance(value);
        section.stance_text = value;
        if (read) section.stance = read;
        else if (!placeholderOnly.test(value)) {
          diagnostics.push(
            diagnostic("stance-unknown", {
              file: ctx.file,
              place: here,
              message: {
                sv: `"${value}" är inte ett ställningstagande som Spårbar känner till`,
                en: `"${value}" is not a stance Spårbar knows`,
              },
            }),
          );
        }
        continue;
      }
      const reported = reportedLine.exec(raw);
      if (reported) {
        const text = raw.slice(reported[0].length).replace(/\s+/g, " ").trim();
        const forBody = reported[1]?.trim();
        const explicit = reported[2]?.trim();
        const state = readReportedState(explicit ?? text);
        if (state && forBody) {
          const here = ctx.lines.place(startOffset(node, ctx));
          section.reported_for.push({
            body: forBody,
            state,
            text,
            place: { line: here.line, column: here.column },
          });
        } else if (state) section.reported = { state, text };
        else if (!placeholderOnly.test(text)) {
          diagnostics.push(
            diagnostic("report-unknown-status", {
              file: ctx.file,
              place: ctx.lines.place(startOffset(node, ctx)),
              message: {
                sv: `"${explicit ?? text.slice(0, 40)}" säger inte om arbetet är genomfört, pågår eller inte har påbörjats`,
                en: `"${explicit ?? text.slice(0, 40)}" does not say whether the work is done, under way or not started`,
              },
            }),
          );
        }
      }
    } else if (node.type === "list") {
      readMeasures(node, sectionRef, section.measures, ctx, diagnostics);
    }
  }
  return section;
}

function readMeasures(
  list: List,
  sectionRef: string,
  measures: Measure[],
  ctx: BodyContext,
  diagnostics: Diagnostic[],
) {
  for (const item of list.children) {
    if (item.checked === null || item.checked === undefined) continue;
    const first = item.children[0];
    if (first?.type !== "paragraph") continue;
    measures.push(
      readMeasure(
        item,
        first,
        `${ctx.responseId}/${sectionRef}/${measures.length + 1}`,
        ctx,
        diagnostics,
      ),
    );
  }
}

function readMeasure(
  item: ListItem,
  paragraph: Paragraph,
  id: string,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
): Measure {
  let start = startOffset(paragraph, ctx);
  // When the text opens with inline markup, the paragraph's position may include the checkbox.
  const checkbox = /^\[[ xX]\][ \t]+/.exec(ctx.text.slice(start, start + 8));
  if (checkbox) start += checkbox[0].length;
  const raw = ctx.text.slice(start, endOffset(paragraph, ctx));
  const place = ctx.lines.place(start);
  const measure: Measure = {
    id,
    text: "",
    done: item.checked === true,
    place: { line: place.line, column: place.column },
  };

  // Key lines (`Återrapporteras till: …`) follow the statement; find where they begin.
  const lines = raw.split("\n");
  let statementLength = raw.length;
  let offset = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? "";
    const key = k > 0 ? keyLine.exec(line) : null;
    if (key) {
      if (statementLength === raw.length) statementLength = offset - 1;
      readKeyLine(key, start + offset, measure, ctx, diagnostics);
    }
    offset += line.length + 1;
  }
  const statement = raw.slice(0, Math.max(statementLength, 0));
  let separator: RegExpExecArray | null = null;
  for (const match of statement.matchAll(dueSeparator)) separator = match;
  if (!separator) {
    measure.text = collapse(statement);
    // A measure reported done needs no deadline; an open promise does.
    if (!measure.done) diagnostics.push(diagnostic("measure-no-due", { file: ctx.file, place }));
    return measure;
  }
  measure.text = collapse(statement.slice(0, separator.index));
  const phraseStart = separator.index + separator[0].length;
  const phrase = statement.slice(phraseStart).replace(/\s+/g, " ").trim();
  const period = readPeriod(phrase, start + phraseStart, ctx, diagnostics);
  if (period) measure.due = period;
  return measure;
}

function readKeyLine(
  key: RegExpExecArray,
  lineOffset: number,
  measure: Measure,
  ctx: BodyContext,
  diagnostics: Diagnostic[],
) {
  const [, indent = "", rawName = "", colon = "", value = ""] = key;
  const name = rawName.toLowerCase();
  const valueOffset = lineOffset + indent.length + rawName.length + colon.length;
  if (name === "källa" || name === "source") measure.source = value;
  else if (/rapporterad i|reported in/.test(name)) measure.reported_in = value.trim();
  else if (name.includes("till") || name.startsWith("report")) measure.report_to = value;
  else if (name.startsWith("följer") || name.startsWith("follows")) {
    measure.follows = value
      .split(/[,;]\s*|\s+och\s+/)
      .map((id) => id.trim())
      .filter(Boolean);
  } else {
    const period = readPeriod(value, valueOffset, ctx, diagnostics);
    if (period) measure.done_when = period;
  }
}

const placeholderOnly = /^\[\[[^\]]*\]\]$/;

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
      message: result.message,
    }),
  );
  return undefined;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
