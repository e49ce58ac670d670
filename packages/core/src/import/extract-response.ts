import type { Period } from "../periods/period.ts";
import type { Stance } from "../schema/section.ts";
import { bodiesNamedIn, fold, type KnownBody } from "./addressees.ts";
import { findDatePhrases } from "./date-phrases.ts";
import type { Found } from "./extract-audit.ts";
import type { Block } from "./text-blocks.ts";

interface ImportedMeasure {
  text: string;
  due: Period;
  line: number;
}

interface ImportedSection {
  /** The recommendation's number in the response, or its position when unnumbered. */
  number: number;
  numbered: boolean;
  /** The recommendation as the response quotes it. */
  text: string;
  stance?: Stance;
  stanceLine?: number;
  measures: ImportedMeasure[];
  line: number;
}

export interface ImportedResponse {
  kind: "response";
  title?: Found<string>;
  date?: Found<Period>;
  diaryNumbers: Found<string>[];
  body?: KnownBody;
  sections: ImportedSection[];
  /** Audit ids the response names. */
  answers: Found<string>[];
}

const heading =
  /^(?:\*\*)?(?:rekommendation|recommendation)(?:\s+(\d{1,2}))?\s*[:.]\s*(.*?)(?:\*\*)?$|^(?:\*\*)?(?:rekommendation|recommendation)\s+(\d{1,2})(?:\*\*)?$/iu;
/**
 * Sentences that are not promises: what was done (past tense), what others are expected to do
 * (a national agency's report, a bill), and conditions. Matched on text without diacritics, so
 * OCR'd text is read alike.
 */
const notPromise =
  /\b(pagick|genomforde|genomfordes|reviderades|reviderade|antogs|antog|beslutade|beslutades|publicerades|startade|startades|lanserades|infordes|godkande|godkandes|deltog|presenterade|gjorts|gjordes|har genomforts|har tagits fram|har startats|har tratt|tradde|tritt|avslutades|vantas|forvantas|vintas|was|were|completed)\b|^om\s|^(socialstyrelsen|regeringen|riksdagen|skolverket|lansstyrelsen|ivo|inspektionen|forsakringskassan|arbetsformedlingen|polisen|the government)s?\b/iu;
const stances: [RegExp, Stance][] = [
  [/\b(instämmer|delar)\s+(inte|ej)\b|\bdelar inte\b|\bdisagree/iu, "disagrees"],
  [/\b(instämmer|delar)\s+delvis\b|\bpartly agree|\bpartially agree/iu, "partly-agrees"],
  [/\binstämmer\b|\bdelar (revisionens|granskningens) bedömning\b|\bagreed?\b/iu, "agrees"],
];

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ*])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What a response says per recommendation: the quoted text, the stance and the dated measures. */
export function extractResponse(blocks: Block[], bodies: readonly KnownBody[]): ImportedResponse {
  const result: ImportedResponse = {
    kind: "response",
    diaryNumbers: [],
    sections: [],
    answers: [],
  };
  const top = blocks
    .slice(0, 30)
    .map((b) => b.text)
    .join("\n");
  const named = bodiesNamedIn(top, bodies).filter((b) => !/revision|fullmäktige/i.test(b.name));
  if (named[0]) result.body = named[0];
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\b([A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6})\b/gu)) {
      const id = m[1] ?? "";
      if (/^(SR|REV|STK)-/.test(id)) {
        if (!result.answers.some((a) => a.value === id))
          result.answers.push({ value: id, line: b.line });
      } else if (!result.diaryNumbers.some((d) => d.value === id))
        result.diaryNumbers.push({ value: id, line: b.line });
    }
  }
  const dateLine = blocks.slice(0, 20).find((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.text));
  if (dateLine) {
    const found = findDatePhrases(dateLine.text)[0];
    if (found) result.date = { value: found.period, line: dateLine.line };
  }
  const titled = blocks
    .slice(0, 25)
    .find(
      (b) =>
        /^(?:\*\*)?(granskning|yttrande|uppföljande yttrande|återrapportering)\b/iu.test(b.text) &&
        b.text.length > 15,
    );
  if (titled) result.title = { value: titled.text.replace(/\*\*/g, ""), line: titled.line };

  let current: ImportedSection | undefined;
  let awaitingText = false;
  for (const b of blocks) {
    const match = b.kind !== "row" ? heading.exec(b.text) : null;
    if (match) {
      const number = Number(match[1] ?? match[3] ?? 0);
      current = {
        number: number || result.sections.length + 1,
        numbered: number > 0,
        text: (match[2] ?? "").replace(/\*\*/g, "").trim(),
        measures: [],
        line: b.line,
      };
      result.sections.push(current);
      awaitingText = current.text.length === 0;
      continue;
    }
    if (!current) continue;
    if (awaitingText && (b.kind === "paragraph" || b.kind === "item")) {
      current.text = b.text;
      awaitingText = false;
      continue;
    }
    if (b.kind === "row") continue;
    if (!current.stance) {
      const found = stances.find(([pattern]) => pattern.test(b.text));
      if (found) {
        current.stance = found[1];
        current.stanceLine = b.line;
      }
    }
    for (const sentence of sentences(b.text)) {
      if (notPromise.test(fold(sentence))) continue;
      const dates = findDatePhrases(sentence);
      const due = dates.sort((x, y) => y.text.length - x.text.length)[0];
      if (!due) continue;
      const key = fold(sentence);
      if (current.measures.some((m) => fold(m.text) === key)) continue;
      current.measures.push({ text: sentence, due: due.period, line: b.line });
    }
  }
  return result;
}
