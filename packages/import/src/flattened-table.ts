import { foldInPlace } from "./addressees.ts";
import { findDatePhrases } from "./date-phrases.ts";
import { answersAtOnce, readStanceIn } from "./stance-words.ts";
import { type ColumnRole, headerAt } from "./table-columns.ts";
import type { Block } from "./text-blocks.ts";

/**
 * An action plan whose column separators were lost when it was copied from a PDF or a web page:
 * "Rekommendation Åtgärd Ansvarig Tidplan" and then "1. Säkerställ att … Genomgång av …
 * Hälso- och sjukvårdsförvaltningen Senast 2022-03-31", a row to a line or all rows in one. The
 * header says which columns there are and in what order; each row is cut from its end: the
 * date, then who is responsible, then the texts, each of which begins with a capital letter.
 */

/** Words that end the name of a unit or an officer, on folded text. */
const unitWord =
  /(?:udvalg|udvalget|utvalg|utvalget|chef|chefen|sjef|sjefen|stab|staben|leder|lederen|avdeling|avdelingen|afdeling|afdelingen|team|forvaltning|forvaltningen|ansvarig|samordnare|samordnaren|utvecklare|utvecklaren|direktor|direktoren|enhet|enheten|avdelning|avdelningen|kontor|kontoret|strateg|strategen|controller|controllern|handlaggare|handlaggaren|sekreterare|sekreteraren|ledare|ledaren|ledningen|namnd|namnden|namnder|namnderna|styrelse|styrelsen|kansli|kansliet|rektor|rektorn|rektorer|gruppen|teamet|officer|manager|director|head|lead|unit|department|administrator|coordinator)$/u;

/** Whether a folded word ends the name of a unit or an officer ("personaldirektoren"). */
export function namesUnit(folded: string): boolean {
  return unitWord.test(folded);
}

const startsCapital = /^\p{Lu}/u;

/** "Social- og": the first half of a name joined to the word after it ("… Sundhedsudvalget"). */
const joinedHalf = (words: readonly string[], at: number) =>
  at >= 2 && /^(?:og|och|and)$/u.test(words[at - 1] ?? "") && /\p{L}-$/u.test(words[at - 2] ?? "");

/** Where the shortest run of words ending before `end` that names a unit begins. */
function unitRunBefore(words: readonly string[], end: number): number | undefined {
  for (let k = 1; k <= Math.min(5, end - 1); k++) {
    const from = end - k;
    const tail = words.slice(from, end);
    if (!startsCapital.test(tail[0] ?? "")) continue;
    if (tail.some((w) => namesUnit(foldInPlace(w).replace(/[^\p{L}]/gu, ""))))
      return joinedHalf(words, from) ? from - 2 : from;
  }
  return undefined;
}

/**
 * The shortest run of words at the end of `text` that names a unit or an officer, and the
 * units listed before it with commas ("Programnämnd social välfärd, Driftsnämnd vård och
 * omsorg").
 */
export function responsibleAtEnd(text: string): string | undefined {
  const words = text.split(" ");
  let from = unitRunBefore(words, words.length);
  if (from === undefined) return undefined;
  for (let listed = 0; listed < 4 && (words[from - 1] ?? "").endsWith(","); listed++) {
    const before = unitRunBefore(words, from);
    if (before === undefined) break;
    from = before;
  }
  return words.slice(from).join(" ");
}

/**
 * The responsible cell right after a row's text, where a footer the page put after the last
 * row follows it ("… registreres i omsorgssystemet. Social- og Sundhedsudvalget
 * Revisionsberetning nr. 7 Side 91"): the shortest run of words after the text's last stop
 * that names a unit, and what follows it.
 */
function responsibleAfterStop(
  text: string,
): { text: string; responsible: string; rest: string } | undefined {
  const stop = [...text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].at(-1);
  if (!stop) return undefined;
  const at = (stop.index ?? 0) + stop[0].length;
  const words = text.slice(at).split(" ");
  for (let k = 1; k <= Math.min(5, words.length - 1); k++) {
    if (!namesUnit(foldInPlace(words[k - 1] ?? "").replace(/[^\p{L}]/gu, ""))) continue;
    if (!startsCapital.test(words[0] ?? "")) return undefined;
    return {
      text: text.slice(0, at).trim(),
      responsible: words.slice(0, k).join(" "),
      rest: words.slice(k).join(" "),
    };
  }
  return undefined;
}

/** Where a new cell begins: a capitalised word after a word that ends in a small letter or digit. */
function cellStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(/(?<=[\p{Ll}\d]) (?=\p{Lu}\p{Ll})/gu))
    starts.push((m.index ?? 0) + 1);
  return starts;
}

/**
 * A risk's or a priority's level in a cell of its own between two texts: "… verksamheterna.
 * Medel Kommunstyrelsen bör …", "… not reconciled. High The Council should …".
 */
const levelCell =
  /(?<=[.!?\p{Ll}])\s(?:Mycket hög|Hög|Medel|Medelhög|Låg|Kritisk|Allvarlig|Väsentlig|Betydande|Begränsad|Høy|Middels|Lav|Høj|Mellem|Critical|High|Medium|Moderate|Low)\s(?=\p{Lu})/u;

/**
 * Where the `count` text cells after the first begin: at a level's cell and after it where the
 * row holds one, since the text before it may end with a full stop and the level begin with a
 * capital; then where a capitalised word follows a small letter or a digit.
 */
function textCellStarts(text: string, count: number): number[] {
  const level = levelCell.exec(text);
  if (!level || count < 2) return cellStarts(text).slice(0, count);
  const from = level.index + 1;
  const to = level.index + level[0].length;
  const starts = new Set([from, to]);
  // The texts before the level are cut first, then those after it.
  for (const at of [
    ...cellStarts(text.slice(0, from)),
    ...cellStarts(text.slice(to)).map((k) => k + to),
  ]) {
    if (starts.size >= count) break;
    if (at !== from && at !== to) starts.add(at);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Where the answer begins in a row whose recommendation's cell is followed by the answer's
 * ("Rekommendation Ställningstagande Åtgärd", "Revisorns rekommendation Styrelsens kommentar"):
 * at the first sentence or capitalised word that opens with a stance ("… med motivering.
 * Styrelsen håller med. …", "… riktmärken Instämmer delvis Barngruppernas …"), though the
 * recommendation's own words may hold a capital after a small letter. A stance's cell of its
 * own ends where the next capitalised word follows a small letter. Undefined where no answer
 * opens with a stance: the cells are then cut by their capitals alone.
 */
function answerStarts(text: string, roles: readonly ColumnRole[]): number[] | undefined {
  if (roles[0] !== "recommendation" || (roles[1] !== "stance" && roles[1] !== "measure"))
    return undefined;
  const candidates = [...text.matchAll(/(?<=[.!?\p{Ll}\d]) (?=\p{Lu})/gu)].map(
    (m) => (m.index ?? 0) + 1,
  );
  for (let i = 0; i < candidates.length; i++) {
    let at = candidates[i] ?? 0;
    // A window of the opening words: the stance must come within them.
    const window = text.slice(at, at + 120);
    if (!answersAtOnce(window)) continue;
    // "… följer Skolverkets riktmärken Instämmer delvis": the answer begins at the last
    // capitalised word up to its stance, not at a name in the recommendation before it.
    const stance = at + (readStanceIn(window)?.at ?? 0);
    while ((candidates[i + 1] ?? Number.POSITIVE_INFINITY) <= stance) at = candidates[++i] ?? at;
    const more = roles.length - 2;
    if (more === 0) return [at];
    const after = cellStarts(text.slice(at)).map((k) => k + at);
    return after.length < more ? undefined : [at, ...after.slice(0, more)];
  }
  return undefined;
}

/** Dashes standing for empty cells: words of their own, then the row's end or a new text. */
const dashCells = /\s([–—-](?:\s+[–—-])*)(?=\s+\p{Lu}|\s*$)/u;

/**
 * The cells of one row, in the header's order, and any text that follows the row's last cell;
 * undefined when the row cannot be cut with confidence.
 */
export function splitRow(
  row: string,
  roles: readonly ColumnRole[],
  undated = false,
): { cells: string[]; rest: string } | undefined {
  const number = /^(\d{1,2}(?:\.\d{1,2})?[.)]?)\s+/u.exec(row);
  let text = number ? row.slice(number[0].length) : row;
  // "1 Kommunstyrelsen bör …" under "Nr Rekommendation Ansvarig": the number is the first
  // column's cell, and the texts begin after it.
  const first = number && roles[0] === "other" ? 1 : 0;
  const cells: string[] = Array.from({ length: roles.length }, () => "");
  let last = roles.length - 1;
  let rest = "";
  if (roles[last] === "due") {
    // The first date a few words in: a row's texts come before its date.
    const due = findDatePhrases(text).find(
      (d) => d.index > 0 && text.slice(0, d.index).trim().split(" ").length >= 3,
    );
    if (due) {
      cells[last] = text.slice(due.index, due.index + due.text.length);
      rest = text
        .slice(due.index + due.text.length)
        .replace(/^[.,;]/u, "")
        .trim();
      // A note on the date in brackets is the due cell's: "Juni 2027 (pågår)".
      const note = /^\([^()]{1,30}\)/u.exec(rest);
      if (note) {
        cells[last] = `${cells[last]} ${note[0]}`;
        rest = rest.slice(note[0].length).trim();
      }
      text = text.slice(0, due.index).trim();
      last--;
    } else {
      // No date, but the last cells left empty with a dash each ("… lärplattformar – –"):
      // each dash a cell from the row's end.
      const dashes = dashCells.exec(text);
      if (dashes && text.slice(0, dashes.index).trim().split(" ").length >= 3) {
        const count = (dashes[1] ?? "").split(/\s+/u).length;
        if (last - count < first + 1) return undefined;
        for (let k = 0; k < count; k++) cells[last--] = "";
        rest = text.slice(dashes.index + dashes[0].length).trim();
        text = text.slice(0, dashes.index).trim();
      } else if (undated) {
        // A row among dated ones whose due cell holds no date ("Løbende") or was lost.
        cells[last--] = "";
      } else return undefined;
    }
  }
  if (roles[last] === "responsible") {
    const responsible = responsibleAtEnd(text);
    // A name holds no number: a tail with one runs on into the page's footer.
    const followed =
      rest || (responsible && !/\d/u.test(responsible)) ? undefined : responsibleAfterStop(text);
    if (followed) {
      cells[last] = followed.responsible;
      rest = followed.rest;
      text = followed.text;
    } else if (responsible) {
      cells[last] = responsible;
      text = text.slice(0, text.length - responsible.length).trim();
    } else return undefined;
    last--;
  }
  // The cells left are texts: as many as the header has before this point.
  const starts =
    answerStarts(text, roles.slice(first, last + 1)) ?? textCellStarts(text, last - first);
  if (starts.length < last - first) return undefined;
  const bounds = [0, ...starts, text.length];
  for (let i = first; i <= last; i++)
    cells[i] = text.slice(bounds[i - first], bounds[i - first + 1]).trim();
  if (number && first === 1) cells[0] = (number[1] ?? "").replace(/[.)]$/u, "");
  else if (number) cells[0] = `${number[1]} ${cells[0]}`;
  return { cells, rest };
}

/**
 * Rows written inline after a header: "… 1. first row 2. second row …", or with the bare
 * numbers of a number column ("Nr Rekommendation Ansvarig 1 Kommunstyrelsen bör … 2 …"). The
 * page's number at the end of the last row's line ("… Kommunstyrelsen 7") is no part of it.
 */
function inlineRows(text: string, numbered: boolean): string[] | undefined {
  const mark = numbered ? "[.)]?" : "[.)]";
  // A chapter's rows may be numbered under it: "4.1 Løn …", "4.2 Indkøb …".
  const chapter = numbered ? (/^(\d{1,2})\.1\s+(?=\p{Lu})/u.exec(text)?.[1] ?? "") : "";
  const under = chapter ? `${chapter}\\.` : "";
  if (!chapter && !new RegExp(`^1${mark}\\s+(?=\\p{Lu})`, "u").test(text)) return undefined;
  const rows: string[] = [];
  let rest = text;
  for (let n = 2; ; n++) {
    const next = new RegExp(`\\s${under}${n}${mark}\\s+(?=\\p{Lu})`, "u").exec(rest);
    if (!next) {
      rows.push(numbered ? rest.replace(/(?<=\p{L})\s+\d{1,3}$/u, "").trim() : rest.trim());
      return rows;
    }
    rows.push(rest.slice(0, next.index).trim());
    rest = rest.slice(next.index + 1);
  }
}

function rowBlock(line: number, cells: string[]): Block {
  return { kind: "row", text: cells.join(" | "), line, cells };
}

/**
 * The header of a flattened table at the start of a text or after a sentence in it, or after a
 * caption of a word or two that names the table ("Handlingsplan Rekommendation Åtgärd …").
 */
function findHeader(
  text: string,
):
  | { start: number; caption: string; roles: ColumnRole[]; names: string[]; end: number }
  | undefined {
  // Or where a number column's name begins it after a heading with no stop ("4 Revisionens
  // bemærkninger og anbefalinger Nr. Område Anbefaling …").
  const starts = [
    0,
    ...[...text.matchAll(/[.:!?]\s+|(?<=\p{Ll}\s)(?=(?:Nr|No|Ref)\.?\s)/gu)].map(
      (m) => (m.index ?? 0) + m[0].length,
    ),
  ].sort((a, b) => a - b);
  const folded = foldInPlace(text);
  for (const start of starts) {
    const caption = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s/u.exec(text.slice(start))?.[0] ?? "";
    for (const skip of caption ? [0, caption.length] : [0]) {
      const header = headerAt(text, start + skip, folded);
      if (header) return { start, caption: caption && skip ? caption.trim() : "", ...header };
    }
  }
  return undefined;
}

/**
 * Blocks with every flattened table made rows: the header a row of column names, each row a
 * row of cells, as a table whose separators survived would have given them.
 */
export function flattenedTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let pending: readonly ColumnRole[] | undefined;
  for (const block of blocks) {
    if (pending && block.kind === "item" && block.ordered && /^\d/u.test(block.marker ?? "")) {
      const row = splitRow(`${block.marker} ${block.text}`, pending);
      if (row) {
        out.push(rowBlock(block.line, row.cells));
        if (row.rest) out.push({ kind: "paragraph", text: row.rest, line: block.line });
        continue;
      }
    }
    pending = undefined;
    const header = block.kind === "paragraph" ? findHeader(block.text) : undefined;
    if (!header) {
      out.push(block);
      continue;
    }
    const after = block.text.slice(header.end).trim();
    const rows = after ? inlineRows(after, header.roles[0] === "other") : [];
    const strict = rows?.map((r) => splitRow(r, header.roles));
    // A row whose due cell has no date is one of the table where the rows cut by their dates
    // outnumber it: its due cell is left empty.
    const failed = strict?.filter((c) => c === undefined).length ?? 0;
    const cut =
      strict && failed > 0 && strict.length - failed > failed && strict.length - failed >= 2
        ? strict.map((c, i) => c ?? splitRow(rows?.[i] ?? "", header.roles, true))
        : strict;
    if (!rows || !cut || cut.some((c) => c === undefined)) {
      out.push(block);
      continue;
    }
    const before = block.text.slice(0, header.start).trim();
    if (before) out.push({ ...block, text: before });
    if (header.caption) out.push({ kind: "heading", text: header.caption, line: block.line });
    out.push(rowBlock(block.line, header.names));
    for (const row of cut) {
      if (!row) continue;
      out.push(rowBlock(block.line, row.cells));
      if (row.rest) out.push({ kind: "paragraph", text: row.rest, line: block.line });
    }
    if (rows.length === 0) pending = header.roles;
  }
  return out;
}
