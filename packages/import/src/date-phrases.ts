import { type Period, parsePeriod } from "@sparbar/core";

export const months =
  "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october";
const seasons =
  "våren|sommaren|hösten|vintern|vårterminen|höstterminen|varen|hosten|spring|summer|autumn|winter";
const ordinals =
  "första|andra|tredje|fjärde|forsta|fjarde|first|second|third|fourth|[1-4](?::[ae])?";
const lead =
  "(?:(?:senast|innan|före|inför|till och med|från och med|från|till|under|vid|i|innen|by|before|from|until|no later than|during|in|by the end of|the end of)\\s+)*";
const year = "(?:19|20)\\d{2}";

/** Date phrases as reports write them; each is checked by the period parser before it is used. */
// A phrase begins at a word: "kirurgi Juni 2022" holds "Juni 2022", never "i Juni 2022".
const phrase = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    `${lead}(?:i\\s+)?(?:början|slutet)(?:\\s+av)?\\s+(?:${months})\\s+och\\s+(?:i\\s+)?(?:början|slutet)(?:\\s+av)?\\s+(?:${months})\\s+${year}`,
    `${lead}(?:den\\s+)?\\d{1,2}(?::e|:a)?\\s+(?:${months})\\s+${year}`,
    `(?:${months})\\s+\\d{1,2},?\\s+${year}`,
    `${lead}(?:i\\s+)?(?:början|slutet|utgången)(?:\\s+av)?\\s+(?:(?:${months})\\s+)?${year}`,
    `${lead}(?:slutet av\\s+)?(?:${months})(?:\\s*[-–]\\s*(?:${months}))?\\s+${year}`,
    `${lead}(?:${seasons})\\s+${year}(?:/${year})?`,
    `${lead}(?:${ordinals})\\s+(?:kvartalet|tertialet|halvåret|quarter of|half of)\\s+${year}`,
    `${lead}(?:tertial|kvartal)\\s+[1-4]\\s+${year}`,
    `${lead}(?:vecka|v\\.)\\s*\\d{1,2}\\s+${year}`,
    `${lead}(?:årsskiftet|läsåret)\\s+${year}[/-](?:\\d{4}|\\d{2})(?!\\d)`,
    `${lead}(?:verksamhets|budget|räkenskaps|kalender)året\\s+${year}`,
    `${lead}(?:Q[1-4]|H[12]|T[1-3])\\s+${year}`,
    `${lead}${year}-(?:W\\d{2}|Q[1-4]|H[12]|T[1-3]|\\d{2}-\\d{2}|\\d{2})(?![\\d-])`,
    `(?:end of|early|late)\\s+${year}`,
    `(?:under|senast|till och med|från och med|fr\\.o\\.m\\.|från|from|by|during|until)\\s+${year}(?:\\s*[-–]\\s*${year})?(?![\\d:-])`,
  ].join("|")})`,
  "giu",
);

export interface FoundDate {
  text: string;
  period: Period;
  index: number;
}

/** Date words as OCR without diacritics writes them: "i borjan av 2026", "fran den 1 januari". */
const ocrWords: [RegExp, string][] = [
  [/\bb[oéè6ö]rjan\b/giu, "början"],
  [/\bh[oéè6öø]sten\b/giu, "hösten"],
  // Norwegian and Danish seasons where they spell like the Swedish ones.
  [/\bsommeren\b/giu, "sommaren"],
  [/\bv[aå]ren\b/giu, "våren"],
  [/\bfj[aäi]rde\b/giu, "fjärde"],
  [/\bf[oéè6ö]rsta\b/giu, "första"],
  [/\bfr[aå]n\b/giu, "från"],
  [/\bf[oéè6ö]re\b/giu, "före"],
  [/\binf[oéè6ö]r\b/giu, "inför"],
  [/\bhalv[aå]ret\b/giu, "halvåret"],
  // Norwegian "innen utgangen av 2025" is Swedish "utgången".
  [/\butgangen\b/giu, "utgången"],
  // Danish "inden udgangen af 2026" likewise.
  [/\budgangen af\b/giu, "utgången av"],
  [/\bdesember\b/giu, "december"],
];

/** The same text with OCR'd date words restored; lengths are kept so positions stay valid. */
function restoreDateWords(text: string): string {
  let out = text;
  for (const [pattern, word] of ocrWords)
    out = out.replace(pattern, (m) => (m.length === word.length ? word : m));
  return out;
}

/** Month names in Norwegian and Danish where they differ from the Swedish ones. */
const swedishFor: Record<string, string> = {
  januar: "januari",
  februar: "februari",
  marts: "mars",
  mai: "maj",
  august: "augusti",
  desember: "december",
};

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Dates the period parser does not read, in the forms other countries write them:
 * "31.12.2025" (Finnish, Norwegian, German), "31/12/2023" (British; read day first, and as
 * American only where the second number cannot be a month: "12/31/2023"), "1. mars 2026" and
 * "2. kvartal 2024" (Norwegian, Danish). Each is turned into a form the parser reads.
 */
const numericDate = /(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-]|\.\d)/gu;
const nordicDay =
  /(?<![\p{L}\d])(\d{1,2})(?:\.\s+|\s+(?=januar\s|februar\s|marts\s|mai\s))(januar|februar|mars|marts|april|maj|mai|juni|juli|august|september|oktober|november|desember|december)\s+((?:19|20)\d{2})(?!\d)/giu;
const nordicPart = /(?<![\p{L}\d])([1-4])\.\s+(kvartal|tertial)\s+((?:19|20)\d{2})(?!\d)/giu;

/**
 * "hösttermin 2026", "under år 2026", "halvårsskiftet 2026", "calendar year 2026": forms the
 * parser reads in other words.
 */
const otherWords: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /(?<![\p{L}\d])(höst|vår)termin(?:en)?\s+((?:19|20)\d{2})(?!\d)/giu,
    (m) => `${(m[1] ?? "").toLowerCase()}terminen ${m[2]}`,
  ],
  [/(?<![\p{L}\d])(?:under|i)\s+(?:år|året)\s+((?:19|20)\d{2})(?!\d)/giu, (m) => `under ${m[1]}`],
  [/(?<![\p{L}\d])halvårsskiftet\s+((?:19|20)\d{2})(?!\d)/giu, (m) => `första halvåret ${m[1]}`],
  // "by the end of calendar year 2026", "in calendar year 2027": the year itself, as against a
  // fiscal year; not a year that names what ("with the calendar year 2027 receipts").
  [
    /(?<![\p{L}\d])(?:(?:by|before|until)\s+(?:the\s+)?(end)\s+of\s+|(?:the\s+)?(end)\s+of\s+|(?:in|during)\s+)(?:the\s+)?calendar\s+year\s+((?:19|20)\d{2})(?![\d/–-])(?!\s+\p{Ll})/giu,
    (m) => (m[1] || m[2] ? `end of ${m[3]}` : `under ${m[3]}`),
  ],

  // A month as Norwegian and Danish spell it where Swedish spells it otherwise, with no day
  // before it: "i marts 2027", "innen utgangen av januar 2027", "inden udgangen af mai 2027",
  // "fra februar 2027".
  [
    /(?<![\p{L}\d])(?<!\d\.?\s)(?:(fra og med|fra)\s+)?(?:(?:udgangen|utgangen)\s+(?:af|av)\s+)?(januar|februar|marts|mai)\s+((?:19|20)\d{2})(?!\d)/giu,
    (m) =>
      `${m[1] ? "från och med " : ""}${/gangen/iu.test(m[0]) ? "utgången av " : ""}${swedishFor[(m[2] ?? "").toLowerCase()]} ${m[3]}`,
  ],
  // American "Fall 2027", "the fall 2027 semester", "by fall of 2027": the autumn, read as
  // "autumn 2027" is; the verb ("costs fall 2027 …") is none.
  [
    /(?:(?<![\p{L}\d])F|(?<=\b(?:the|in|by|during|before|until|early|late|end of)\s)f)all\s+(?:of\s+)?((?:19|20)\d{2})(?![\d/–-])/gu,
    (m) => `autumn ${m[1]}`,
  ],
  // A part of the year by its ordinal in words, with or without its article, as Norwegian and
  // Danish write it and Swedish sometimes: "første kvartal 2027", "tredje kvartalet 2027",
  // "andet tertial 2027", "første halvår 2027", "andra halvår 2027"; "1. halvår 2027" too.
  [
    /(?<![\p{L}\d])(første|förste|första|forsta|andre|andet|andra|tredje|fjerde|fjärde|fjarde|[12]\.(?=\s+halv))\s+(kvartal|tertial|halvår)(?:et)?\s+((?:19|20)\d{2})(?!\d)/giu,
    (m) => {
      const place = ordinalPlace(m[1] ?? "");
      const part = (m[2] ?? "").toLowerCase();
      // A year has two halves: "tredje halvår" is no date, and an empty text parses as none.
      if (part === "halvår")
        return place <= 2 ? `${place === 1 ? "första" : "andra"} halvåret ${m[3]}` : "";
      return `${part} ${place} ${m[3]}`;
    },
  ],
  // A period's report named with its number: "tertialrapport 1 2027" is due with tertial 1,
  // "kvartalsrapport 3 2026" with the third quarter (the report follows the period it covers,
  // but a promise "i samband med" it is kept by the period's end as its label reads it).
  [
    /(?<![\p{L}\d])(tertial|kvartal)s?rapport(?:en)?\s+([1-4])\s+((?:19|20)\d{2})(?!\d)/giu,
    (m) => `${(m[1] ?? "").toLowerCase()} ${m[2]} ${m[3]}`,
  ],
  // A part of the year with a comma before its year: "Kvartal 2, 2027", "Q3, 2027".
  [
    /(?<![\p{L}\d])(?:(tertial|kvartal)\s+|([QHT]))([1-4]),\s+((?:19|20)\d{2})(?!\d)/giu,
    (m) =>
      m[1] === undefined
        ? `${m[4]}-${(m[2] ?? "").toUpperCase()}${m[3]}`
        : `${m[1].toLowerCase()} ${m[3]} ${m[4]}`,
  ],
  // A financial year named by the two calendar years it spans: "the 2027/28 financial year",
  // "financial year 2027-28", "FY 2027/28". Written with a slash or a hyphen it runs from April
  // to March, as in the UK and New Zealand; with an en dash, as Australian bodies write it, from
  // July to June. Read only where the second year follows the first. A practice that starts
  // "from", "beginning with" or "starting in" such a year starts on its first day, as a US
  // fiscal year's does below: the whole year is no deadline for it.
  [
    /(?<![\p{L}\d])((?:from|beginning|starting|commencing)\s+(?:in\s+|with\s+)?(?:the\s+)?)?((?:financial|fiscal)\s+year\s+(?:of\s+)?|FY\s*)?((?:19|20)\d{2})([/–-])(\d{2}|\d{4})(?![\d/–-])(\s+(?:financial|fiscal)\s+year)?/giu,
    (m) => {
      const named = m[2] !== undefined || m[6] !== undefined;
      if (forAYear(m)) return "";
      const first = Number(m[3]);
      const second = m[5] ?? "";
      if (!named || second !== String(first + 1).slice(-second.length)) return "";
      const australian = m[4] === "–";
      if (m[1]) return australian ? `${first}-07-01` : `${first}-04-01`;
      return australian ? `juli ${first}-juni ${first + 1}` : `april ${first}-mars ${first + 1}`;
    },
  ],
  // A quarter named by the month it ends in, as Australian bodies write it: "the March quarter
  // 2028" is January–March 2028.
  [
    /(?<![\p{L}\d])(march|june|september|december)\s+quarter\s+(?:of\s+)?((?:19|20)\d{2})(?![\d/–-])/giu,
    (m) => {
      const quarter = ["march", "june", "september", "december"].indexOf(
        (m[1] ?? "").toLowerCase(),
      );
      return `${m[2]}-Q${quarter + 1}`;
    },
  ],
  // A quarter of a US fiscal year, "the second quarter of fiscal year 2027", "Q3 FY2027", "the
  // fourth quarter of FY 2026": the federal year begins in October, so its first quarter is
  // October–December of the year before and its second January–March.
  [
    /(?<![\p{L}\d])(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:the\s+)?|Q([1-4])\s+(?:of\s+)?)(?:fiscal\s+year\s+|FY\s*)((?:19|20)\d{2}|\d{2})(?![\d/–-])/giu,
    (m) => {
      const word = (m[1] ?? "").toLowerCase().slice(0, 2);
      const quarter = m[2] ? Number(m[2]) : (quarterPlace[word] ?? 0);
      const y = m[3]?.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return quarter === 1 ? `${y - 1}-Q4` : `${y}-Q${quarter - 1}`;
    },
  ],
  // A US fiscal year by its one year, "fiscal year 2028", "FY 2028", "FY28": the federal year,
  // October 2027 to September 2028. A step "beginning in" it begins on its first day; a year
  // after "for" ("its budget submission for fiscal year 2026") or naming a year's budget ("with
  // the fiscal year 2028 budget request") is what the step is about.
  [
    /(?<![\p{L}\d])(?:(?:beginning|starting|commencing)\s+(?:in\s+|with\s+)?)?(?:fiscal\s+year\s+|FY\s*)((?:19|20)\d{2}|\d{2})(?![\d/–-])/giu,
    (m) => {
      if (forAYear(m) || budgetOfYear(m) || quarterOfIt(m)) return "";
      const y = m[1]?.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      if (/^(?:beginning|starting|commencing)/iu.test(m[0])) return `${y - 1}-10-01`;
      return `oktober ${y - 1}-september ${y}`;
    },
  ],
  // A quarter of a financial year that spans two calendar years, "Q1 2027/28", "quarter 3 of
  // 2027/28", as a UK council's year runs: from April, so its first quarter is April–June 2027
  // and its fourth January–March 2028. Read only where the second year follows the first.
  [
    /(?<![\p{L}\d])(?:Q|quarter\s+)([1-4])\s+(?:of\s+)?((?:19|20)\d{2})\/(\d{2}|\d{4})(?![\d/])/giu,
    (m) => {
      const first = Number(m[2]);
      const second = m[3] ?? "";
      if (second !== String(first + 1).slice(-second.length)) return "";
      const quarter = Number(m[1]);
      return quarter === 4 ? `${first + 1}-Q1` : `${first}-Q${quarter + 1}`;
    },
  ],
];

/** A quarter's place by the first letters of its ordinal: "first", "1st", "second", "2nd" … */
const quarterPlace: Record<string, number> = {
  fi: 1,
  "1s": 1,
  se: 2,
  "2n": 2,
  th: 3,
  "3r": 3,
  fo: 4,
  "4t": 4,
};

/** Whether a fiscal year is one whose quarter is named before it ("the second quarter of"). */
function quarterOfIt(m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return /(?:\bquarter\s+of\s+(?:the\s+)?|\bQ[1-4]\s+(?:of\s+)?)$/iu.test(
    (m.input ?? "").slice(Math.max(0, at - 20), at),
  );
}

/** Whether a year stands after "for" ("the budget for fiscal year 2026"): what, not when. */
function forAYear(m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return /(?<!\p{L})for\s+(?:the\s+)?$/iu.test((m.input ?? "").slice(Math.max(0, at - 10), at));
}

/** Whether a year names a budget ("the fiscal year 2028 budget request"): what, not when. */
function budgetOfYear(m: RegExpMatchArray): boolean {
  const after = (m.input ?? "").slice(
    (m.index ?? 0) + m[0].length,
    (m.index ?? 0) + m[0].length + 40,
  );
  return /^\s+(?:budget|appropriations?|spending\s+plan|congressional\s+justification)(?!\p{L})/iu.test(
    after,
  );
}

/** The place an ordinal names, in the Nordic languages' words or as "1.". */
function ordinalPlace(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/u.test(w)) return Number.parseInt(w, 10);
  if (/^f(?:ø|ö|o)rst/u.test(w)) return 1;
  if (/^and/u.test(w)) return 2;
  if (w === "tredje") return 3;
  return 4;
}

function otherDateForms(original: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (index: number, written: string, readable: string) => {
    const parsed = parsePeriod(readable);
    // The draft writes the form the parser read, so that `check` reads the same day.
    if (parsed.ok)
      found.push({ text: written, period: { ...parsed.period, text: readable }, index });
  };
  for (const m of original.matchAll(numericDate)) {
    let day = Number(m[1]);
    let month = Number(m[3]);
    if (m[2] === "/" && month > 12 && day <= 12) [day, month] = [month, day];
    add(m.index ?? 0, m[0], `${m[4]}-${pad(month)}-${pad(day)}`);
  }
  for (const m of original.matchAll(nordicDay)) {
    const name = (m[2] ?? "").toLowerCase();
    add(m.index ?? 0, m[0], `${m[1]} ${swedishFor[name] ?? name} ${m[3]}`);
  }
  for (const m of original.matchAll(nordicPart))
    add(m.index ?? 0, m[0], `${(m[2] ?? "").toLowerCase()} ${m[1]} ${m[3]}`);
  for (const [pattern, readable] of otherWords)
    for (const m of original.matchAll(pattern)) add(m.index ?? 0, m[0], readable(m));
  return found;
}

/**
 * "till årsskiftet", "under hösten", "senast i december": a date written without its year,
 * after a word that makes it a time limit. A month needs such a word ("senast", "till",
 * "under"); after a bare "i" it is as often a past month or another matter's date. English
 * "may" is a verb far more often than a month, so it is left.
 */
const yearless = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:till|vid|före|inför|innan|innen|senast(?:\\s+(?:vid|till|i|under))?|under|i|by|in|during|before)\\s+(?:(årsskiftet)|(${seasons}))|(?:till|före|innan|innen|senast(?:\\s+(?:i|under))?|under|by|before|until|during)\\s+(${months.replace("|may", "")}))(?!\\s*(?:19|20)\\d{2})(?![\\p{L}\\d])`,
  "giu",
);

/**
 * Dates without a year, read only where the document's own date gives one: the first such
 * period that ends on or after that date ("i februari" in a response of November 2025 is
 * February 2026). The draft writes the year chosen, so the reviewer sees it.
 */
function yearlessDates(original: string, reference: string): FoundDate[] {
  const year = Number(reference.slice(0, 4));
  const found: FoundDate[] = [];
  for (const m of restoreDateWords(original).matchAll(yearless)) {
    const written = writtenAt(original, m);
    const name = (m[2] ?? m[3] ?? "").toLowerCase();
    // The lead word stays where the parser reads it: "till" and "före årsskiftet" fall due on 31
    // December, "vid årsskiftet" on 1 January; Norwegian "innen årsskiftet" is "till", and a
    // lead word the parser does not know ("till" before a month) is dropped.
    const leadWords = m[0]
      .slice(0, m[0].toLowerCase().lastIndexOf(m[1] ? "årsskiftet" : name))
      .replace(/^innen\s/i, m[1] ? "till " : "innen ");
    for (const y of [year, year + 1]) {
      const bare = m[1] ? `årsskiftet ${y}/${y + 1}` : `${name} ${y}`;
      const led = `${leadWords.toLowerCase()}${bare}`;
      const readable = parsePeriod(led).ok ? led : bare;
      const parsed = parsePeriod(readable);
      if (!parsed.ok || parsed.period.end < reference) continue;
      found.push({
        text: written,
        period: { ...parsed.period, text: readable },
        index: m.index ?? 0,
      });
      break;
    }
  }
  return found;
}

/** The words of the original a match in its restored text stands for. */
function writtenAt(original: string, m: RegExpMatchArray): string {
  return original.slice(m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/**
 * The dates a sentence writes without a year ("till årsskiftet", "senast i mars"), as written:
 * where nothing in the response gives their year, a measure says the year is not known rather
 * than taking one.
 */
export function datesWithoutYear(original: string): string[] {
  return [...restoreDateWords(original).matchAll(yearless)].map((m) => writtenAt(original, m));
}

/**
 * Every date phrase in a sentence that the period parser accepts, in the order they stand.
 * With `reference` (the document's date, YYYY-MM-DD), dates written without a year are read too.
 */
/**
 * Whether a stretch of the text overlaps a date already found, answered for many stretches
 * without going through every date for each: a long text holds thousands of dates.
 */
function overlapsAny(dates: readonly FoundDate[]): (start: number, end: number) => boolean {
  const byStart = [...dates].sort((a, b) => a.index - b.index);
  const furthestEnd: number[] = [];
  for (const date of byStart)
    furthestEnd.push(Math.max(furthestEnd.at(-1) ?? 0, date.index + date.text.length));
  return (start, end) => {
    // How many dates start before `end`; one of them overlaps if any reaches past `start`.
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((byStart[middle]?.index ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] ?? 0) > start;
  };
}

export function findDatePhrases(original: string, reference?: string): FoundDate[] {
  const found: FoundDate[] = otherDateForms(original);
  // A phrase found below lies within its own match, and matches never overlap: only the other
  // forms can overlap a later match.
  const overlapsOtherForm = overlapsAny(found);
  const sentence = restoreDateWords(original);
  for (const match of sentence.matchAll(phrase)) {
    // "(HSLF-FS 2022:39)" and diary numbers are not dates.
    const after = sentence[match.index + match[0].length] ?? "";
    if (after === ":" || /[A-Z]-$/.test(sentence.slice(0, match.index))) continue;
    // Lead words the parser does not know ("till hösten 2025", "innen juni 2025") are dropped
    // one at a time until what is left is a period it reads.
    let index = match.index;
    let text = match[0].trim().replace(/[.,;]$/, "");
    let parsed = parsePeriod(text);
    while (!parsed.ok && text.includes(" ")) {
      const word = /^\S+\s+/u.exec(text)?.[0] ?? "";
      index += word.length;
      text = text.slice(word.length);
      parsed = parsePeriod(text);
    }
    const written = original.slice(index, index + text.length);
    const overlaps = overlapsOtherForm(match.index, match.index + match[0].length);
    if (parsed.ok && !overlaps)
      // A word restored from OCR or from Norwegian is written as the parser read it.
      found.push({
        text: written,
        period: { ...parsed.period, text: written === text ? written : text },
        index,
      });
  }
  if (reference) {
    // "i juni nästa år" is read whole before "i juni" is read without its year.
    for (const dates of [nextYearDates, yearlessDates]) {
      const overlapsFound = overlapsAny(found);
      for (const date of dates(original, reference))
        if (!overlapsFound(date.index, date.index + date.text.length)) found.push(date);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "nästa år", "next year", Norwegian "neste år", Danish "næste år": the year after the text's. */
const nextYear =
  /(?<![\p{L}\d])(?:nästa|nästkommande|neste|næste|kommende)\s+år(?![\p{L}\d])|(?<![\p{L}\d])next\s+year(?![\p{L}\d])/giu;

/**
 * "under första kvartalet nästa år", "by the end of next year": a period in the year after the
 * document's own date, read as if that year were written. The words before it are read in a
 * window of their own, so each mention costs no more than its window.
 */
function nextYearDates(original: string, reference: string): FoundDate[] {
  const year = String(Number(reference.slice(0, 4)) + 1);
  const found: FoundDate[] = [];
  for (const m of original.matchAll(nextYear)) {
    const at = m.index ?? 0;
    const start = Math.max(0, at - 40);
    const window = `${original.slice(start, at)}${year}`;
    const date = findDatePhrases(window).find((d) => d.index + d.text.length === window.length);
    if (!date) continue;
    const index = start + date.index;
    found.push({
      text: original.slice(index, at + m[0].length),
      period: { ...date.period, text: date.period.text },
      index,
    });
  }
  return found;
}

const startsFrom = /^(?:från och med|fr\.o\.m\.|från|starting|from)\s+(?:den\s+)?/iu;

/**
 * When a promise stated with this date falls due. "Från och med tertial 1 2025" or "från och
 * med februari 2026" starts a practice in that period: it is kept once the period's first
 * instance is over, so it falls due at the period's end, and is written without "från och
 * med", which `check` reads as the period's first day. "Från den 1 januari 2026" names the day
 * itself and stays as written.
 */
export function measureDue(found: FoundDate): Period {
  if (found.period.qualifier !== "from" || found.period.precision === "day") return found.period;
  const words = found.text.replace(startsFrom, "");
  const within = parsePeriod(words);
  return within.ok ? { ...within.period, text: words } : found.period;
}
