import type { Period } from "../periods/period.ts";
import type { Answer } from "../schema/audit.ts";
import {
  bodiesNamedIn,
  fold,
  foldInPlace,
  type KnownBody,
  resolveAddressees,
} from "./addressees.ts";
import { findDatePhrases } from "./date-phrases.ts";
import type { Block } from "./text-blocks.ts";

export interface Found<T> {
  value: T;
  line: number;
}

interface ImportedRecommendation {
  id: string;
  text: string;
  to: KnownBody[];
  /** Addressees named but not among the organisation's bodies. */
  unknownTo: string[];
  line: number;
}

interface ImportedQuestion {
  id: string;
  text: string;
  answer?: Answer;
  assessment?: string;
  line: number;
}

export interface ImportedAudit {
  kind: "audit";
  title?: Found<string>;
  date?: Found<Period>;
  diaryNumbers: Found<string>[];
  firm?: Found<string>;
  audited: KnownBody[];
  questions: ImportedQuestion[];
  recommendations: ImportedRecommendation[];
  /** Recommendations of earlier audits the report refers to, which are not imported. */
  skippedEarlier: number;
}

// Matched against text folded to lower case without diacritics, so OCR'd reports read alike.
const prefix =
  "(?:(?:vidare|darfor|dartill|aven|dessutom|slutligen|sammanfattningsvis|utifran (?:granskningen|uppfoljningen|ovanstaende|detta|var bedomning)|mot (?:den )?bakgrund av (?:detta|ovanstaende|granskningen))[, ]+)?";
// Each captures its addressee; the `d` flag gives where, to cut it from the original words.
const intros: { pattern: RegExp; past?: boolean }[] = [
  {
    pattern: new RegExp(
      `^${prefix}(?:rekommenderas|rekommenderar vi|foreslar vi)\\s+(.+?)\\s+att\\s*:?\\s*$`,
      "du",
    ),
  },
  { pattern: /^(.+?)\s+rekommenderades\s+(?:\S+\s+)?att\s*:?\s*$/du, past: true },
  { pattern: /^(.+?)\s+rekommenderas\s+(?:\S+\s+)?att\s*:?\s*$/du },
  {
    pattern: /^(?:vi|revisorerna)\s+rekommenderar\s+(?:darfor\s+|vidare\s+)?(.+?)\s+att\s*:?\s*$/du,
  },
  { pattern: /^we\s+(?:therefore\s+)?recommend\s+that\s+(?:the\s+)?(.+?)\s*:\s*$/du },
  { pattern: /^recommendations?\s+(?:to|for)\s+(?:the\s+)?(.+?)\s*:?\s*$/du },
  // "Rekommendationer till …", "Revisorernas rekommendationer till …:"
  { pattern: /^(?:\p{L}+s\s+)?rekommendation(?:er|erna)?\s+till\s+(.+?)\s*:?\s*$/du },
];
/** An intro without an addressee: the items or sentences that follow name their own. */
const genericIntro =
  /(foljande rekommendation(er)?|rekommenderar vi foljande|the following recommendations)\b.*[:.]?$|\b(?:\d{1,2}|tva|tre|fyra|fem|sex|sju|atta|nio|tio|two|three|four|five|six|seven|eight|nine|ten) (?:rekommendationer|recommendations)\s*[:.]?$/u;

/**
 * The list intro a paragraph ends with, if any: "… Utifrån granskningen rekommenderas X att:".
 * The intro is matched without case or diacritics (OCR drops them); the addressee is given in the
 * words of the text, so one Spårbar does not know is shown as the report spells it.
 */
function introOf(text: string): { addressee: string | undefined; past: boolean } | undefined {
  const last = (text.split(/(?<=[.!?])\s+/u).at(-1) ?? text).replace(/\s+/g, " ").trim();
  const folded = foldInPlace(last);
  for (const intro of intros) {
    const match = intro.pattern.exec(folded);
    const place = match?.indices?.[1];
    if (match) return { addressee: place && last.slice(...place), past: intro.past === true };
  }
  return undefined;
}

const numbered =
  /^(?:\*\*)?(?:rekommendation|recommendation)\s+(\d{1,2})\s*[:.–-]?\s*(.*?)(?:\*\*)?$/iu;
const bodySentence =
  /^((?:the\s+)?[\p{L}-]+(?:\s+(?:och|and|of)\s+[\p{L}-]+)*(?:\s+[\p{L}-]+){0,3}?)\s+(bör|ska|skall|behöver|should|must|needs? to)\s+\S/iu;
const recommendationHeader = /^(rekommendation(er)?|recommendations?)$/u;
const addresseeHeader =
  /^(ansvarig( namnd| styrelse)?|namnd|mottagare|adressat|riktad till|till|responsible|owner|addressee|to)$/u;
const notRecommendation = /^(management response|ledningens svar|förvaltningens svar|svar)\s*:/iu;
/**
 * A recommendation said in one sentence: "Vi rekommenderar att socialnämnden säkerställer …",
 * "Vi rekommenderar därför kommunstyrelsen och nämnden att …". The bodies between the verb and
 * "att" are its addressees. Matched on text folded in place (see `foldInPlace`).
 */
const recommendThat =
  /^(?:(?:vi|revisorerna)\s+rekommenderar|we\s+(?:\p{L}+\s+)?recommend)\s+(?:(?:darfor|vidare|ocksa|aven|dessutom|slutligen|dartill|harutover|also|further)\s+)?((?:[\p{L}-]+\s+){0,6}?)(?:att|that)\s+\S.*[^:]$/du;

/** The sentence's addressees when it names them before "att"; otherwise the sentence will tell. */
function recommendedTo(sentence: string): { addressee: string | undefined } | undefined {
  const match = recommendThat.exec(foldInPlace(sentence));
  if (!match) return undefined;
  const place = match.indices?.[1];
  const named = place ? sentence.slice(...place).trim() : "";
  return { addressee: named || undefined };
}

function parseAnswer(text: string): Answer | undefined {
  const f = fold(text);
  if (/^ja\b/.test(f) || /^yes\b/.test(f)) return "yes";
  if (/^nej\b/.test(f) || /^no\b/.test(f)) return "no";
  if (/^(delvis|till viss del|till del|partly|partially)\b/.test(f)) return "partly";
  if (
    /^(till stor del|i allt vasentligt|i huvudsak|huvudsakligen|till overvagande del|largely|mostly)\b/.test(
      f,
    )
  )
    return "largely";
  return undefined;
}

function findTitle(blocks: Block[]): Found<string> | undefined {
  const top = blocks.slice(0, 12);
  const audit = top.find(
    (b) =>
      /^(uppföljande\s+)?granskning(en)?\s+(av|inom|kring|om)\b/iu.test(b.text) ||
      /^uppföljning av\b/iu.test(b.text),
  );
  if (audit) return { value: audit.text, line: audit.line };
  const generic =
    /^(revisionsrapport|granskningsrapport|internal audit report|audit report|rapport|report)\b|kommun$|region\b|^\p{L}+ \d{4}$/iu;
  const first = top.find(
    (b) =>
      b.kind !== "item" &&
      b.text.length > 8 &&
      !generic.test(b.text) &&
      !findDatePhrases(b.text).length,
  );
  return first ? { value: first.text, line: first.line } : undefined;
}

function findDate(blocks: Block[]): Found<Period> | undefined {
  // A signature line: "Örebro 16 oktober 2025", "Lerum den 4 december 2024".
  for (const b of [...blocks].reverse()) {
    const signed = /^[\p{L} -]+?\s+(?:den\s+)?(\d{1,2}\s+\p{L}+\s+\d{4})$/u.exec(b.text);
    const found = signed ? findDatePhrases(signed[1] ?? "") : [];
    if (found[0] && found[0].period.precision === "day")
      return { value: found[0].period, line: b.line };
  }
  for (const b of blocks.slice(0, 15)) {
    const only = findDatePhrases(b.text).find((d) => d.text.length >= b.text.length - 2);
    if (/^\d{4}-\d{2}-\d{2}$/.test(b.text) || only) {
      const found = findDatePhrases(b.text)[0];
      if (found) return { value: found.period, line: b.line };
    }
    const monthYear =
      /^(\p{L}+)\s+(\d{4})$/u.exec(b.text) ?? /^(?:rapport|report)\s+(\d{4})$/iu.exec(b.text);
    if (monthYear) {
      const text = monthYear[2] ? `${monthYear[1]} ${monthYear[2]}` : (monthYear[1] ?? "");
      const found = findDatePhrases(`i ${text}`)[0] ?? findDatePhrases(`under ${text}`)[0];
      if (found) return { value: found.period, line: b.line };
    }
  }
  return undefined;
}

const firms = /\b(EY|Ernst & Young|PwC|KPMG|Deloitte|Grant Thornton|BDO|Rådrum|Forvis Mazars)\b/u;

/** What an audit report says, item by item, with the line each item came from. */
export function extractAudit(blocks: Block[], bodies: readonly KnownBody[]): ImportedAudit {
  const whole = blocks.map((b) => b.text).join("\n");
  const start = Math.max(
    0,
    blocks.findIndex(
      (b) =>
        b.kind === "heading" &&
        /^(\d+\.?\s+)?(sammanfattning|summary|executive summary)/iu.test(b.text),
    ),
  );
  const summary = blocks
    .slice(start, start + 40)
    .map((b) => b.text)
    .join("\n");
  const audited = bodiesNamedIn(summary, bodies).filter(
    (b) => !/fullmäktige|revision/i.test(b.name),
  );
  const result: ImportedAudit = {
    kind: "audit",
    diaryNumbers: [],
    audited,
    questions: [],
    recommendations: [],
    skippedEarlier: 0,
  };
  const title = findTitle(blocks);
  if (title) result.title = title;
  const date = findDate(blocks);
  if (date) result.date = date;
  const firm = firms.exec(whole);
  if (firm)
    result.firm = {
      value: firm[1] ?? "",
      line: blocks.find((b) => b.text.includes(firm[1] ?? ""))?.line ?? 1,
    };
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\b(?:dnr\.?\s*)?([A-ZÅÄÖ]{2,6}[- ]\d{4}[-/]\d{1,6})\b/gu)) {
      if (!result.diaryNumbers.some((d) => d.value === m[1]))
        result.diaryNumbers.push({ value: m[1] ?? "", line: b.line });
    }
  }

  const seen = new Set<string>();
  const add = (text: string, line: number, addressee: string | undefined) => {
    const clean = text.replace(/\s+/g, " ").trim();
    const key = fold(clean).replace(/[^\p{L}\p{N}]/gu, "");
    if (clean.length < 12 || seen.has(key)) return;
    seen.add(key);
    let to: KnownBody[] = [];
    let unknownTo: string[] = [];
    if (addressee)
      ({ known: to, unknown: unknownTo } = resolveAddressees(addressee, bodies, audited));
    if (to.length === 0 && unknownTo.length === 0) {
      const lead = bodySentence.exec(clean)?.[1];
      const named = lead
        ? resolveAddressees(lead, bodies, audited)
        : { known: bodiesNamedIn(clean.slice(0, 60), bodies), unknown: [] };
      to = named.known.length > 0 ? named.known : audited.length === 1 ? audited : [];
      unknownTo = named.known.length > 0 ? [] : named.unknown;
    }
    result.recommendations.push({
      id: `R${result.recommendations.length + 1}`,
      text: clean,
      to,
      unknownTo,
      line,
    });
  };

  let list: { addressee: string | undefined; past: boolean } | undefined;
  // A table of recommendations: which column holds the text, and which the addressee.
  let table: { text: number; to: number } | undefined;
  let inSection = false;
  let pendingNumbered: { line: number } | undefined;
  for (const [index, b] of blocks.entries()) {
    const text = b.text;
    if (b.kind !== "row") table = undefined;
    if (pendingNumbered && b.kind === "paragraph") {
      add(text, b.line, undefined);
      pendingNumbered = undefined;
      continue;
    }
    const number = numbered.exec(text);
    if (number && (b.kind !== "item" || !list)) {
      const rest = (number[2] ?? "").trim();
      if (rest.length > 12) add(rest, b.line, undefined);
      else pendingNumbered = { line: b.line };
      inSection = true;
      list = undefined;
      continue;
    }
    if (b.kind === "heading") {
      const heading = fold(text);
      list = introOf(text);
      inSection =
        /rekommendation|recommendation/.test(heading) && !/tidigare|earlier|previous/.test(heading);
      continue;
    }
    if (b.kind === "row") {
      const cells = b.cells ?? [];
      const textColumn = cells.findIndex((c) => recommendationHeader.test(fold(c)));
      if (textColumn >= 0) {
        table = {
          text: textColumn,
          to: cells.findIndex((c) => addresseeHeader.test(fold(c))),
        };
        continue;
      }
      const recommendation = table && cells[table.text];
      if (table && recommendation && !recommendation.endsWith("?")) {
        add(recommendation, b.line, table.to >= 0 ? cells[table.to] : undefined);
      }
      continue;
    }
    if (b.kind === "paragraph") {
      const intro = introOf(text);
      if (intro) {
        list = intro;
        continue;
      }
      if (genericIntro.test(fold(text))) {
        list = { addressee: undefined, past: false };
        inSection = true;
        continue;
      }
      // A page's running text between two items ("Shape the future") does not end the list.
      const between =
        list && text.length < 60 && !/[.!?]$/.test(text) && blocks[index + 1]?.kind === "item";
      if (!between) list = undefined;
      const advised = inSection
        ? text
            .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
            .map((sentence) => ({ sentence, to: recommendedTo(sentence) }))
            .filter((s) => s.to)
        : [];
      if (advised.length > 0) {
        for (const { sentence, to } of advised) add(sentence, b.line, to?.addressee);
        continue;
      }
      if (
        inSection &&
        bodySentence.test(text) &&
        !notRecommendation.test(text) &&
        !/rekommenderades/i.test(fold(text))
      ) {
        add(text, b.line, undefined);
      }
      continue;
    }
    // A list item.
    if (list) {
      if (list.past) result.skippedEarlier++;
      else add(text, b.line, list.addressee);
    } else if (inSection && !notRecommendation.test(text)) {
      add(text, b.line, undefined);
    }
  }

  const questions = new Map<string, ImportedQuestion>();
  for (const b of blocks) {
    if (b.kind !== "row" || !b.cells) continue;
    const [question = "", answer = ""] = b.cells;
    if (!question.trim().endsWith("?")) continue;
    const key = fold(question);
    if (questions.has(key)) continue;
    const q: ImportedQuestion = {
      id: `Q${questions.size + 1}`,
      text: question.trim(),
      line: b.line,
    };
    const parsed = parseAnswer(answer);
    if (parsed) q.answer = parsed;
    if (answer.trim()) q.assessment = answer.trim();
    questions.set(key, q);
  }
  if (questions.size === 0) {
    let asked = false;
    for (const b of blocks) {
      if (b.kind === "paragraph" || b.kind === "heading")
        asked = /revisionsfråg|följande frågor|audit questions/iu.test(b.text);
      else if (asked && b.kind === "item" && b.text.endsWith("?") && !questions.has(fold(b.text))) {
        questions.set(fold(b.text), { id: `Q${questions.size + 1}`, text: b.text, line: b.line });
      }
    }
  }
  result.questions = [...questions.values()];
  return result;
}
