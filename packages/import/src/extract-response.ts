import type { Period, Stance } from "@sparbar/core";
import { bodiesNamedIn, fold, type KnownBody } from "./addressees.ts";
import { findDatePhrases } from "./date-phrases.ts";
import type { Found } from "./extract-audit.ts";
import type { Block } from "./text-blocks.ts";

interface ImportedMeasure {
  text: string;
  due: Period;
  /** The unit or officer the response makes responsible, where a table names one. */
  responsible?: string;
  /** Ticked in the source (☒, [x]). */
  done?: boolean;
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

/** "Rekommendation 2: …", "**Rekommendation 2.**", "Recommendation 2", "R2 …" (Spårbar's own headings). */
const heading =
  /^(?:\*\*)?(?:rekommendation|recommendation)\s+(\d{1,2})(?:\s*[:.–-]\s*|\s+|(?=\*\*)|$)(.*?)(?:\*\*)?$|^R(\d{1,2})\s+(.*)$/iu;
/**
 * Sentences that are not promises: what was done (past tense), what others are expected to do
 * (a national agency's report, a bill), and conditions. Matched on text without diacritics, so
 * OCR'd text is read alike.
 */
const notPromise =
  /\b(pagick|genomforde|genomfordes|reviderades|reviderade|antogs|antog|beslutade|beslutades|publicerades|startade|startades|lanserades|infordes|godkande|godkandes|deltog|presenterade|gjorts|gjordes|har genomforts|har tagits fram|har startats|har tratt|tradde|tritt|avslutades|vantas|forvantas|vintas|was|were|completed)\b|^om\s|^(socialstyrelsen|regeringen|riksdagen|skolverket|lansstyrelsen|ivo|inspektionen|forsakringskassan|arbetsformedlingen|polisen|the government)s?\b/iu;

/** Stances as responses write them, the negative and partial forms first. */
const stances: [RegExp, Stance][] = [
  [
    /\b(?:instämmer|delar)\s+(?:inte|ej)\b|\bavser inte\b|\bställer sig inte bakom\b|\bdoes not concur\b|\bdisagree/iu,
    "disagrees",
  ],
  [
    /\b(?:instämmer|delar)\s+delvis\b|\bdelvis\s+(?:instämmer|delar)\b|\bconcurs? in principle\b|\bpartly agree|\bpartially (?:agree|concur)/iu,
    "partly-agrees",
  ],
  [
    /\binstämmer\b|\bdelar (?:revisorernas|revisionens|granskningens|stadsrevisionens) bedömning\b|(?<!\p{L})är positiv till\b|\bställer sig bakom\b|\bconcurs?\b|\bagreed?\b/iu,
    "agrees",
  ],
];
/** "Ställningstagande: instämmer delvis", as Spårbar writes it and its Word export prints it. */
const stanceLine = /^ställningstagande:\s*(.+)$/iu;

function stanceOf(text: string): Stance | undefined {
  const own = stanceLine.exec(text.trim());
  if (own && /inget ställningstagande/iu.test(own[1] ?? "")) return "no-stance";
  return stances.find(([pattern]) => pattern.test(own?.[1] ?? text))?.[1];
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-ZÅÄÖ*])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A task item as Spårbar's Word export prints it: "☐ text — due". */
const taskItem = /^(?:\[([ xX])\]|(☐|☒))\s*/u;

/** Table headers of an action plan: recommendation, measure, responsible, date. */
const columns = {
  recommendation: /^(rekommendation(er)?|recommendation)$/u,
  measure: /^(atgard(er)?|planerade atgarder|aktivitet(er)?|action|measure)$/u,
  responsible: /^(ansvarig( enhet)?|ansvar|responsible|owner)$/u,
  due: /^(klart( senast)?|tidplan|tidpunkt|datum|senast|klart nar|deadline|due)$/u,
};

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
        /^(?:\*\*)?(granskning|yttrande|uppföljande yttrande|återrapportering|svar på)\b/iu.test(
          b.text,
        ) && b.text.length > 15,
    );
  if (titled) result.title = { value: titled.text.replace(/\*\*/g, ""), line: titled.line };

  const explicit = blocks.some((b) => b.kind !== "row" && heading.test(b.text));
  // Recommendations the response quotes as a list before answering them one by one.
  const quoted: string[] = [];
  let quoting = false;
  let documentStance: Stance | undefined;
  let current: ImportedSection | undefined;
  let awaitingText = false;
  let table: Record<keyof typeof columns, number> | undefined;

  const open = (number: number, numbered: boolean, text: string, line: number) => {
    current = { number, numbered, text, measures: [], line };
    result.sections.push(current);
  };
  const addMeasure = (section: ImportedSection, text: string, line: number, extra = {}) => {
    const due = findDatePhrases(text).sort((x, y) => y.text.length - x.text.length)[0];
    if (!due) return;
    if (section.measures.some((m) => fold(m.text) === fold(text))) return;
    section.measures.push({ text, due: due.period, line, ...extra });
  };

  for (const b of blocks) {
    if (b.kind === "row") {
      const cells = b.cells ?? [];
      const header = cells.map((c) => fold(c));
      if (header.some((c) => columns.recommendation.test(c))) {
        const find = (key: keyof typeof columns) => header.findIndex((c) => columns[key].test(c));
        table = {
          recommendation: find("recommendation"),
          measure: find("measure"),
          responsible: find("responsible"),
          due: find("due"),
        };
        continue;
      }
      if (!table || table.recommendation < 0) continue;
      const cell = cells[table.recommendation] ?? "";
      const number = /^(\d{1,2})[.)]\s*/.exec(cell);
      const text = cell.replace(/^\d{1,2}[.)]\s*/, "");
      const section = result.sections.find((s) => s.text === text);
      if (!section)
        open(Number(number?.[1] ?? result.sections.length + 1), Boolean(number), text, b.line);
      const target = section ?? current;
      const measure = cells[table.measure] ?? "";
      const due = cells[table.due] ?? "";
      if (target && (measure || due)) {
        const responsible = cells[table.responsible];
        addMeasure(target, `${measure} ${due}`.trim(), b.line, responsible ? { responsible } : {});
      }
      continue;
    }
    table = undefined;
    const match = heading.exec(b.text);
    if (match) {
      const number = Number(match[1] ?? match[3] ?? 0);
      let text = (match[2] ?? match[4] ?? "").replace(/\*\*/g, "").trim();
      // "Rekommendation 1: Förvaltningen instämmer. …": the answer follows the number, and the
      // recommendation is the one the response quoted earlier.
      const answer = text && stanceOf(sentences(text)[0] ?? "") ? text : "";
      if (answer) text = quoted[number - 1] ?? "";
      open(number || result.sections.length + 1, number > 0, text, b.line);
      awaitingText = text.length === 0 && !answer;
      if (answer && current) readAnswer(current, answer, b.line);
      continue;
    }
    if (!current) {
      if (
        !explicit &&
        b.kind === "item" &&
        b.ordered &&
        /rekommendation|recommendation/iu.test(lastParagraph(blocks, b))
      ) {
        open(
          Number.parseInt(b.marker ?? "", 10) || result.sections.length + 1,
          true,
          b.text,
          b.line,
        );
        continue;
      } else if (b.kind === "item" && quoting) quoted.push(b.text);
      else {
        quoting =
          b.kind !== "item" &&
          /\brekommendation(er)?\b.*[.:]$|\brecommendations?\b.*[.:]$/iu.test(b.text);
        documentStance ??= stanceOf(b.text);
      }
      continue;
    }
    if (
      !explicit &&
      b.kind === "item" &&
      b.ordered &&
      current.numbered &&
      /^\d/.test(b.marker ?? "")
    ) {
      open(Number.parseInt(b.marker ?? "", 10), true, b.text, b.line);
      continue;
    }
    if (awaitingText && (b.kind === "paragraph" || b.kind === "item")) {
      current.text = b.text;
      awaitingText = false;
      continue;
    }
    readAnswer(current, b.text, b.line, b.kind === "item");
  }

  // A response that answers the report as a whole: one section, headed by the report's title.
  if (result.sections.length === 0) {
    const answered = blocks.find((b) => /^granskning(en)? (av|inom|kring|om)\b/iu.test(b.text));
    const stance = blocks.map((b) => stanceOf(b.text)).find(Boolean);
    if (answered && stance) {
      open(1, false, answered.text, answered.line);
      const section = result.sections[0] as ImportedSection;
      for (const b of blocks.filter((x) => x.line > answered.line))
        readAnswer(section, b.text, b.line, b.kind === "item");
    }
  }
  for (const section of result.sections) {
    if (!section.stance && documentStance) section.stance = documentStance;
    // Where the response lists its measures as task items, the items are the measures.
    if (section.measures.some((m) => m.done !== undefined))
      section.measures = section.measures.filter((m) => m.done !== undefined);
  }
  return result;

  function readAnswer(section: ImportedSection, text: string, line: number, item = false) {
    // The response's own "Ställningstagande:" line decides, whatever the prose said before it.
    if (!section.stance || stanceLine.test(text.trim())) {
      const stance = stanceOf(text);
      if (stance) {
        section.stance = stance;
        section.stanceLine = line;
      }
    }
    const task = taskItem.exec(text);
    if (task) {
      const done = task[1] ? task[1] !== " " : task[2] === "☒";
      addMeasure(section, text.slice(task[0].length), line, { done });
      return;
    }
    for (const sentence of item ? [text] : sentences(text)) {
      if (notPromise.test(fold(sentence))) continue;
      addMeasure(section, sentence, line);
    }
  }
}

/** The nearest paragraph before a block: what introduces a list. */
function lastParagraph(blocks: readonly Block[], block: Block): string {
  const at = blocks.indexOf(block);
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b && b.kind !== "item") return b.text;
  }
  return "";
}
