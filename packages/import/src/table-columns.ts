import { fold, foldInPlace } from "./addressees.ts";

/** What a column of a recommendations table or an action plan holds. */
export type ColumnRole = "recommendation" | "stance" | "measure" | "responsible" | "due" | "other";

/** Column headers as reports and responses write them, matched on folded text. */
const columnNames: [string, ColumnRole][] = [
  // Danish and Norwegian "Anbefaling", Nynorsk "Tilråding".
  [
    "revisorernas rekommendation(?:er)?|rekommendation(?:er)?|recommendations?|anbefaling(?:er)?|tilrading(?:ar)?",
    "recommendation",
  ],
  // The answer's own column in an action plan: "Accepted", "Accepted in principle".
  // An audit office's tracker: "Agency response at tabling".
  [
    "(?:(?:agency|entity|department|ministry) )?response(?: at tabling)?|stallningstagande",
    "stance",
  ],
  [
    "planerade? atgard(?:er)?|vidtagna atgarder|atgard(?:er)?|aktivitet(?:er)?|(?:agreed |management )?actions?|(?:agreed |planned )?actions? (?:and|&) (?:timing|timeframes?|timescales?|target dates?)|measures?|(?:updated )?management responses?(?: \\(updated\\))?|management actions? agreed|(?:[a-z]+s )?svar|tiltak",
    "measure",
  ],
  // Who should act, also as the body a recommendation is addressed to ("Riktas till", "Till").
  [
    "ansvarig(?:a)?(?: enhet| funktion| tjansteperson| namnd| styrelse)?|ansvar|namnd|adressat|addressee|till|to|riktas till|riktad till|mottagare|ansvarlig(?:e|t)?(?: enhed| enhet| forvaltning| udvalg| utvalg)?|responsib(?:le(?: officer| person)?|ility)|(?:lead|accountable) (?:officer|person|manager)|responsible (?:executive |director |manager |officer )?lead(?: ?\\/ ?(?:[a-z]+ )?lead)?|(?:action )?owner|agency|(?:responsible )?directorate",
    "responsible",
  ],
  [
    "klart? senast|klart nar|klart?|tidsplan|tidplan|tidpunkt|datum|senast|deadline|frist|tidsfrist|due(?: date)?|(?:revised |agreed |planned )?(?:target(?:ed)?(?: completion| implementation)?|completion|implementation) date|revised (?:due )?date|planned completion(?: date)?|timescale",
    "due",
  ],
  // A tracker's first target date, where a revised one stands beside it, is no longer the due.
  [
    "status|kommentar(?:er)?|iakttagelse(?:r)?|observation(?:er)?|findings?|nr|no|number|ref|prioritet|prioritering|priority|risk(?:niva|bedomning)?|risk level|risk rating|omrade|area|original (?:agreed )?(?:target|implementation|completion)(?: completion| implementation)? date|date added|progress",
    "other",
  ],
];

const cellPattern = new RegExp(`^(?:${columnNames.map(([names]) => names).join("|")})$`, "u");

/** The role of a table's header cell, if it is one Spårbar knows. */
export function columnRole(cell: string): ColumnRole | undefined {
  // A cell of its own may name whose recommendation it is ("VAGO recommendation", "Audit
  // recommendation"); in a header flattened to a line, that word would be the column before.
  const f = fold(cell)
    .replace(/[:.]$/, "")
    .replace(/^[a-z]+ (?=recommendations?$)/u, "");
  if (!cellPattern.test(f)) return demandColumn.test(f) ? "recommendation" : headNounRole(f);
  return columnNames.find(([names]) => new RegExp(`^(?:${names})$`, "u").test(f))?.[1];
}

/**
 * A column of an inspection's demands or deviations named by its head noun, with what it
 * refers to after it: "Krav enligt inspektionsmeddelandet", "Avvikelse (beskrivning)". What a
 * response answers item by item, as a recommendation column.
 */
const demandColumn =
  /^(?:krav|avvikelse(?:r)?|brist(?:er)?|lovbrudd)(?:\s+(?:enligt|i|fran|fra|etter|ifolge)\s+[\p{L}\s-]{2,40}|\s*\([\p{L}\s-]{2,30}\))?$/u;

/** Whose a column is, before its head noun: "Ledningens ställningstagande", "Nämndens kommentar". */
const possessor = /^(?:[\p{L}-]+(?:['’]s|s)\s+)+(?=\p{L})/u;
/** The auditors as a column's possessor: "Revisionens", "Lekmannarevisorns", "Auditor's". */
const auditorsOwn =
  /^(?:[\p{L}-]*(?:revisionens|revisorns|revisorens|revisorernas|revisorenes|revisornas|revisorenes)|(?:the )?(?:internal )?(?:audit|auditor|auditors)['’]?s?)\s/u;
/** A comment is a body's answer where the column names the body whose comment it is. */
const answerNoun =
  /^(?:kommentar(?:er)?|comments?|bema?e?rkning(?:er)?|bemerkning(?:er)?|merknad(?:er)?)$/u;

/**
 * A column read by its head noun where its whole name is none the list knows: the noun after
 * whose it is ("Ledningens ställningstagande" is a stance's column, "Nämndens kommentar" the
 * answer's), never the possessor alone.
 */
function headNounRole(folded: string): ColumnRole | undefined {
  const head = folded.replace(possessor, "");
  if (head === folded || head.length === 0) return undefined;
  // The auditors' own remark is what the response answers: "Revisionens bemærkning",
  // "Revisorernas kommentar"; another body's comment is its answer.
  if (answerNoun.test(head)) return auditorsOwn.test(folded) ? "recommendation" : "measure";
  return cellPattern.test(head)
    ? columnNames.find(([names]) => new RegExp(`^(?:${names})$`, "u").test(head))?.[1]
    : undefined;
}

const headerWord = new RegExp(
  // "Nr." with its stop is a name too.
  `(?:${columnNames.map(([names]) => names).join("|")})\\.?(?![\\p{L}])`,
  "yu",
);

/** A possessor's word ending in "s" at `at`, then a column's name: one name of two words. */
const ownerWord = /[\p{L}-]{3,40}s /uy;
/** A column's noun after its possessor, on text folded in place ("bemærkning" as "bemarkning"). */
const ownedNoun = new RegExp(
  `(?:${columnNames.map(([names]) => names).join("|")}|bema?e?rkning(?:er)?|bemerkning(?:er)?|merknad(?:er)?|comments?)(?![\\p{L}])`,
  "yu",
);
function ownedName(folded: string, at: number): RegExpExecArray | null {
  ownerWord.lastIndex = at;
  const owner = ownerWord.exec(folded);
  if (!owner) return null;
  ownedNoun.lastIndex = at + owner[0].length;
  const noun = ownedNoun.exec(folded);
  if (!noun) return null;
  const whole = [`${owner[0]}${noun[0]}`] as unknown as RegExpExecArray;
  whole.index = at;
  return whole;
}

/**
 * "Rekommendation Åtgärd Ansvarig Tidplan": the header of a table whose column separators were
 * lost, as column names one after another. Read from `start` in `text`; at least three names,
 * among them what is recommended or done, and nothing else in between.
 */
export function headerAt(
  text: string,
  start = 0,
  // A caller trying many starts in one text folds it once: folding at each start made a long
  // paragraph's cost grow with its length times its sentences.
  folded = foldInPlace(text),
): { names: string[]; roles: ColumnRole[]; end: number } | undefined {
  const names: string[] = [];
  const roles: ColumnRole[] = [];
  let at = start;
  for (;;) {
    headerWord.lastIndex = at;
    // Or a column named by whose it is before its noun: "Lekmannarevisorns rekommendation",
    // "Styrelsens kommentar", "Administrationens kommentar".
    const match = headerWord.exec(folded) ?? ownedName(folded, at);
    if (!match) break;
    const name = text.slice(at, at + match[0].length);
    const role = columnRole(name);
    if (!role) break;
    names.push(name);
    roles.push(role);
    at += match[0].length;
    if (folded[at] !== " ") break;
    at++;
  }
  const end = names.length > 0 ? start + names.join(" ").length : start;
  // One column holds the recommendations: "Rekommendationer Nr Rekommendation Ansvarig" is a
  // caption before a header, not a header of two such columns.
  if (
    names.length < 3 ||
    !roles.some((r) => r === "recommendation" || r === "measure") ||
    roles.filter((r) => r === "recommendation").length > 1
  )
    return undefined;
  return { names, roles, end };
}
