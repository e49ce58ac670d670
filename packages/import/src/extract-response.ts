import { idFromDiaryNumber, type Period, type Stance, statedStanceWords } from "@sparbar/core";
import {
  actionStance,
  declinedThenTaken,
  promisedStance,
  stepTakenStance,
  takenInPart,
} from "./action-stance.ts";
import { bodiesNamedIn, fold, type KnownBody } from "./addressees.ts";
import { actingLevel, agencyFieldValue, agencyLevels, levelAbbreviated } from "./agency-field.ts";
import { type AnswerSegment, answerSegments, listedRecommendations } from "./answer-segments.ts";
import { commentRecords, stepNamed } from "./comment-records.ts";
import { datesWithoutYear, findDatePhrases, measureDue } from "./date-phrases.ts";
import type { Found } from "./extract-audit.ts";
import { namesUnit } from "./flattened-table.ts";
import { namedByNumber } from "./named-by-number.ts";
import { itemLabelPattern, ownItemLabel } from "./own-labels.ts";
import { withoutMarker } from "./recommendation-marker.ts";
import {
  listedInProse,
  ordinals,
  placesNamed,
  proseSentences,
  quotedSentences,
  recommendationQuoted,
  recommendationWord,
  sentences,
} from "./response-prose.ts";
import { revisedTargetClause } from "./revised-target.ts";
import { answersAtOnce, readStanceIn, type StanceReading } from "./stance-words.ts";
import { recordFieldLine, statusCell, withoutRecordField } from "./status-cells.ts";
import { isStatusDate } from "./status-date.ts";
import { namedAddressee, responsibilityWith, stepDoer } from "./step-doer.ts";
import { type ColumnRole, columnRole } from "./table-columns.ts";
import { firstLead, type TrackerColumns, trackerColumnsOf, trackerDue } from "./table-row.ts";
import type { Block } from "./text-blocks.ts";

interface ImportedMeasure {
  text: string;
  /** When it falls due; absent where the response writes a date without a year and gives none. */
  due?: Period;
  /** The date as written ("till årsskiftet") where its year is not known. */
  dueWithoutYear?: string;
  /** The unit or officer the response makes responsible, where a table names one. */
  responsible?: string;
  /** Ticked in the source (☒, [x]). */
  done?: boolean;
  line: number;
}

export interface ImportedSection {
  /** The recommendation's number in the response, or its position when unnumbered. */
  number: number;
  numbered: boolean;
  /** The recommendation as the response quotes it. */
  text: string;
  stance?: Stance;
  stanceLine?: number;
  /**
   * Words the response states its stance in that lie between two stances ("instämmer inte
   * helt"), with the stances to choose from: Spårbar does not choose for the writer.
   */
  stanceUndecided?: { words: string; choices: string[] };
  /**
   * Where the answer states no stance in words and the stance is read from something else: the
   * step it decides, a dated promise, or a stance said of the whole response. A reading to check.
   */
  stanceFrom?: "decided-step" | "promise" | "whole-response";
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

/**
 * "Rekommendation 2: …", "**Rekommendation 2.**", "Till rekommendation 2:", each after the
 * page's number where a page is one line ("3 Til anbefaling 2 …", "2 Anbefaling 1: …"),
 * "Revisorernas rekommendation 2:",
 * "Recommendation 2", behind its chapter's number ("3.1 Rekommendation 1"),
 * "R2 …" (Spårbar's own headings), "Punkt 2 (uppmaning)" (an inspector's items, their kind in
 * brackets).
 */
const heading =
  /^(?:\*\*)?(?:\d{1,3}\s+(?=\d{1,2}\.\d|\p{L}))?(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?(?:(?:till|til|angående|kommentar till|svar på|response to)\s+|(?:[\p{L}-]*revisorernas|[\p{L}-]*revisionens|[\p{L}-]*revisions?nämndens|revisorskollegiets|[\p{L}-]*revisjonens|granskningens|auditors?['’]?s?)\s+)?(?:rekommendation|recommendation|anbefaling|tilråding|punkt)\s+(\d{1,2})(?:\s*\((?:anvisning|uppmaning|krav|påpekande|anmärkning|brist|avvikelse)\))?(?:\s*[:.–-]\s*|\s+|(?=\*\*)|$)(.*?)(?:\*\*)?$|^R(\d{1,2})\s+(.*)$/iu;
/**
 * "SAO Recommendation 1: …", "GAO Recommendation 2": an audit office's acronym, in capitals,
 * before the heading is the auditors' name, as "Revisorernas rekommendation 2" has it.
 */
function withoutOfficeAcronym(text: string): string {
  return text.replace(/^[A-Z]{2,6}\s+(?=(?:Recommendation|Rekommendation|Anbefaling)\s+\d)/u, "");
}

/** "1: PAC recommendation: The Department should …": a numbered recommendation under a label. */
const numberedLabel =
  /^(\d{1,2})\s*[:.]\s*(?:[\p{L}]+\s+){0,2}(?:recommendation|rekommendation)\s*:\s*(.{12,})$/iu;
/**
 * "Responsible: Business Manager", "Lead Officer: Chief Accountant", "Target completion date: 31
 * March 2024": an answer's labels.
 * The unit goes to the measures the answer promised; a date under a label is a measure only
 * where the answer promised nothing by that date already.
 */
const responsibleLabel =
  /^(?:(?:responsible|accountable|lead)(?: officer| person| party| manager)?|responsibility|action owner|owner|ansvar|ansvarlig(?:e)?|ansvarig(?:a)?(?: enhet| funktion| tjänsteperson)?)\s*:\s*(.{2,80}?)\.?$/iu;
/**
 * The label said as a sentence: "Ansvarig för genomförandet är enhetschefen vid boendeenheten.",
 * "Ansvarig är regionens informationssäkerhetssamordnare.", "Ansvarig för anvisningen är …",
 * whatever the step is called.
 */
const responsibleSaid =
  /^(?:ansvarig(?:a)?|ansvarlig|responsible)(?:\s+(?:för|for)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+(?:är|er|is)\s+(.{2,80}?)\.?$/iu;
/**
 * An officer or a unit said to answer for the step, as the sentence's subject, in a sentence
 * with no date of its own: "Förvaltningsdirektören ansvarar för att tabellen tas fram.",
 * "Forvaltningen har ansvaret for dette.", "The Finance Manager is responsible for this." (a
 * committee that answers for something is no officer).
 */
const responsibleSubject =
  /^((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:ansvarar|ansvarer|har\s+(?:huvud)?ansvar(?:et)?|will\s+be\s+responsible|is\s+responsible)\s+(?:för|for)\s/iu;
/**
 * The officer or unit a promise names as the one who acts, after a passive verb: "rutinen ska
 * fastställas av personaldirektören", "genomförs av enhetschefen", with a few words between
 * ("tas fram av ekonomistaben", "görs under hösten 2027 av ekonomienheten") or after a
 * participle ("ska vara antagen av rektorn"). A committee that decides ("beslutas av nämnden")
 * is not named so: it decides, an officer carries it out.
 */
const passiveAgent =
  /(?<=(?:\p{L}s|\b(?:vara|bli|blir|vare|være|blive|bliver)\s+\p{L}+)\s+(?:[\p{L}\d]+\s+){0,3})(?:av|af)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=[\s,.;]|$)/gu;
/** The unit an owner's sentence names: "Ansvarig: X.", "Ansvarlig er X.", or none. */
function ownerSentence(sentence: string): string | undefined {
  const trimmed = sentence.trim();
  const unit = (responsibleLabel.exec(trimmed) ?? responsibleSaid.exec(trimmed))?.[1]?.trim();
  return unit && unit !== "–" && unit !== "-" ? unit : undefined;
}
const committeeWord = /(?:namnd|namnden|styrelse|styrelsen|fullmaktige|radet|utskottet)$/u;

function agentNamed(text: string): string | undefined {
  for (const m of text.matchAll(passiveAgent)) {
    const words = (m[1] ?? "").split(/\s+/u);
    // The shortest run of words from the first that ends in a unit's or an officer's word,
    // with the unit the officer belongs to where it follows ("enhetschefen för
    // familjehemsenheten", "controllern vid ekonomiavdelningen").
    for (let k = 1; k <= words.length; k++) {
      const last = fold(words[k - 1] ?? "");
      if (!namesUnit(last) || committeeWord.test(last)) continue;
      const officer = words.slice(0, k).join(" ");
      const from = (m.index ?? 0) + m[0].length - (m[1] ?? "").length + officer.length;
      return officer + (unitOfOfficer(text.slice(from)) ?? "");
    }
  }
  return undefined;
}
/**
 * An officer or unit said in prose to answer for a step, in the step's own sentence or the one
 * after it: the subject of "ansvarar för", "er ansvarlig", "is responsible" in its own clause
 * ("… den 1 mars och avdelningschefen för tillsyn ansvarar för införandet", "Økonomichefen er
 * ansvarlig."), the one a step is taken "med … som ansvarig" / "with … as lead", or the one it
 * is done by in English ("agreed by the Head of Fleet Services"). Never a committee.
 */
function ownerInProse(sentence: string): string | undefined {
  return (
    ownerOfClause(sentence) ??
    ownerAsLead(sentence) ??
    ownerBy(sentence) ??
    responsibilityWith(sentence) ??
    ownerSettingDate(sentence)
  );
}
const answersFor =
  /\s(?:ansvarar|ansvarer|har\s+(?:huvud|hoved)?ansvar(?:et)?|är\s+(?:huvud)?ansvarig|er\s+(?:hoved)?ansvarlig|blir\s+ansvarig|bliver\s+ansvarlig|(?:is|are|will\s+be)\s+responsible)(?=[\s.,;:]|$)/iu;
const clauseStart = /(?:^|[,;:]\s+|\s(?:och|og|and|samt|men|but)\s+)(?=\S)/giu;
const leadingArticle = /^(?:the|den|det|denne)\s+/iu;
function ownerOfClause(sentence: string): string | undefined {
  const verb = answersFor.exec(sentence);
  if (!verb) return undefined;
  const before = sentence.slice(0, verb.index);
  let from = 0;
  for (const m of before.matchAll(clauseStart)) from = m.index + m[0].length;
  const subject = before.slice(from).replace(leadingArticle, "").trim();
  const words = subject.split(/\s+/u);
  if (words.length === 0 || words.length > 7) return undefined;
  const head = fold(words[0] ?? "").replace(/[^\p{L}]/gu, "");
  if (!namesUnit(head) || committeeWord.test(head)) return undefined;
  return subject;
}
const asLead =
  /(?<!\p{L})(?:med|with)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s+(?:som|as)\s+(?:the\s+)?(?:ansvarig|ansvarlig|responsible(?:\s+officer)?|lead(?:\s+officer)?|owner)(?!\p{L})/iu;
function ownerAsLead(sentence: string): string | undefined {
  const named = asLead.exec(sentence)?.[1];
  const head = fold(named?.split(/\s+/u)[0] ?? "");
  if (named && namesUnit(head) && !committeeWord.test(head)) return named;
  const m = withOfficerLeading.exec(sentence);
  return m ? officerIn(m[1] ?? "", m[2] ?? "") : undefined;
}
/** "… by 30 September 2026, with the Chief Officer (Housing and Assets) responsible." */
const withOfficerLeading =
  /(?<!\p{L})with\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)((?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,3})?(?:\s+\([\p{L}&,\s-]{2,40}\))?)\s+(?:responsible|accountable|leading|in\s+the\s+lead)(?!\p{L})/u;
/**
 * "… agreed by the Director of Governance and Law", "led by the Finance Manager", "to be
 * carried out by the Estates Manager", "a sample check of invoices by the Payments Manager":
 * after a participle, or "by the" with an officer's title after any word. The title may end in
 * its service in brackets ("Chief Officer (Housing and Assets)").
 */
const byOfficer =
  /(?:(?<=\p{L}(?:ed|en|ne)\s+)by\s+(?:the\s+)?|(?<!\p{L})by\s+the\s+)((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)((?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,3})?(?:\s+\([\p{L}&,\s-]{2,40}\))?)/gu;
/** A committee's, council's or board's word: never an officer who answers for a step. */
const committeeLike = (folded: string) =>
  committeeWord.test(folded) || /(?:committee|council|board)$/u.test(folded);
/**
 * The shortest run of capitalised words that ends in an officer's or a unit's word, and the
 * "of …" that follows the whole run ("Head of Parking Services"); never a committee.
 */
function officerIn(run: string, ofPart: string): string | undefined {
  const words = run.split(/\s+/u);
  const k = words.findIndex((w) => namesUnit(fold(w))) + 1;
  if (k === 0 || committeeLike(fold(words[k - 1] ?? ""))) return undefined;
  return words.slice(0, k).join(" ") + (k === words.length ? ofPart : "");
}
/**
 * The officer who set the date the step now falls due, as minutes retell it: "the Head of
 * Digital Services had revised the target date for the first test to March 2027", "the
 * Finance Manager has set a new deadline of …". Never a committee.
 */
const dateSetter =
  /(?<!\p{L})the\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)((?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,3})?)\s+(?:had|has|have)\s+(?:now\s+|since\s+|also\s+)?(?:revised|set|moved|extended|put\s+back|changed|agreed)\s+(?:the|its|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:target|due|completion|implementation|deadline)\b/gu;
function ownerSettingDate(sentence: string): string | undefined {
  for (const m of sentence.matchAll(dateSetter)) {
    const officer = officerIn(m[1] ?? "", m[2] ?? "");
    if (officer) return officer;
  }
  return undefined;
}
function ownerBy(sentence: string): string | undefined {
  // "agreed by Cabinet in March 2027, led by the Performance Manager": the first "by" that
  // names an officer.
  for (const m of sentence.matchAll(byOfficer)) {
    const officer = officerIn(m[1] ?? "", m[2] ?? "");
    if (officer) return officer;
  }
  return undefined;
}
/**
 * The body or officer an answer gives the step to: "ge Statskontoret i uppdrag att …", "gi
 * rådmannen i oppdrag å …", "give Økonomiafdelingen til opgave at …", "task the Finance Team
 * with …", "commission the Valuation Office to …", and in a committee's decision "remitted to
 * the Director of Housing to …", "that the Chief Executive be requested to …". A name in capitals, or an officer's or a
 * unit's word; never a committee. Told as done ("hade gett Livsmedelsverket ett sådant
 * uppdrag", "gav Kystverket i oppdrag") the body still carries the step out, and so does one
 * the answer will have act ("låta Boverket utreda …", "la Husbanken vurdere …": a name in
 * capitals, then a verb).
 */
const assignedStep =
  /(?<!\p{L})(?:(?:ge|ger|gi|gir|give|giver|gav|gett|givit|gitt|ga|gave|givet)\s+((?:\p{Lu}[\p{L}-]*\s+){0,4}?\p{Lu}[\p{L}-]*|[\p{L}-]+)\s+(?:i\s+|til\s+|(?:ett|et|en)\s+(?:(?:sådant|sådan|slikt|slik|sådant|nytt|ny)\s+)?)?(?:uppdrag|uppdraget|oppdrag|oppdraget|opdrag|opgave|opgaven|oppgave|oppgaven)|(?:låta|låter|lät|la|lar|lade|lader)\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}?\p{Lu}[\p{L}-]*)\s+(?=\p{Ll}+(?:a|e)(?:\s|$))|(?:task|tasked|commission|commissioned|instruct|instructed|ask|asked|remit|remitted|delegate|delegated)\s+(?:to\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and)\s+)?){0,4}?\p{Lu}[\p{L}-]*)\s+(?:to|with)\s|(?<!\p{L})the\s+((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and)\s+)?){0,4}?\p{Lu}[\p{L}-]*)\s+(?:be|is|was|were|has\s+been)\s+(?:requested|asked|instructed|directed|authorised|authorized)\s+to\s)/u;
function assignedIn(sentence: string): string | undefined {
  const m = assignedStep.exec(sentence);
  const named = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
  if (!named) return undefined;
  const last = fold(named.split(/\s+/u).at(-1) ?? "");
  if (committeeWord.test(last) || /(?:committee|council|board|utvalg|udvalg)$/u.test(last))
    return undefined;
  return /^\p{Lu}/u.test(named) || namesUnit(last) ? named : undefined;
}

/**
 * The body an answer retold by the auditor says will act: "CMS stated that it planned to issue
 * …", "HHS stated that the Administration for Children and Families would complete …", "the
 * department told us that its Office of the Chief Financial Officer planned to …", "the
 * ministry reported that the Coast Guard will …", "DOT stated that FAA would …". A name in capitals (or an acronym) that
 * reports its own plan, or that the report says will act; never a committee, "we" or the
 * answering body itself.
 */
const reportedPlan =
  /(?<!\p{L})(?:(?:the\s+)?(\p{Lu}[\p{L}&-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*\p{Lu}[\p{L}&-]*){0,7})\s+(?:stated|said|reported|indicated|noted|explained|told\s+us)\s+that\s+it|(?:stated|said|reported|indicated|noted|explained|told\s+us)\s+that\s+(?:(?:its|the)\s+(\p{Lu}[\p{L}&-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*\p{Lu}[\p{L}&-]*){0,7})|(\p{Lu}{2,}s?)))\s+(?:would|will|planned\s+to|plans\s+to|intended\s+to|intends\s+to|expected\s+to|expects\s+to|was\s+to|is\s+to)\s/u;
function reportedActor(sentence: string, own?: string): string | undefined {
  const m = reportedPlan.exec(sentence);
  const named = (m?.[1] ?? m?.[2] ?? m?.[3])?.replace(
    /^(?:In|On|As|By|From|Since)\s.*?\s(?=\p{Lu})/u,
    "",
  );
  if (!named || /^(?:We|It|They|This|That|These|Our)$/u.test(named)) return undefined;
  if (committeeLike(fold(named.split(/\s+/u).at(-1) ?? ""))) return undefined;
  if (own !== undefined && fold(named) === fold(own)) return undefined;
  return named;
}

/** "Federal Emergency Management Agency": "FEMA"; the little words ("of", "and") left out. */
const initialsOf = (name: string) =>
  name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

/**
 * A recommendation addressed to one who is to have another act: "should ensure that the Defense
 * Commissary Agency develops …", "should direct the Army and Air Force Exchange Service to …",
 * "should require the Agency to …", "bör ge Trafikverket i uppdrag att …", "bör säkerställa att
 * Lantmäteriet …"; the clause after "anbefaler at" with no modal of its own ("… at departementet
 * sørger for at Kystverket …", "… att regeringen säkerställer att Skatteverket …"). The body
 * that acts, named in capitals.
 */
const actsThrough =
  /\b(?:(?:should|bör|bør|skal|ska)\s+(?:(?:ensure|make sure|see)\s+(?:to it\s+)?that|direct|require|instruct|task|säkerställa\s+att|sikre\s+at|sørge\s+for\s+at|ge|gi|give)|(?:sørger\s+for\s+at|sikrer\s+at|säkerställer\s+att|ser\s+till\s+att))\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}-]*)(?=\s+(?:to\s|i\s+(?:uppdrag|oppdrag)|til\s+opgave|\p{Ll}))/u;
/** An officer who heads a body, named by the office: "the Director of the Defense Commissary Agency". */
const headOf =
  /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}-]*)/u;
const headingOffice =
  /^(?:director|administrator|commissioner|chief executive|head|chief|secretary|president|superintendent|registrar)$/iu;
function actingBody(recommendation: string): string | undefined {
  const m = actsThrough.exec(recommendation);
  let named = m?.[1];
  if (!m || !named) return undefined;
  // "… ensure that the Director of the Defense Commissary Agency …": the agency the officer
  // heads acts.
  if (headingOffice.test(named)) {
    const body = headOf.exec(recommendation.slice(m.index + m[0].length))?.[1];
    if (body) named = body;
  }
  return committeeLike(fold(named.split(/\s+/u).at(-1) ?? "")) ? undefined : named;
}

/**
 * The officer who gives the answer in a meeting's minutes: "The Chief Finance Officer advised
 * that this recommendation was accepted.", "Ekonomichefen meddelade att rekommendationen
 * accepteras.", "Økonomisjefen opplyste at anbefalingen følges opp." The officer named first,
 * with a stance in the same sentence, answers for the step that follows. Never a committee.
 */
const officerReports =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)((?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,2})?)\s+(?:advised|confirmed|explained|reported|stated|said|told\s+(?:the\s+)?[\p{L}-]+|informed\s+(?:the\s+)?[\p{L}-]+|meddelade|uppgav|förklarade|bekräftade|upplyste\s+om|opplyste(?:\s+om)?|bekreftet|forklarte|oplyste(?:\s+om)?|bekræftede|forklarede)\s+(?:that|att|at)\s/u;
/**
 * An officer who reports on the step in its own sentence, with no stance: "The Head of Housing
 * explained that the test had been postponed and would now take place in August". The officer
 * answers for it; never the auditor, who reports on others' steps.
 */
function officerReporting(sentence: string): string | undefined {
  const m = officerReports.exec(sentence);
  if (!m || /\baudit/iu.test(m[0])) return undefined;
  return officerIn(m[1] ?? "", m[2] ?? "");
}
function officerAnswering(sentence: string): string | undefined {
  const m = officerReports.exec(sentence);
  if (!m || !readStanceIn(sentence)) return undefined;
  return officerIn(m[1] ?? "", m[2] ?? "");
}

/**
 * An action plan's header and row flattened into one sentence with slashes between the cells,
 * the header's last cell and the row's first run together: "Status / Target Completion Date /
 * Responsibility Open / December 1, 2025 / Parking Operations Manager". Gives the row's
 * responsible cell, and whether its status says the step is done already ("Closed",
 * "Implemented", "Genomförd"). Nothing where the header's cells are not columns.
 */
function slashRow(text: string): { responsible?: string; done: boolean } | undefined {
  if (!text.includes(" / ")) return undefined;
  const parts = text.split(" / ").map((p) => p.trim());
  if (parts.length < 3 || parts.length % 2 === 0 || parts.length > 13) return undefined;
  const k = (parts.length + 1) / 2;
  const glued = (parts[k - 1] ?? "").split(/\s+/u);
  // The header's last cell: the shortest run of the glued part's first words that is a column.
  let split = 0;
  for (let n = 1; n < glued.length && n <= 5 && split === 0; n++)
    if (columnRole(glued.slice(0, n).join(" "))) split = n;
  if (split === 0) return undefined;
  const header = [...parts.slice(0, k - 1), glued.slice(0, split).join(" ")].map(columnRole);
  if (header.some((role) => role === undefined)) return undefined;
  const row = [glued.slice(split).join(" "), ...parts.slice(k)];
  const owner = row[header.indexOf("responsible")]?.trim();
  const status = header.findIndex((_, i) => fold(parts[i] ?? "").startsWith("status"));
  const done =
    status >= 0 &&
    /^(?:closed|complete[d]?|implemented|done|klar|klart|genomford|atgardad|avslutad|lukket|gennemfort|gjennomfort)$/u.test(
      fold(row[status] ?? ""),
    );
  return {
    ...(owner && !/^(?:n\/?a|–|-|—)$/iu.test(owner) ? { responsible: owner } : {}),
    done,
  };
}

/**
 * " för familjehemsenheten", " vid ekonomiavdelningen": the unit an officer belongs to, right after the
 * officer, in at most three words of which the last names a unit; the shortest such run.
 */
function unitOfOfficer(after: string): string | undefined {
  const m = /^(\s+(?:för|vid|inom|på|for|ved|i|of)\s+)((?:[\p{L}-]+(?:\s+|$)){1,3})/u.exec(after);
  if (!m) return undefined;
  const words = (m[2] ?? "").trim().split(/\s+/u);
  for (let k = 1; k <= words.length; k++)
    if (namesUnit(fold(words[k - 1] ?? ""))) return `${m[1]}${words.slice(0, k).join(" ")}`;
  return undefined;
}
/^\s+(?:för|vid|inom|på|for|ved|i|of)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=[\s,.;]|$)/u;
const dueLabel =
  /^(?:(?:revised |agreed )?target(?:ed)?(?: completion| implementation)? date|implementation date|completion date|klart senast|klart|klar|tidplan|tidsplan|tidpunkt)\s*:\s*(.+)$/iu;
const actionLabel = /^(?:åtgärd(?:er)?|planerad åtgärd|action|agreed action|measure)\s*:\s*\S/iu;
/**
 * "Recommendation" on a line of its own, the recommendation in the block below: a label a
 * response repeats for each recommendation it answers, unnumbered.
 */
const bareLabel =
  /^(?:\*\*)?(?:(?:the\s+)?(?:auditors?['’]?s?\s+)?recommendation|(?:revisorernas\s+|revisionens\s+)?rekommendation|anbefaling(?:en)?)(?:\*\*)?\s*:?$/iu;
/**
 * "Rekommendation: Säkerställ att …", "Stadsrevisionens rekommendation: Nämnden bör …": a
 * recommendation quoted under a label, unnumbered, the auditors by any name of that shape.
 */
const labelled =
  /^(?:\*\*)?(?:(?:[\p{L}-]*revisorernas|[\p{L}-]*revisionens|[\p{L}-]*revisions?nämndens|revisorskollegiets|[\p{L}-]*revisjonens|the auditors?['’]?s?)\s+)?(?:rekommendation|recommendation|anbefaling)(?:\s*\([^()]{1,40}\))?(?:\*\*)?\s*:\s*(?:\*\*)?(.{12,}?)(?:\*\*)?$/iu;

/**
 * "Issue 1: Monthly statements not reviewed Recommendation (as in the report): The Head of …":
 * the recommendation quoted under its own label inside an item's heading line.
 */
const quotedInside =
  /(?:^|\s)(?:rekommendation|recommendation|anbefaling|tilråding)(?:\s*\([^()]{1,40}\))?\s*:\s*(\S.{11,})$/iu;

/**
 * "Påbuddets indhold:", "Kravets innehåll:", "Pålegget lyder:", "Wording of the finding:": a
 * label that gives an item's own wording, at a block's start.
 */
const contentLabel =
  /^(?:[\p{L}-]+\s+)?(?:indhold|innehåll|innhold|lydelse|ordalyd|ordlyd|lyder|wording|content)(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?\s*:\s*/iu;

/** An answer's own label at its start: "Överförmyndarnämndens kommentar:", "Svar:". */
const answerLabelFirst =
  /^(?:[\p{L}-]+s\s+)?(?:åtgärd(?:er)?|ansvarig|klart|kommentar|svar|response|action|bemærkning|bemerkning|merknad|ställningstagande|utredning|redogörelse)\s*:/iu;

/**
 * "Anbefaling 1" above "Revisionen anbefaler, at … Forvaltningens bemærkning: Forvaltningen er
 * enig …": a recommendation and its answer in one block, cut where the answer begins (a
 * stance, or an answer's label).
 */
function recommendationThenAnswer(text: string): { text: string; answer: string } {
  const [said, ...reply] = sentences(text);
  if (
    said &&
    reply.length > 0 &&
    (readStanceIn(reply.join(" ")) || answerLabelFirst.test(reply[0] ?? ""))
  )
    return { text: said, answer: reply.join(" ") };
  return { text, answer: "" };
}

/**
 * "Nämnden instämmer i revisorernas första rekommendation, att säkerställa …": a sentence that
 * names the recommendation it answers by its place, with the recommendation after the comma.
 */
const namedByPlace = new RegExp(
  `^(?:[^.;:]*?\\s)?(?:(${Object.keys(ordinals).join("|")})\\s+(?:${recommendationWord})|rekommendation(?:en)?\\s+(?:nr\\.?\\s*|nummer\\s+)?(\\d{1,2}))\\b(?:\\s*,\\s*((?:att|om att|that)\\s[^.;]+))?`,
  "iu",
);

/**
 * A promise after what was done, in the same sentence: "har tagits fram och ska användas …",
 * "har utlysts och beräknas vara tillsatt den 1 mars 2027" (the body's own estimate), "har
 * tagits fram och börjar gälla den 1 juni", "… och träder i kraft den 1 januari" (in force from a day to come);
 * or a promise first, its subject's own verb, with what was done in a clause after it
 * ("Upphandlingsenheten kommer under tredje kvartalet 2027 att gå igenom de avrop som gjorts");
 * after a semicolon too, and in reported speech ("was accepted in part; performance would be
 * reported …").
 */
const promiseFollows = String.raw`(?!.*(?:\b(?:och|men|samt|and|but|og|som)|;)\s+(?:\p{L}+\s+){0,7}?(?:ska|skall|kommer|blir|beraknas|will|would|vil|skal|borjar\s+galla|trader\s+i\s+kraft|trer\s+i\s+kraft)\b)(?!(?:[\p{L}-]+\s+){1,3}(?:ska|skall|kommer)\s)`;

/**
 * Where a promise follows what was done, in the same sentence: "… and will …", "… och ska …",
 * or in a relative clause ("har tagit fram en mall som ska användas från och med …").
 */
const promiseTurn =
  /(?:,?\s+(?:och|men|samt|and|but|og|som)|;)\s+(?:[\p{L}-]+\s+){0,7}?(?:ska|skall|kommer|blir|beräknas|beraknas|will|would|vil|skal)\s/iu;

const promiseWord =
  /(?<!\p{L})(?:ska|skall|kommer|blir|beräknas|beraknas|will|would|shall|vil|skal)(?!\p{L})/iu;

/**
 * Sentences that are not promises: what was done (past tense; a participle after an article,
 * "den reviderade rutinen", is no verb), what others are expected to do (a national agency's
 * report, a bill), conditions, what the body will not do ("avser inte att …", whose date may
 * be someone else's), and citations of a decision ("Källa: …, 9 december 2025, § 131",
 * "Beslutat av kommunstyrelsen 2026-02-11, § 23").
 * Matched on text without diacritics, so OCR'd text is read alike.
 */
/**
 * A national authority as a sentence's subject ("Regeringen har aviserat …", "Skolverket
 * publicerar …"): in a council's answer, what another body does is no promise of its own.
 */
const citedAuthority =
  /^(?:socialstyrelsen|regeringen|riksdagen|skolverket|lansstyrelsen|ivo|inspektionen|forsakringskassan|arbetsformedlingen|polisen|the government)s?\b/iu;

const notPromise = [
  // The list of attachments, a page's number perhaps run in before it ("3 Vedlegg: Revisjonens
  // rapport …, mars 2026", "Bilaga 2: …", "Attachment: …"): the date is the attachment's own.
  /^(?:\d{1,3}\s+)?(?:vedlegg|bilag|bilaga|bilagor|bilagar|appendix|attachments?|enclosures?)(?:\s+\d{1,2})?\s*:/u,
  // A report's citation, its number and the day it was issued ("GAO-26-305, May 19, 2026",
  // "OIG-25-014, 3 March 2025"), as a database page heads each report's recommendations: the
  // day the report came out, no promise.
  /^\p{L}{2,6}-\d{2}-\d{2,5}\p{L}?,?\s+(?:(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,9}),?\s+)?(?:19|20)\d{2}\b/iu,
  // A memo's head run into the text, its date under a label after the sender's ("Notat Til:
  // Tilsynsutvalget Fra: Rådmannen Dato: 12.03.2027 …", "Till: … Från: … Datum: 2027-03-12"):
  // the day it was written, no promise.
  /\b(?:fra|fran|from)\s*:\s*[^:]{1,80}?\s(?:dato|datum|date)\s*:\s*(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b/iu,
  // A minute's paragraph head, the body, the paragraph's number and the meeting's day, run into
  // the text ("Kommunfullmäktige 38 14.06.2027 Förslag …", "Kommunstyrelsen § 112 2026-11-04
  // …"): the day the matter was taken up, no promise.
  /^(?:\p{L}[\p{L}-]*\s+){1,3}(?:§\s*)?\d{1,4}\s+(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?:\s|$)/iu,
  // A date the answer gave before and has since replaced, under its own label ("Original target
  // implementation date: June 2026", "Ursprunglig tidplan: juni 2026", "Opprinnelig frist:
  // …"): the revised date beside it is the promise, the old one is none.
  /^(?:original|initial|previous|former|earlier|superseded|ursprunglig|ursprungligt|ursprungliga|tidigare|opprinnelig|opprinneleg|oprindelig|tidligere)\s+(?:[\p{L}-]+\s+){0,3}?(?:date|dates|deadline|timetable|datum|dato|tidplan|tidsplan|tidpunkt|frist|tidsfrist|slutdatum)\b/iu,
  // An agreement's term, which runs already ("Det nuvarande avtalet gäller till utgången av
  // 2029", "avtalen løper ut i 2028", "the current contract runs until March 2029"): its end is
  // no step the body promises; unless a step waits for it ("anpassas först när pågående
  // leasingavtal löper ut under 2027", "once the contract expires").
  /(?<!\b(?:nar|when|once|after|efter|etter|da|innan|before|until|tills)\s+(?:[\p{L}-]+\s+){0,2})\b(?:\p{L}*avtal\p{L}*|\p{L}*aftale\p{L}*|\p{L}*kontrakt\p{L}*|agreements?|contracts?|leases?)\s+(?:[\p{L}-]+\s+){0,6}?(?:(?:galler|gjelder|gaelder)\s+(?:fram\s+|frem\s+)?(?:till|til|to|until)|(?:lober|loper|gar|gaar)\s+ut|runs\s+(?:to|until)|expires|ends)\b/iu,
  // What was done, in the past tense or a participle ("blev lukket den 3. marts", "ble
  // opprettet fra 1. januar", "had already been launched in August", any Swedish past passive
  // in -ades: "rensades under hösten 2026"); not after a form of "be", which says what
  // will be ("skal være vedtatt innen …", "will be completed by …"), nor where a promise follows
  // in the same sentence ("har tagits fram och ska användas från och med …").
  new RegExp(
    String.raw`^${promiseFollows}.*(?<!\b(?:den|det|de|en|ett|sin|sitt|sina|nya|var|vart|vara|vare|bli|be)\s)\b(?:pagick|haft|genomforde|genomfordes|reviderades|reviderade|antogs|antog|beslutade|beslutades|publicerades|startade|startades|lanserades|infordes|godkande|godkandes|deltog|presenterade|gjorts|gjordes|har genomforts|har tagits fram|har startats|har tratt|tradde|tritt|avslutades|paborjades|paborjade|inleddes|inledde|slutfordes|slutforde|antecknade|antecknades|\p{L}{3,}ades|vantas|forvantas|vintas|vedtok|vedtatt|besluttet|behandlet|blev|ble|was|were|completed|commenced|began|started|launched|wrote)\b`,
    "iu",
  ),
  /^om\s/iu,
  citedAuthority,
  /\b(?:avser|kommer|planerar|tanker|anser)\s+(?:\p{L}+\s+)?(?:inte|ej)\b|\b(?:will|does|do|shall)\s+not\b|\bwon't\b/iu,
  /(?:19|20)\d{2}(?:-\d{2}-\d{2})?,?\s+§\s*\d|^(?:kalla|source)\s*:|^(?:beslutat|beslutad|justerat|justerad)\s/iu,
  // A page's or a document's own dates: when it was published, updated or tabled, with or
  // without a colon ("Uppdaterad 24.9.2026", "Tabled: 4 September 2025", "Last updated 3 May",
  // "Date modified: 2027-05-03", "Date of last update: October 2, 2027", "Last updated:
  // Thursday, May 27, 2027", "Sidan senast ändrad 3 maj 2027"), also after the page's other
  // fields ("Posted in Internal Audit | Last modified: …").
  /^(?:[^|.]{0,80}\|\s*)?(?:(?:sidan|siden|siden er|page|this page was)\s+)?(?:(?:date|datum|dato)\s+(?:of\s+)?)?(?:(?:senast|last|sist|sidst)\s+)?(?:publicerad|publicerades|uppdaterad|uppdaterades|andrad|andrades|updated?|modified|reviewed|published|tabled|oppdatert|endret|publisert|opdateret|offentliggjort|andret)(?:\s+(?:den|on|senast))?(?:\s*:\s*(?:\p{L}+,?\s+){0,2}?\d|\s+\d|\s+(?:jan|feb|mar|apr|maj|may|mai|jun|jul|aug|sep|okt|oct|nov|dec|des)\p{L}*\s+\d)/iu,
  // What has been done, in the perfect, active or passive ("har redan under våren 2018
  // utbildat …", "har utretts under 2024", "har under mars 2027 gått igenom", "har i skrivelse
  // 2026-10-07 utarbetat", "har inte lett till några avvikelser under 2026"), unless a promise follows in the same sentence
  // ("Arbetet har påbörjats … och ska omfatta samtliga grupper senast …").
  new RegExp(
    String.raw`^${promiseFollows}.*\b(?:har|hade)\s+(?:[\p{L}\d](?:[./-]?[\p{L}\d])*\s+){0,4}?(?:\p{L}{3,}(?:at|it|rt|lt|mt|dd|tt)s?|gatt|statt|sett|lett)\b(?!\s+att\b)`,
    "iu",
  ),
  // The same in English, in a sentence's first clause ("had been built into the system on 4
  // January", "has already introduced … in March"), unless what follows is an assignment ("has been
  // asked to …", "has agreed that …") or a promise or a due date follows in the sentence.
  /^(?:(?![,;]\s|\band\s).)*?\b(?:has|have|had)\s+(?:already\s+|now\s+|recently\s+)?(?:been\s+)?(?:\p{L}{2,}ed|built|done|made|set up|put in place|begun|run|taken|sent|held|written)\b(?!\s+(?:to|that)\b)(?!.*\b(?:will|would|shall|due|to be|(?:plann?|intend|expect|aim)(?:s|ed)? to)\b)/iu,
  // What was received, in the perfect of "få" ("har fått en ekstra stilling fra 1. oktober",
  // "har fået"), too short for the rule above; an assignment received ("har fått i uppdrag att
  // … senast …") is a promise.
  new RegExp(
    String.raw`^${promiseFollows}.*\b(?:har|hade|hadde|havde)\s+(?:[\p{L}\d]+\s+){0,3}?(?:fatt|faet)\b(?!\s+(?:i\s+)?(?:uppdrag|oppdrag|opdrag|uppdraget|oppdraget|opdraget)\b)`,
    "iu",
  ),
  // A practice that started in the past ("Sedan december 2025 registreras …", "… redovisas
  // sedan januari 2026 …", "has been requested … since February 2027"), and what the
  // auditors ask or do ("Revisorerna önskar nämndens svar senast den 31 mars 2026"): their
  // dates are not the body's promises.
  /^(?:sedan|since|siden)\s+(?:(?:den\s+)?\d|\p{L}+\s+(?:19|20)\d{2}\b)|\s(?:sedan|siden|since)\s+\p{L}+\s+(?:19|20)\d{2}\b|^(?:[\p{L}-]*revisorern(?:a|as)|[\p{L}-]*revisionens?|revisorskollegiet|the auditors?)\s/iu,
  // The auditors' own steps by their other names, in Swedish, Danish and Norwegian: "Kommunens
  // revisorer följer upp granskningen under 2028", "Revisionsnämnden konstaterar …",
  // "Revisionsudvalget behandler …", "Kontrollutvalget bør følge med på …".
  /^(?:[\p{L}-]+s\s+)?(?:revisorer|revisorerne|revisorene|revisjonen|[\p{L}-]*revisionsnamnden|[\p{L}-]*revisionsudvalget|kontrollutvalget|kontrollutvalet)\s/iu,
  // What is done already ("er allerede gennemført i august", "är redan infört sedan …", "is
  // already in place"), unless a promise follows in the same sentence.
  new RegExp(
    String.raw`^${promiseFollows}.*\b(?:er|ar|var|is|was|are|were|blev|ble)\s+(?:redan|allerede|already)\s+\p{L}`,
    "iu",
  ),
  // A list of the papers a decision rests on: "Tjänsteskrivelse 2017-08-30", "Revisionsrapport
  // Granskning av föreningsbidrag, januari 2026", with its writer before it too ("Revisorernas
  // missiv, 2026-09-18") or its number in a list ("11 Protokoll från pensionärsrådet
  // 2026-11-03"), or an extract of the minutes ("Utdrag ur protokoll vid regeringssammanträde den
  // 24 september 2026"): a paper's own date closes its line. And a letter named by its date ("brev
  // av 6. november 2026", "skrivelse daterad …", "letter of 3 May 2027"), where no other date
  // stands beside it.
  /^beslutsunderlag\b|^(?:\d{1,2}\.?\s+)?(?:(?:utdrag|utskrift)\s+(?:ur|av|fra|fran)\s+)?(?:[\p{L}-]+s\s+)?(?:tjansteskrivelse|tjansteutlatande|yttrande|protokoll(?:sutdrag)?|missiv|(?:revisions|gransknings)?rapport|bilaga|skrivelse)\b[^.]{0,80}?[\s,](?:(?:19|20)\d{2}-\d{2}-\d{2}|(?:\d{1,2}\s+)?\p{L}+\s+(?:19|20)\d{2})\.?$/iu,
  /^(?:(?!(?:19|20)\d\d)[\s\S])*?\b(?:brev|skrivelse|skrivelsen|brevet|letter)\s+(?:av|af|fra|fran|of|dated|daterad|datert|dateret)\s+(?:den\s+)?\d{1,2}\.?\s+\p{L}+\s+(?:19|20)\d{2}\b(?:(?!(?:19|20)\d\d)[\s\S])*$/iu,
  // A report named by when it was handed in or published ("rapport levert november 2025",
  // "revisionsrapporten lämnad i mars 2026", "report issued in May 2026", "rapporten afleveret
  // den 3. juni 2026"), where no other date stands beside it: a past event, not a due date.
  /^(?:(?!(?:19|20)\d\d)[\s\S])*?\b(?:\p{L}*rapport\p{L}*|report|reports|audit|review)\s+(?:(?:was|were|ble|blev|blevet|ar|er|var|har|has|been|vart)\s+){0,2}(?:levert|levererad|lamnad|lamnades|avlamnad|avgiven|avgitt|overlevert|overlamnad|afleveret|afgivet|publicerad|publisert|offentliggjort|issued|delivered|published|presented|submitted)\s+(?:(?:i|in|den|on|per)\s+)?(?:\d{1,2}\.?\s+)?\p{L}+\s+(?:19|20)\d{2}\b(?:(?!(?:19|20)\d\d)[\s\S])*$/iu,
  // The same of a body's own statement or an e-mail told by its date ("I sitt yttrande den 21
  // september 2027 meddelade nämnden …", "in its response of 4 May 2027", "varslet … i e-post
  // 3. mai 2027"): when it was said, not when anything is due.
  /^(?:(?!(?:19|20)\d\d)[\s\S])*?\b(?:(?:i|in)\s+(?:sitt|sin|sina|dess|its|their|deres|hans|hennes|hendes)\s+(?:yttrande|yttrandet|uttalelse|uttalelsen|udtalelse|udtalelsen|svar|svaret|skrivelse|brev|response|reply|letter|statement)|(?:i|in|by|per|via)\s+(?:an?\s+|en\s+)?(?:e-?post|e-?mail|mejl))\s+(?:(?:av|af|fra|fran|of|dated|daterad|datert|dateret|on)\s+)?(?:den\s+)?\d{1,2}\.?\s+\p{L}+\s+(?:19|20)\d{2}\b(?:(?!(?:19|20)\d\d)[\s\S])*$/iu,
  // The same of a meeting's minutes or a decision named by its date ("finns i styrelsens
  // protokoll 19.5.2026", "Udvalgets beslutning den 25. august 2026", "the minutes of 3 May
  // 2027"), and a letter signed off with its place and date before the signer's name
  // ("Rådmannen i Fjordvik, 02.09.2026 Kari Nordmann"), where no other date stands beside it.
  /^(?:(?!(?:19|20)\d\d)[\s\S])*?\b(?:protokoll|protokollet|protokol|protokollen|referat|referatet|beslutning|beslutningen|vedtak|vedtaket|minutes|meeting)\s+(?:(?:av|af|fra|fran|of|from|dated|daterad|datert|dateret|den|on)\s+)*\d{1,2}(?:\.?\s+\p{L}+\s+|[./]\s?\d{1,2}[./]\s?)(?:19|20)\d{2}\b(?:(?!(?:19|20)\d\d)[\s\S])*$|^[^.,;:]{2,50},\s+(?:den\s+)?\d{1,2}[./]\s?\d{1,2}[./]\s?(?:19|20)\d{2}\s+\p{Lu}\p{L}+\s+\p{Lu}/iu,
  // A document's head: its date under a label, a word ending in one ("Sammanträdesdatum
  // 2026-11-04"), the head's other labels and the page's number between them too ("Datum Vår
  // beteckning 2 (3) 2026-04-14"), or a page header that begins with a date.
  /(?:\b\p{L}*datum|\b(?:date|daterad|dated|utfardat|upprattad))(?:\s+(?:var|er|dnr|diarienummer|beteckning|referens|sida|\d{1,3}|\(\d{1,3}\)))*\s*:?\s*(?:19|20)\d{2}-\d{2}-\d{2}|^(?:19|20)\d{2}-\d{2}-\d{2}\s/iu,
  // A signature's date ("Signature: ____ Date: 11/02/2026", "Ledelsens underskrift: …, 12.
  // januar 2027"), a place and date signing a
  // letter off before the name ("Molde, 28.10.2026 Hans Bø"), the next agenda item ("Ärende 4
  // Delegationsbeslut …"), and what was handed in or received ("lämnade sitt yttrande den 7
  // oktober 2026", "Responses received October 20, 2026").
  /^\p{Lu}\p{L}+,?\s+(?:den\s+)?\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}$|^(?:[\p{L}-]+s\s+)?(?:signature|signed|underskrift|signatur)\b|\bdate\s*:\s*\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}|^\p{L}+,\s+(?:den\s+)?\d{1,2}(?:[./]\s?\d{1,2}[./]|\.?\s+\p{L}+)\s?(?:19|20)\d{2}\s+\p{L}|^arende\s+\d{1,3}\s|\b(?:lamnade|lamnades|received|submitted)\b/iu,
  // A deadline for the answer itself, the body's or the auditors' ("Nämnden ska lämna yttrande
  // till revisorerna senast den 28 februari 2027", "Regionstyrelsen ska lämna svar senast …",
  // "Remiss … för yttrande senast …", "Svar ska ha inkommit senast …"): answering is no measure.
  /\blamna\s+(?:(?:sitt|sina|ett|skriftligt|skriftliga)\s+)*(?:svar|yttrande|yttranden)\b[^.]{0,60}?\bsenast\b|\bfor\s+yttrande\b[^.]{0,60}?\bsenast\b|\b(?:svar(?:et)?|yttrande(?:t)?)\s+(?:ska|skall|bor)\s+(?:lamnas|ha\s+inkommit|inkomma|vara\s+\p{L}+\s+tillhanda)\b[^.]{0,40}?\bsenast\b/iu,
  // Minutes' own dates: when and where they were signed ("Justeringens plats och tid
  // Kommunkontoret 2026-11-09"), and the next item's report named by its date ("Delårsrapport
  // per den 31 augusti 2026").
  /\bjusteringens?\s+plats\s+och\s+tid\b[^.]{0,60}?(?:19|20)\d{2}-\d{2}-\d{2}|^(?:delars|tertial|kvartals|manads|ars)?(?:rapport|bokslut)\s+(?:per|for)\s+(?:den\s+)?\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}\.?$/iu,
  // A page's running head run into the text: its date, a diary number, the page's count
  // ("3 september 2026 KS-2026/418.912 2 (4) …").
  /^(?:\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\s+(?:\S+\s+){0,2}?\d{1,3}\s?\(\d{1,3}\)/iu,
];

/**
 * A plan flattened into prose, its owner and timescale columns run together after the action:
 * "… Head of Finance February 2027", "Transformation Programme Manager 30 September 2026",
 * "Ekonomichefen december 2026". The part is a title's words alone before the due date (each
 * capitalised but for its little words, or one Swedish word naming an office), the date last
 * but for a row's number or a page footer.
 */
const ownerTitle =
  /^\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?\p{Lu}[\p{L}-]*){0,5}$|^\p{Lu}\p{Ll}+(?:chef|chefen|direktör|direktören|ansvarig|enheten|kontoret|förvaltningen|avdelningen|sjef|sjefen|leder|lederen)$/u;
const notOwner =
  /^(?:by|in|from|until|before|after|during|target|due|timescale|deadline|date|completed?|ongoing|senast|senest|klart|klar|datum|frist|the|innan|inden|innen|inom|innom|före|før|från|fra|till|til|under|medio|ultimo|primo|løbende|løpende|fortløbende|fortløpende)\b|^(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])$/iu;
function ownerBeforeDue(text: string, due: string): string | undefined {
  const at = text.indexOf(due);
  if (at <= 0) return undefined;
  const before = text.slice(0, at).trim();
  const after = text.slice(at + due.length).trim();
  if (
    after &&
    !/^(?:\d{1,2}\.?|page\s+\d+(?:\s+of\s+\d+)?|sida\s+\d+(?:\s*\(\d+\))?)$/iu.test(after)
  )
    return undefined;
  return ownerTitle.test(before) && !notOwner.test(before) ? before : undefined;
}

/**
 * A date that says which things a rule covers, not when a step is due: "schemes approved from
 * April 2026", "applications received after 1 July 2027", "contracts signed since January": a
 * noun, its participle, then "from", "after" or "since". Not a passive verb's own date ("will
 * be introduced from December 2026").
 */
function scopeOfThings(text: string, d: { text: string; index: number }): boolean {
  if (!/^(?:from|after|since)\s/iu.test(d.text)) return false;
  const before = text.slice(Math.max(0, d.index - 40), d.index);
  const m =
    /(?<!\p{L})(\p{L}+)\s+(?:\p{Ll}+ed|made|signed|begun|granted|issued|set\s+up)\s+$/u.exec(
      before,
    );
  return (
    m !== null &&
    !/^(?:be|been|being|is|are|was|were|will|would|shall|to|have|has|had|get|gets|got|it|they|we|and|or|not|also|then|first|fully)$/iu.test(
      m[1] ?? "",
    )
  );
}

/**
 * "On R3, …", "As regards the register, …", "In August 2026, …": what a sentence opens with. A
 * status date is one too, under a comment's label or none ("Comments: As of July 2026, …", "As
 * at 31 March 2027, …"): the state of things then, what the rest tells.
 */
const subjectNamedFirst =
  /^(?:(?:comments?|update|progress|status)\s*:\s*)?(?:(?:on|as regards|regarding|as to|as for|concerning|turning to)\s+[^,]{1,40}|in\s+\p{L}+\s+(?:19|20)\d{2}|as\s+(?:of|at)\s+(?:\d{1,2}\s+)?\p{L}+\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}),\s+/u;

function isPromise(sentence: string, own?: string): boolean {
  return isPromisingClause(sentence, own) && !isHeadline(fold(sentence));
}

/**
 * A part of a sentence that promises, by what it says; its length tells nothing of a heading.
 * `own`: the name of the body that answers; where that body is the authority the sentence
 * opens with (the government answering the national auditors: "Regeringen kommer att …"), the
 * sentence is its own promise.
 */
function isPromisingClause(clause: string, own?: string): boolean {
  // "On R3, a check had already been introduced …", "In August 2026, DOD stated that the agency
  // had begun …": what the sentence opens with is no clause of its own.
  const folded = fold(clause).replace(subjectNamedFirst, "");
  const ownSubject = own !== undefined && folded.startsWith(fold(own));
  return !notPromise.some(
    (pattern) => pattern.test(folded) && !(ownSubject && pattern === citedAuthority),
  );
}

/**
 * "En plan före mars": a few words with no stop and no number are a heading over what follows,
 * an article's subheading, not a sentence that promises; an action plan's short cells ("Klart
 * juni 2027") carry their year.
 */
function isHeadline(folded: string): boolean {
  const text = folded.trim();
  return !/[.!?:;]$|\d/u.test(text) && text.split(/\s+/u).length <= 5;
}

/**
 * "En rutin införs under första kvartalet 2023 och en plan fastställs senast 30 juni 2023": two
 * promises in one sentence, each with its own date, are two measures. The sentence is cut at
 * "och", "samt" or "and" between the dates, and only where each part has a date of its own.
 * A part that opens with a modal verb has no subject of its own: "En riskanalys tas fram under
 * hösten och ska vara beslutad senast i november" is one step, one measure (dated as any
 * sentence is); where the part says from when the step applies ("och ska gälla från läsåret
 * 2027/28"), that start is no due date, and the step is dated by what came before.
 */
const withoutOwnSubject =
  /^(?:ska|skall|skal|bör|bør|kommer|vil|will|shall|should|is|are|to be|blir|bliver)\s/iu;

const elidedStep = /^(?:for|för|till|til|to|hos|before|inför|innfor|overfor)\s+\p{L}/iu;
const elidedTurn =
  /,?\s+(?:och|samt|and|og)\s+(?=(?:for|för|till|til|to|hos|before|inför|innfor|overfor)\s+\p{L})/giu;

/**
 * The step's last turn, where one step goes before two bodies with its verb left out the second
 * time: its date is the step's due date ("… för utskottet i maj 2027 och för fullmäktige i juni
 * 2027" falls due in June). The whole text otherwise.
 */
function lastBodyStep(part: string, reference?: string): string {
  let from = -1;
  for (const m of part.matchAll(elidedTurn)) from = m.index + m[0].length;
  if (from < 0) return part;
  const last = part.slice(from);
  return findDatePhrases(part.slice(0, from), reference).length > 0 &&
    findDatePhrases(last, reference).length > 0
    ? last
    : part;
}

function datedParts(sentence: string, reference?: string): string[] {
  const dates = findDatePhrases(sentence, reference);
  if (dates.length < 2) return [sentence];
  const parts: string[] = [];
  let from = 0;
  for (let n = 1; n < dates.length; n++) {
    const previous = dates[n - 1] as (typeof dates)[number];
    const next = dates[n] as (typeof dates)[number];
    const between = sentence.slice(previous.index + previous.text.length, next.index);
    const cut = /,?\s+(?:och|samt|and|og)\s+/iu.exec(between);
    if (!cut) continue;
    const at = previous.index + previous.text.length + cut.index;
    // "… läggs fram för utskottet i maj 2027 och för fullmäktige i juni 2027": the same step
    // taken again before another body, its verb left out, is one step.
    if (elidedStep.test(sentence.slice(at + cut[0].length))) continue;
    if (withoutOwnSubject.test(sentence.slice(at + cut[0].length))) {
      if (next.period.qualifier !== "from") continue;
      parts.push(sentence.slice(from, at).trim());
      return allDated(parts, reference) ? parts : [sentence];
    }
    parts.push(sentence.slice(from, at).trim());
    from = at + cut[0].length;
  }
  parts.push(sentence.slice(from).trim());
  return allDated(parts, reference) ? parts : [sentence];
}

const allDated = (parts: readonly string[], reference?: string) =>
  parts.every((p) => findDatePhrases(p, reference).length > 0);

/**
 * "Nämnden kommer i stället att göra stickprov …", "The department will instead …", "Rådmannen
 * vil i stedet …": a step offered in place of what was recommended.
 */
const offeredInstead =
  /(?<!\p{L})(?:i stället|istället|i stedet|istedenfor|i staden|instead)(?!\p{L})/iu;

/** One recommendation named by its number: "som svar på rekommendation 1", "rekommendation nr 2". */
const recommendationByNumber = /\brekommendation(?:en)?\s+(?:nr\.?\s*)?(\d{1,2})\b/giu;

/** A task item as Spårbar's Word export prints it: "☐ text — due". */
const taskItem = /^(?:\[([ xX])\]|(☐|☒))\s*/u;

/** A column that holds a writer's answer: "Service response", "Management comments", "Svar". */
const answerColumn =
  /^(?:[\p{L}-]+(?:['’]s)?\s+){0,2}(?:responses?|comments?|svar|kommentar(?:er)?|reply|answer)$/u;

/**
 * "Ref | Agreed action | Priority | Service response | Target date": a follow-up table of the
 * actions agreed after an audit, each answered in a column of its own. With no recommendation
 * column, the action column is what the answer column answers: the action, not the answer, is
 * the section's text, and the answer gives the stance and the measure. Its roles, if so.
 */
function actionsAnsweredHeader(cells: readonly string[]): ColumnRole[] | undefined {
  if (!cells.every((c) => c.split(" ").length <= 4)) return undefined;
  const roles = cells.map((c) => columnRole(c) ?? "other");
  if (roles.includes("recommendation")) return undefined;
  const answers = (c: string) => answerColumn.test(fold(c).replace(/[:.]$/u, ""));
  const action = roles.findIndex((r, i) => r === "measure" && !answers(cells[i] ?? ""));
  if (action < 0) return undefined;
  const answer = cells.findIndex((c, i) => i > action && answers(c));
  if (answer < 0) return undefined;
  return roles.map((r, i) =>
    i === action ? "recommendation" : i === answer ? "measure" : r === "measure" ? "other" : r,
  );
}

/**
 * "Tiltak | Ansvarlig | Frist", "Åtgärd | Ansvarig | Klart senast", "Action | Owner | Due date":
 * the header of a table of measures under the item it answers, with no column of
 * recommendations or of answers. Its roles, if so.
 */
function measuresOnlyHeader(cells: readonly string[]): ColumnRole[] | undefined {
  if (cells.length < 2 || !cells.every((c) => c.split(" ").length <= 4)) return undefined;
  const roles = cells.map((c) => columnRole(c) ?? "other");
  const count = (role: ColumnRole) => roles.filter((r) => r === role).length;
  if (count("measure") !== 1 || count("due") !== 1 || count("recommendation") > 0) return undefined;
  if (count("stance") > 0 || cells.some((c) => answerColumn.test(fold(c).replace(/[:.]$/u, ""))))
    return undefined;
  return roles;
}

/** A due cell that reports the step done: "Gjennomført 20.11.2026", "Klart", "Completed". */
const doneCell =
  /^(?:gjennomfort|gennemfort|genomfort|genomford|utfort|udfort|klart|avslutad|avsluttet|afsluttet|done|completed|implemented|closed)\b/u;

/**
 * A sentence that opens by naming the recommendation it answers: "On R2 she explained …",
 * "As regards recommendation 3, …", "När det gäller rekommendation 2 …".
 */
/**
 * A recommendation named by its label anywhere in a sentence ("A Member asked why R2 was only
 * partly accepted"): where a sentence names one only, it speaks of that one.
 */
const labelNamed =
  /\b(?:R|(?:recommendation|rekommendation(?:en)?|anbefaling(?:en)?)\s+)(\d{1,2})\b/giu;

/**
 * "Punkt 3 Tilsynsbesøk i fosterhjem Kommunen har …": an answer's run-in heading that names the
 * item it answers by its number, then the item's subject, in capitals where a heading starts.
 */
const runInPoint = /^(?:Punkt|Pkt\.)\s+(\d{1,2})\s+(?=\p{Lu})/u;
const runInPointInside = /\s(?=(?:Punkt|Pkt\.)\s+\d{1,2}\s+\p{Lu})/gu;
/** A sentence cut before each run-in heading inside it ("… barnevern Punkt 1 Fristoverskridelser …"). */
function atRunInPoints(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(runInPointInside)) {
    parts.push(sentence.slice(from, m.index).trim());
    from = m.index;
  }
  parts.push(sentence.slice(from).trim());
  return parts.filter(Boolean);
}

/** The words before a label that make it the place of something else: "the measures in". */
const insideOther = /(?<!\p{L})(?:in|from|under|i|från|fra|frå)\s+(?:the\s+)?$/iu;

const referenceFirst =
  /^(?:(?:on|as regards|regarding|as to|as for|concerning|turning to|när det gäller|vad gäller|angående|beträffande|når det gjelder|hvad angår)\s+(?:R|(?:recommendation|rekommendation(?:en)?|anbefaling(?:en)?)\s+)(\d{1,2})\b|(?:R|(?:recommendation|rekommendation(?:en)?|anbefaling(?:en)?)\s+)(\d{1,2})\s+(?=(?:was|were|is|has|had|will|would|tillstyrks|avstyrks|godtas|är|har|blir|ble|er|vil)\s))/iu;

/**
 * "Från och med 2027 förs protokoll", "From 2027 the figures are published": a practice that
 * starts in a year, with no month or day, told in the present, says how things are done from
 * then; it names no date by which anything is done. Promised or introduced ("ska från och med
 * 2021 redovisas", "införs från och med 2026", "will from 2027 be reported"), the year's end is
 * the due date as before.
 */
const fromBareYear =
  /^(?:från och med|fr\.o\.m\.|från|fra og med|fra|from|starting(?: in)?)\s+(?:19|20)\d{2}$/iu;
const promisingVerb =
  /(?<!\p{L})(?:ska|skall|skal|kommer att|vil|will|shall|would|is to be|are to be|inför(?:s|as|a)?|införes|startar|startas|påbörjas|innføres|introduce[sd]?|starts?|begins?|launch(?:es|ed)?)(?!\p{L})/iu;

/** Whether two texts begin with the same three words: a recommendation quoted again. */
/**
 * A question put by the committee the response answers, under its own label and number
 * ("Spørsmål 7", "Fråga 3", "Spørgsmål 2", "Question 4") with the question after it: what
 * follows answers that question, not the recommendation answered before it.
 */
const questionLabel =
  /^(?:spørsmål|spørgsmål|fråga|frågan|question)\s+(?:nr\.?\s*)?\d{1,3}[.:]?$/iu;
function committeeQuestion(b: Block, next: Block | undefined): boolean {
  return b.kind !== "item" && questionLabel.test(b.text.trim()) && /\?\s*$/u.test(next?.text ?? "");
}

function sameOpening(a: string, b: string): boolean {
  const opening = (t: string) => fold(t).split(/\s+/u).slice(0, 3).join(" ");
  return opening(a) === opening(b);
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
  // The head of an yttrande (and of Spårbar's Word export) gives its diary number, date and the
  // audit answered under labels; those are the response's own, whatever the text cites later.
  const diary = labelledValue(blocks, /^(?:diarienummer|dnr)$/iu);
  if (diary && /\d/.test(diary.value)) result.diaryNumbers.push(diary);
  const about = labelledValue(blocks, /^avser$/iu);
  const aboutId = about && /\(([^()]+)\)\s*$/.exec(about.value)?.[1]?.trim();
  if (about && aboutId)
    result.answers.push({ value: idFromDiaryNumber(aboutId) ?? aboutId, line: about.line });
  const dated = labelledValue(blocks, /^datum$/iu);
  const day = dated ? findDatePhrases(dated.value)[0] : undefined;
  if (dated && day) result.date = { value: day.period, line: dated.line };
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
  if (dateLine && !result.date) {
    const found = findDatePhrases(dateLine.text)[0];
    if (found) result.date = { value: found.period, line: dateLine.line };
  }
  // The day a date without its year ("till årsskiftet", "i februari") is read from: the
  // response's own date (its head's, or the decision's at its foot), else the nearest date
  // before it in the answers (`context`), never a date the head retells from the report.
  const ownDate = result.date?.value.start ?? decisionDate(blocks);
  let context: string | undefined;
  let reference = ownDate;
  const titled = blocks
    .slice(0, 25)
    .find(
      (b) =>
        /^(?:\*\*)?(granskning|yttrande|uppföljande yttrande|återrapportering|svar på)(?![\p{L}\d])/iu.test(
          b.text,
        ) && b.text.length > 15,
    );
  if (titled) result.title = { value: titled.text.replace(/\*\*/g, ""), line: titled.line };

  // The label the document numbers its items under, where it is none the headings know
  // ("Issue 1:", "Brist 1."): found by its repetition (own-labels.ts).
  const ownLabel = ownItemLabel(blocks.filter((b) => b.kind !== "row").map((b) => b.text));
  const ownHeading = ownLabel ? itemLabelPattern(ownLabel) : undefined;
  const headingOf = (text: string) =>
    heading.exec(withoutOfficeAcronym(text)) ?? ownHeading?.exec(text) ?? null;
  const explicit = blocks.some(
    (b) =>
      b.kind !== "row" &&
      (headingOf(b.text) ||
        labelled.test(b.text) ||
        numberedLabel.test(b.text) ||
        bareLabel.test(b.text)),
  );
  // Recommendations the response quotes as a list before answering them one by one.
  const quoted: string[] = [];
  let quoting = false;
  // After a line that names the recommendations to come, without a stop: plain lines follow.
  let linesQuoted = false;
  let documentStance: StanceReading | undefined;
  // Set where listed recommendations were answered each on its own (openListedUnanswered): a
  // stance stated for one of them is then no stance of the whole response.
  let answeredOneByOne = false;
  let current: ImportedSection | undefined;
  let awaitingText = false;
  let titleOnly = false;
  const answered = (section: ImportedSection) =>
    Boolean(section.stance ?? section.stanceUndecided) || section.measures.length > 0;
  let table: ColumnRole[] | undefined;
  // Whether `table` lists the measures of the item above it, with no column of recommendations.
  let measuresOnly = false;

  // Sections opened from a numbered list of recommendations, and whether the text after the
  // list is being read against them.
  let fromList = false;
  let byWords = false;
  // Under a subject heading that names one of the listed recommendations ("Rutiner för
  // handläggningen"): what follows answers that one, until the next such heading.
  let bySubject = false;
  // Whether the listed recommendations are each followed by their answer before the next.
  let answeredInTurn = false;
  const open = (number: number, numbered: boolean, text: string, line: number) => {
    current = { number, numbered, text: withoutListJoin(text), measures: [], line };
    result.sections.push(current);
    fromList = false;
    byWords = false;
    bySubject = false;
  };
  const namedResponsible = new Map<ImportedSection, string>();
  // Sections whose stance was said of all the recommendations at once: a stance said to one of
  // them later, by its place or its words, takes that one's place.
  const saidOfAll = new Set<ImportedSection>();
  const forgetStanceSaidOfAll = (section: ImportedSection) => {
    if (!saidOfAll.delete(section)) return;
    delete section.stance;
    delete section.stanceUndecided;
  };
  // The stance the first "Åtgärd: …" of each section states by the step it decides
  // (action-stance.ts), for a section whose answer states none in words.
  const actionStances = new Map<ImportedSection, { reading: StanceReading; line: number }>();
  // A step begun or meant ("har påbörjat …", "avser att införa …") in an answer with no stance words.
  const stepsTaken = new Map<ImportedSection, { reading: StanceReading; line: number }>();
  // What each answer said where it stated no stance, for a step the answer takes only in part.
  const unstatedAnswers = new Map<ImportedSection, string[]>();
  // "Åtgärd: …" without a date, waiting for the "Klart: …" that dates it.
  const pendingAction = new Map<ImportedSection, string>();
  // The measures dated by a due date's own label.
  const labelledMeasures = new Set<ImportedSection["measures"][number]>();
  // `dated`: the part of the text that says when (a plan's due cell), where it says so; its
  // date decides over any other date in the text ("införd sedan januari 2027 …" beside "Maj
  // 2027").
  const addMeasure = (
    section: ImportedSection,
    text: string,
    line: number,
    extra = {},
    dated = text,
  ) => {
    const longestFirst = (x: { text: string }, y: { text: string }) =>
      y.text.length - x.text.length;
    const practice = !promisingVerb.test(text);
    const dates = (t: string) =>
      findDatePhrases(t, reference)
        .filter(
          (d) =>
            !(practice && fromBareYear.test(d.text)) && !scopeOfThings(t, d) && !isStatusDate(t, d),
        )
        .sort(longestFirst);
    const due = dates(dated)[0] ?? dates(text)[0];
    const withoutYear = due || reference ? undefined : datesWithoutYear(text)[0];
    if (!due && !withoutYear) return;
    if (section.measures.some((m) => fold(m.text) === fold(text))) return;
    // The prose after a target date's own label ("Target implementation date: March 2027")
    // that gives the same date again tells the same step.
    if (
      due &&
      section.measures.some(
        (m) => labelledMeasures.has(m) && m.due?.end === measureDue(due).end && m.line <= line,
      )
    )
      return;
    const row = slashRow(text);
    if (row?.done) return;
    const responsible =
      row?.responsible ??
      agentNamed(text) ??
      namedResponsible.get(section) ??
      ownerInProse(text) ??
      assignedIn(text) ??
      reportedActor(text, result.body?.name) ??
      officerReporting(text) ??
      (due ? ownerBeforeDue(text, due.text) : undefined);
    section.measures.push({
      text,
      ...(due ? { due: measureDue(due) } : { dueWithoutYear: withoutYear }),
      line,
      ...(responsible ? { responsible } : {}),
      ...extra,
    });
    const doer = stepDoer(text, result.body?.name);
    const added = section.measures.at(-1);
    if (doer && added) stepDoers.set(added, doer);
    if (added) measuresAdded.push(added);
  };
  // Every measure in the order added, wherever it went: what a run of sentences gave.
  const measuresAdded: ImportedMeasure[] = [];
  // The subject who takes each step, where its sentence names one; any owner the answer names
  // otherwise, by a label or in prose, goes first.
  const stepDoers = new Map<ImportedMeasure, string>();
  // The agency a recommendation's page names under it, a part of the department answering.
  const agencyOf = new Map<ImportedSection, string>();
  // The levels of the agency field a recommendation is filed under, the department first.
  const levelsOf = new Map<ImportedSection, string[]>();
  /**
   * The measures of a recommendation filed under an agency field: a short form of one of its
   * levels ("DOE" under "Department of Energy: …") by the name the field spells out; a measure
   * no one is named for, the level that is to act (`actingLevel`).
   */
  const fileLevels = (section: ImportedSection) => {
    const levels = levelsOf.get(section);
    if (!levels) return;
    for (const m of section.measures) {
      if (m.responsible) m.responsible = levelAbbreviated(m.responsible, levels) ?? m.responsible;
      else m.responsible = actingLevel(levels);
    }
  };
  const cellOf = (cells: readonly string[], role: ColumnRole) =>
    table ? (cells[table.indexOf(role)] ?? "") : "";
  // A tracker's first agreed date and its two leads, where its header has them.
  let trackerColumns: TrackerColumns = {};
  const rowDue = (cells: readonly string[]) =>
    trackerDue(cellOf(cells, "due"), cells, trackerColumns);
  const rowResponsible = (cells: readonly string[]) =>
    firstLead(cellOf(cells, "responsible"), trackerColumns);

  const openListed = (number: number, b: Block) => {
    // A list that numbers from 1 again after the recommendations were opened (the decision's
    // own points) answers them; it opens none.
    if (result.sections.some((s) => s.number === number)) {
      if (current) readAnswer(current, b.text, b.line, true);
      return;
    }
    // "Revisorernas rekommendation att kommunstyrelsen ska … tillstyrks.": a decision on each
    // recommendation, its text the "att" clause and its stance the decision's verb.
    const decided = decidedRecommendation.exec(b.text);
    // An item's closing comma, "och" or "samt" belongs to the list, not to the recommendation.
    open(
      number,
      true,
      decided?.[1]?.trim() ?? b.text.replace(/,\s*(?:(?:och|samt|and)\s*)?$/u, ""),
      b.line,
    );
    if (decided && current) readStance(current, b.text, b.line);
    fromList = true;
  };
  const read = explicit ? blocks : proseSentences(blocks);
  const intros = listIntros(read);
  // Lines of a few words seen on their own, a tracker's record fields among them.
  const fieldLines = new Set<string>();
  const quotesEach = !explicit && quotedSentences(blocks) >= 2;
  // In minutes, the agenda item that answers the report, by its number: the next item is
  // another matter ("44 Dnr KS 2024/502 Svar på medborgarförslag …", "4 Delårsrapport …").
  let agendaItem: number | undefined;
  // A numbered heading is an agenda item only where it carries a diary number, in its line or
  // the next ("3 Yttrande över …" above "Diarienummer 2025/BUN 0163 00"): a response's own
  // numbered chapters ("3 Förvaltningens svar") are no other matter.
  const agendaItems = new Set(
    read.filter(
      (b, i) =>
        b.kind !== "row" &&
        agendaStart.test(b.text) &&
        (/^§/u.test(b.text) || diaryNumbered.test(`${b.text}\n${read[i + 1]?.text ?? ""}`)),
    ),
  );
  // Where the response retold the recommendations in one sentence ("rekommenderar nämnden att
  // …, att … och att …"), and where its reading stopped.
  let listedAt: number | undefined;
  // Items after a colon that each say who shall or should act, whatever the intro calls them,
  // and where they end.
  const demanded: string[] = [];
  let demandedAt: number | undefined;
  let readTo = read.length;
  // The line of the next row after each block: text between two rows cut from one flattened
  // paragraph is the earlier row's overflow, not the table's end.
  const nextRowLine: (number | undefined)[] = [];
  for (let k = read.length - 1, seen: number | undefined; k >= 0; k--) {
    nextRowLine[k] = seen;
    if (read[k]?.kind === "row") seen = read[k]?.line;
  }
  let lastRowLine: number | undefined;
  for (const [at, b] of read.entries()) {
    const fieldLine = b.kind === "paragraph" ? recordFieldLine(b.text) : undefined;
    if (fieldLine) fieldLines.add(fieldLine);
    // The chair's own statement after the answers ("Ordförandeutlåtande") is no answer of the
    // body: its views and plans are the chair's.
    // Nor is the list of attachments after the signature ("Bilagor", "Enclosures"): papers
    // named with their dates.
    if (
      result.sections.length > 0 &&
      b.kind !== "row" &&
      (chairsStatement.test(b.text.trim()) || attachmentsList.test(b.text.trim()))
    ) {
      readTo = Math.min(readTo, at);
      break;
    }
    const agenda = agendaItems.has(b) ? agendaStart.exec(b.text) : null;
    if (agenda) {
      const number = Number(agenda[1] ?? agenda[2]);
      if (
        agendaItem !== undefined &&
        number === agendaItem + 1 &&
        !aboutTheAudit.test(b.text.slice(0, 160))
      )
        readTo = Math.min(readTo, at);
      if (
        result.sections.length > 0 &&
        agendaItem !== undefined &&
        number === agendaItem + 1 &&
        !aboutTheAudit.test(b.text.slice(0, 160))
      )
        break;
      if (result.sections.length === 0 && (b.kind === "heading" || /Dnr|§/u.test(agenda[0])))
        agendaItem = number;
    }
    if (b.kind === "row") {
      lastRowLine = b.line;
      const cells = b.cells ?? [];
      const roles = cells.map(columnRole);
      // A header: a recommendation column among short column names.
      // ("Status at 30 June 2027" is a column's name all the same.)
      if (roles.includes("recommendation") && cells.every((c) => c.split(" ").length <= 6)) {
        table = roles.map((r) => r ?? "other");
        trackerColumns = trackerColumnsOf(cells, table);
        measuresOnly = false;
        continue;
      }
      const answeredActions = actionsAnsweredHeader(cells);
      if (answeredActions) {
        table = answeredActions;
        measuresOnly = false;
        continue;
      }
      // "Tiltak | Ansvarlig | Frist" under an item already opened: its measures, one a row.
      const measuresHeader = current ? measuresOnlyHeader(cells) : undefined;
      if (measuresHeader) {
        table = measuresHeader;
        measuresOnly = true;
        continue;
      }
      if (!table) continue;
      if (measuresOnly) {
        const measure = cellOf(cells, "measure");
        const dueCell = cellOf(cells, "due");
        const responsible = cellOf(cells, "responsible");
        // A row whose due cell reports the step done ("Gjennomført 20.11.2026") promises
        // nothing more.
        if (
          current &&
          measure &&
          findDatePhrases(dueCell).length > 0 &&
          !doneCell.test(fold(dueCell))
        )
          addMeasure(
            current,
            `${measure} ${dueCell}`.trim(),
            b.line,
            responsible ? { responsible } : {},
            dueCell,
          );
        continue;
      }
      const cell = cellOf(cells, "recommendation");
      // The row's number, in the recommendation's cell or in a number column of its own.
      const number =
        /^(\d{1,2})[.)]\s*/.exec(cell)?.[1] ??
        cells.find((c, i) => table?.[i] === "other" && /^\d{1,2}\.?$/u.test(c))?.replace(".", "");
      const text = cell.replace(/^\d{1,2}[.)]\s*/, "");
      // A section the response opened by its number without a text ("accepts recommendations
      // 1 and 3") is this row's.
      // A row that names by its subject a recommendation the response quoted in full before
      // the table ("1. Skriftliga och diarieförda avtal") answers the one of its number.
      const section =
        result.sections.find((s) => s.text === text) ??
        result.sections.find((s) => number && s.number === Number(number) && s.text === "") ??
        result.sections.find(
          (s) =>
            number &&
            s.number === Number(number) &&
            s.text.length > text.length &&
            sharedWith(s, text) > 0,
        );
      if (section && !section.text) section.text = text;
      if (!section) {
        open(Number(number ?? result.sections.length + 1), Boolean(number), text, b.line);
        if (number) result.sections.sort((x, y) => x.number - y.number);
      }
      const target = section ?? current;
      const stated = cellOf(cells, "stance");
      const measure = cellOf(cells, "measure");
      // A dash in the due cell ("–" under "Revised date") gives no date: the answer's own
      // words do, where they promise.
      const dueCell = rowDue(cells);
      const due = /^[–—-]$/u.test(dueCell.trim()) ? "" : dueCell;
      // "Accepted in principle" in a column of its own; else "Agreed. A data-matching exercise
      // …": the answer's cell states the stance too.
      if (target && stated) readStance(target, stated, b.line);
      // A row's answer that opens with its stance decides for its row, whatever the prose
      // before the table said of all the recommendations at once.
      const opening = target && measure && !stated && answersAtOnce(measure);
      const reading = opening ? readStanceIn(measure) : undefined;
      if (target && reading) applyStance(target, reading, b.line);
      else if (target && measure && !stated) readStance(target, measure, b.line);
      // A due cell without a date ("Completed", "Ongoing") promises nothing by a date.
      const undated = due !== "" && findDatePhrases(due).length === 0;
      // With no due cell, the answer's cell is read sentence by sentence where the whole is no
      // promise: "The review will cover cases closed since July 2025 … . It will be completed
      // by 30 June 2028." promises in its last sentence.
      if (target && measure && !due && !isPromise(measure)) {
        const responsible = rowResponsible(cells);
        for (const p of sentences(measure))
          if (isPromise(p)) addMeasure(target, p, b.line, responsible ? { responsible } : {});
      } else if (target && (measure || due) && !undated && (due || isPromise(measure))) {
        const responsible = rowResponsible(cells);
        addMeasure(
          target,
          `${measure} ${due}`.trim(),
          b.line,
          responsible ? { responsible } : {},
          due || measure,
        );
      }
      continue;
    }
    if (b.line !== lastRowLine || nextRowLine[at] !== b.line) table = undefined;
    const match = b.kind === "item" && !heading.test(b.text) ? null : headingOf(b.text);
    if (match) {
      const number = Number(match[1] ?? match[3] ?? 0);
      let text = (match[2] ?? match[4] ?? "").replace(/\*\*/g, "").trim();
      text = quotedInside.exec(text)?.[1]?.trim() ?? text;
      // "Rekommendation 1: Förvaltningen instämmer. …": the answer follows the number, and the
      // recommendation is the one the response quoted earlier.
      // "R3 The Council should agree a timetable …" recommends: its "agree" answers nothing.
      let answer =
        text && !directive.test(text) && readStanceIn(sentences(text)[0] ?? "") ? text : "";
      if (answer) text = quoted[number - 1] ?? "";
      // "Rekommendation 1 Nämnden bör … . Nämnden tillstyrker …": the recommendation, then the
      // answer, in the same block.
      // "Rekommendation 3 Ett register införs …" after the report's recommendations were
      // quoted as a numbered list: the words after the number answer the one quoted, where they
      // neither recommend nor begin as it does.
      const listed = quoted[number - 1];
      if (!answer && listed && text && !directive.test(text) && !sameOpening(text, listed)) {
        answer = text;
        text = listed;
      }
      if (!answer) ({ text, answer } = recommendationThenAnswer(text));
      open(number || result.sections.length + 1, number > 0, text, b.line);
      awaitingText = text.length === 0 && !answer;
      // "Issue 3: Cards held by staff who have left", "Observation 1: Statements are not
      // reconciled.": the item's own heading; the recommendation, where its label follows
      // before any answer, is the one quoted under it.
      titleOnly = !answer && !heading.test(withoutOfficeAcronym(b.text));
      if (answer && current) readAnswer(current, answer, b.line);
      continue;
    }
    const numberedLabelled = b.kind !== "item" ? numberedLabel.exec(b.text) : null;
    if (numberedLabelled) {
      open(Number(numberedLabelled[1]), true, (numberedLabelled[2] ?? "").trim(), b.line);
      awaitingText = false;
      continue;
    }
    if (b.kind !== "item" && bareLabel.test(b.text) && titleOnly && current && !answered(current)) {
      awaitingText = true;
      continue;
    }
    if (b.kind !== "item" && bareLabel.test(b.text)) {
      open(result.sections.length + 1, false, "", b.line);
      awaitingText = true;
      continue;
    }
    // "Påbud nr. 1 – Støj" over "Påbuddets indhold: Virksomheden skal … Sådan har vi løst
    // problemet: …": the item's wording under a label of its own, its answer after it.
    const content =
      b.kind !== "item" && titleOnly && current && !answered(current)
        ? contentLabel.exec(b.text)
        : null;
    if (content && current) {
      const { text, answer } = recommendationThenAnswer(b.text.slice(content[0].length));
      current.text = text;
      titleOnly = false;
      if (answer) readAnswer(current, answer, b.line);
      continue;
    }
    // "Finding 1 – Keys are issued without approval" over "Internal Audit recommends that …":
    // the maker's recommending sentence, before any answer, is the recommendation; a label
    // after it ("Recommendation: …") still has the last word.
    if (
      b.kind === "paragraph" &&
      titleOnly &&
      current &&
      !answered(current) &&
      makerRecommends.test(b.text) &&
      !readStanceIn(b.text)
    ) {
      current.text = b.text.replace(/\s*\n\s*/gu, " ").trim();
      continue;
    }
    const label = b.kind !== "item" ? labelled.exec(b.text) : null;
    if (label?.[1] && titleOnly && current && !answered(current)) {
      current.text = label[1].trim();
      titleOnly = false;
      continue;
    }
    if (label?.[1]) {
      open(result.sections.length + 1, false, withoutMarker(label[1]), b.line);
      awaitingText = false;
      continue;
    }
    // Once a list has opened the sections, a sentence in the answers that reads like a
    // recommendation ("Målet er at fristen skal holdes …") answers one of them.
    const quotedInSentence =
      quotesEach && !fromList && !byWords
        ? recommendationQuoted(b.text, read[at + 1]?.text)
        : undefined;
    if (quotedInSentence && b.kind === "paragraph") {
      open(result.sections.length + 1, false, quotedInSentence, b.line);
      awaitingText = false;
      continue;
    }
    const listed = explicit || current ? [] : listedInProse(b.text);
    if (listed.length > 0) {
      quoted.push(...listed);
      listedAt = at;
      continue;
    }
    // "Förvaltningen instämmer i rekommendation 1 och 2. …", "… i de två första
    // rekommendationerna": the stance goes to each named, and what follows to the
    // recommendation whose words it shares, every recommendation the response listed open.
    const [opening = "", ...after] = explicit ? [] : sentences(b.text);
    const several = placesNamed(opening);
    if (several.length >= 2 && readStanceIn(opening)) {
      const sectionAt = (n: number) => result.sections.find((s) => s.number === n);
      for (const [i, text] of quoted.entries())
        if (!sectionAt(i + 1)) open(i + 1, true, text.trim(), b.line);
      for (const n of several) if (!sectionAt(n)) open(n, true, "", b.line);
      result.sections.sort((x, y) => x.number - y.number);
      for (const n of several) {
        const named = sectionAt(n) as ImportedSection;
        forgetStanceSaidOfAll(named);
        readStance(named, opening, b.line);
      }
      current = sectionAt(several[0] ?? 1);
      byWords = true;
      awaitingText = false;
      if (current && after.length > 0) readAnswer(current, after.join(" "), b.line);
      continue;
    }
    const byPlace = explicit ? null : namedByPlace.exec(b.text);
    const place = Number(byPlace?.[2] ?? ordinals[(byPlace?.[1] ?? "").toLowerCase()] ?? 0);
    if (byPlace && place > 0 && readStanceIn(sentences(b.text)[0] ?? "")) {
      // A section the response opened already (from a quoted sentence) is answered, not repeated.
      const opened = result.sections.find((s) => s.number === place);
      if (opened) {
        current = opened;
        byWords = false;
        // A stance said to this recommendation by its place outweighs one said of them all.
        forgetStanceSaidOfAll(opened);
      } else if (
        result.sections.length === 0 &&
        listedAt !== undefined &&
        quoted.length >= 2 &&
        place <= quoted.length
      ) {
        // "… rekommenderade de nämnden att A, att B och att C." and later "ställer sig nämnden
        // bakom den första rekommendationen": all those listed are opened, this one answered by
        // its place, and what follows goes to the one whose words it shares.
        for (const [i, text] of quoted.entries()) open(i + 1, true, text.trim(), b.line);
        current = result.sections[place - 1];
        awaitingText = false;
        if (current) readAnswer(current, b.text, b.line);
        byWords = true;
        continue;
      } else open(place, true, (byPlace[3] ?? quoted[place - 1] ?? "").trim(), b.line);
      awaitingText = false;
      if (current) readAnswer(current, b.text, b.line);
      continue;
    }
    if (current && committeeQuestion(b, read[at + 1])) {
      current = undefined;
      continue;
    }
    if (!current) {
      // A list of the report's recommendations: numbered after a paragraph that speaks of
      // them, or with any marks after one that introduces them ("Revisorerna rekommenderar
      // kommunstyrelsen att: - … - …").
      const intro = intros[at] ?? "";
      if (
        !explicit &&
        b.kind === "item" &&
        ((b.ordered &&
          (/rekommend|recommend|anbefal|uppman|urge/iu.test(intro) ||
            namesProposals(intro) ||
            asksToAct(intro))) ||
          listIntro.test(intro) ||
          continuedIntro(intro, b.text))
      ) {
        openListed(Number.parseInt(b.marker ?? "", 10) || result.sections.length + 1, b);
        continue;
      } else if (b.kind === "item" && quoting) quoted.push(b.text);
      else if (b.kind !== "item" && linesQuoted && quotedLine(b.text)) {
        // "Revisorernas rekommendationer" above "Ta fram en åtgärdsplan …" and "Följ upp …" as
        // lines of their own, without marks: the recommendations quoted, answered after them.
        quoted.push(b.text);
        listedAt = at;
      } else if (
        b.kind === "item" &&
        ((/:\s*$/u.test(intro) && directive.test(b.text)) || demandRunsOn(intro, b.text))
      ) {
        // "… påtalas följande brister, som ni vill att vi redogör för:" above "* Verksamheten ska
        // …": items that each say who shall or should act, kept to be answered by subject.
        demanded.push(b.text);
        demandedAt = at;
      } else {
        quoting = b.kind !== "item" && introducesQuotedList(b.text);
        linesQuoted = b.kind !== "item" && namesQuotedLines(b.text);
        documentStance ??= readStanceIn(b.text);
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
      openListed(Number.parseInt(b.marker ?? "", 10), b);
      continue;
    }
    if (!explicit && b.kind === "item" && !b.ordered && fromList) {
      openListed(result.sections.length + 1, b);
      continue;
    }
    if ((fromList || byWords || bySubject) && subjectHeading(b)) {
      const named = sharingMost(result.sections, b.text, 1, headingWordLength);
      if (named) {
        current = named;
        fromList = false;
        byWords = false;
        bySubject = true;
        continue;
      }
      // A heading that names none ("Annons", "Övrigt") ends the subject before it: what
      // follows goes to the recommendation whose words it shares.
      if (bySubject) {
        bySubject = false;
        byWords = true;
      }
    }
    // The text after a list of decided recommendations answers them all: its promises go to
    // the recommendation whose words they share.
    // The list ends there: a dash line after it is a quotation ("– Vi har ingenting att
    // invända, säger …"), not one more recommendation.
    // Unless an answer under its own label follows each item ("1. Nämnden bör …" over
    // "Nämndens kommentar: …"): it answers the item just before it, and the list goes on.
    if (
      fromList &&
      b.kind !== "item" &&
      read[at - 1]?.kind === "item" &&
      answerLabelFirst.test(b.text)
    ) {
      readAnswer(current, b.text, b.line);
      continue;
    }
    // A second list under an intro of its own ("… följande rekommendation till Kriminalvården:"
    // after the recommendations to the government): the list goes on, its items numbered on.
    if (
      fromList &&
      b.kind !== "item" &&
      read[at + 1]?.kind === "item" &&
      (introducesQuotedList(b.text) || listIntro.test(b.text)) &&
      !readStanceIn(b.text)
    )
      continue;
    // "1. Det finns behov av … 2. Ansvaret … bör …" each with its answer between it and the next
    // item: the list answered in turn, each answer the item's above it, not read by words.
    if (
      fromList &&
      b.kind !== "item" &&
      current.numbered &&
      (answeredInTurn || (read[at - 1]?.kind === "item" && nextItemAfterAnswer(read, at, current)))
    ) {
      answeredInTurn = true;
      readAnswer(current, b.text, b.line);
      continue;
    }
    if (fromList && b.kind !== "item") {
      byWords = true;
      fromList = false;
    }
    // "Grade 2", "Priority: High" on a line of its own under the number: the grading, not
    // the recommendation's words, which follow it.
    if (awaitingText && gradeLine.test(b.text.trim())) continue;
    // "Accepted", "Work in Progress" on lines of their own under "Rec 3": the tracker's cells,
    // the acceptance a stance; the recommendation's words follow them.
    const cell = awaitingText && b.kind === "paragraph" ? statusCell(b.text) : undefined;
    if (cell?.stance) applyStance(current, { stance: cell.stance, at: 0 }, b.line);
    if (cell && !cell.rest) continue;
    if (awaitingText && (b.kind === "paragraph" || b.kind === "item")) {
      const { text, answer } = recommendationThenAnswer(
        withoutRecordField(cell?.rest ?? b.text, fieldLines),
      );
      current.text = text;
      awaitingText = false;
      if (answer) readAnswer(current, answer, b.line);
      continue;
    }
    readAnswer(current, b.text, b.line, b.kind === "item");
  }

  // Answers by subject: the recommendations retold in one sentence, each answered in a
  // paragraph or under a subject heading that shares its words, by neither number nor place.
  if (result.sections.length === 0 && quoted.length >= 2 && listedAt !== undefined)
    answerBySubject(quoted, read.slice(listedAt + 1, readTo));
  // The same for a list the intro does not call recommendations (an inspection's demands): kept,
  // as any answer by subject is, only where the answers after it take up two items or more.
  if (result.sections.length === 0 && demanded.length >= 2 && demandedAt !== undefined)
    answerBySubject(demanded, read.slice(demandedAt + 1, readTo));
  // A response that answers the report as a whole: one section, headed by the report's title,
  // where the response states a stance or promises something by a date.
  if (result.sections.length === 0) {
    const answered = reportTitle(blocks);
    if (answered) {
      open(1, false, answered.value, answered.line);
      const section = result.sections[0] as ImportedSection;
      for (const b of blocks.slice(blocks.indexOf(answered.block) + 1))
        readAnswer(section, b.text, b.line, b.kind === "item");
      if (!section.stance && !section.stanceUndecided && section.measures.length === 0)
        result.sections.pop();
    }
  }
  readByAnswers();
  readDecisionsByNumber();
  renumberFallingBack();
  if (result.sections.length === 0) openListedUnanswered();
  if (result.sections.length === 0) openCommentRecords();
  if (result.sections.length === 0) openNamedByNumber();
  if (result.sections.length === 1) openLetteredRest();
  for (const section of result.sections) {
    const decided = actionStances.get(section);
    if (!section.stance && !section.stanceUndecided && decided) {
      applyStance(section, decided.reading, decided.line);
      section.stanceFrom = "decided-step";
    }
    // A dated promise made for this recommendation, where its answer states no stance in words:
    // a decision to act on it, which says more of it than a stance said of the whole response.
    const promised =
      section.stance || section.stanceUndecided ? undefined : promisedStance(section.measures);
    if (promised) {
      applyStance(section, promised, section.line);
      section.stanceFrom = "promise";
    }
    // A step the answer says is begun or meant, where it states no stance and promises no date.
    const taken = section.stance || section.stanceUndecided ? undefined : stepsTaken.get(section);
    if (taken) {
      applyStance(section, taken.reading, taken.line);
      section.stanceFrom = "decided-step";
    }
    if (!section.stance && !section.stanceUndecided && documentStance && !answeredOneByOne) {
      applyStance(section, documentStance, section.line);
      section.stanceFrom = "whole-response";
    }
    // A step read as agreeing, its reach cut back beside it: agreeing in part.
    if (
      section.stanceFrom &&
      section.stance === "agrees" &&
      takenInPart(unstatedAnswers.get(section) ?? [])
    )
      section.stance = "partly-agrees";
    // Where the response lists its measures as task items, the items are the measures.
    if (section.measures.some((m) => m.done !== undefined))
      section.measures = section.measures.filter((m) => m.done !== undefined);
    // "The Secretary of Defense should ensure that the Defense Commissary Agency develops …":
    // the body the recommendation has another see to it answers for the measures no answer
    // named an owner for.
    const acting = actingBody(section.text) ?? namedAddressee(section.text, result.body?.name);
    // "… the Exchange Service would publish …" where the recommendation names the "Army and Air
    // Force Exchange Service": the short name stands for the whole one.
    const shortFor = (doer: string) =>
      acting && fold(acting).endsWith(` ${fold(doer).replace(/^the\s+/u, "")}`) ? acting : doer;
    for (const m of section.measures) {
      const doer = stepDoers.get(m);
      if (doer) m.responsible ??= doer;
      if (m.responsible) m.responsible = shortFor(m.responsible);
    }
    if (acting) for (const m of section.measures) m.responsible ??= acting;
    // "FEMA would pilot …" under "Agency: Department of Homeland Security: Federal Emergency
    // Management Agency": the agency by the name its label spells out.
    const agency = agencyOf.get(section);
    if (agency)
      for (const m of section.measures)
        if (m.responsible && m.responsible === initialsOf(agency)) m.responsible = agency;
    fileLevels(section);
    // A step declined, then another taken all the same by a date: agreeing in part.
    if (
      section.stance === "disagrees" &&
      !section.stanceFrom &&
      declinedThenTaken(section.measures)
    )
      section.stance = "partly-agrees";
    // A step offered in place of a recommendation declined carries that one out in no part.
    if (section.stance === "disagrees")
      section.measures = section.measures.filter((m) => !offeredInstead.test(m.text));
  }
  return result;

  /**
   * Several reports answered in one document, each numbering its own recommendations
   * ("Recommendation 2", "Recommendation 4" of one report, then "Recommendation 1" of the
   * next), or numbers repeated: where a later section, further down the page, has a lower or
   * the same number as the one before it, the numbers name no one recommendation of the
   * document, and the sections are numbered by their place.
   */
  function renumberFallingBack(): void {
    const sections = result.sections;
    const fallsBack = sections.some((s, i) => {
      const before = sections[i - 1];
      return before !== undefined && s.line > before.line && s.number <= before.number;
    });
    if (!fallsBack) return;
    for (const [i, s] of sections.entries()) s.number = i + 1;
  }

  /**
   * "1. Nämnden beslutar att som svar på rekommendation 1 uppdra åt förvaltningen att … senast
   * den 1 juni 2027": proposed decisions that answer the recommendations by number before the
   * text lists them. Each such item, naming one recommendation, gives it its stance where it
   * has none and its promises.
   */
  function readDecisionsByNumber(): void {
    const first = Math.min(...result.sections.map((s) => s.line));
    const saved = byWords;
    byWords = false;
    for (const b of read) {
      if (b.line >= first) break;
      const numbers = new Set(
        [...b.text.matchAll(recommendationByNumber)].map((m) => Number(m[1])),
      );
      const section = result.sections.find((s) => numbers.has(s.number));
      if (numbers.size !== 1 || !section) continue;
      const before = section.measures.length;
      readAnswer(section, b.text, b.line, b.kind === "item");
      // A date the section's own answer gives already is the same promise.
      const known = new Set(section.measures.slice(0, before).map((m) => m.due?.end));
      section.measures = section.measures.filter((m, i) => i < before || !known.has(m.due?.end));
    }
    byWords = saved;
  }

  /**
   * Where the layout readers opened fewer sections than the document states answers to
   * recommendations, the sections are read again by the answers themselves
   * (answer-segments.ts), whatever the layout: each stance with the recommendation it answers,
   * and the dated promises after it. At least two sections so read, and more than the layout
   * readers opened, unless the response's own headings or labels opened sections that all
   * have their stance.
   */
  function readByAnswers(): void {
    // Under the response's own headings or labels, where every section opened has its stance,
    // the readers knew the layout (Spårbar's own export among them): those sections stand.
    const sections = result.sections;
    const segments = answerSegments(blocks);
    // Answers printed before the recommendations they answer, which every other reader pairs
    // with the recommendation before them, take the place of what those readers opened.
    if (segments.length >= sections.length && segments[0]?.answeredBefore) {
      replaceByAnswers(segments);
      return;
    }
    if (explicit && sections.length > 0 && sections.every((s) => s.stance || s.stanceUndecided))
      return;
    if (segments.length < 2) return;
    // Recommendations named in passing in the sentences that answer them, more of them than the
    // stances tied: each is read with its own sentence instead (openListedUnanswered).
    if (listedRecommendations(blocks).filter((r) => r.answer).length > segments.length) return;
    // Sections opened by their place alone ("accepted the first recommendation"), none with
    // its words, give way to as many read with the recommendations they answer.
    const wordless =
      segments.length === sections.length &&
      sections.every((s) => !s.text) &&
      segments.every((s) => s.text);
    if (segments.length <= sections.length && !wordless) return;
    replaceByAnswers(segments);
  }

  /** The sections read again from the answers' segments, in place of those opened before. */
  function replaceByAnswers(segments: readonly AnswerSegment[]): void {
    result.sections.length = 0;
    const opened = new Map<AnswerSegment, ImportedSection>();
    for (const segment of segments) {
      open(segment.number, false, segment.text, segment.line);
      const section = current as ImportedSection;
      if (segment.stance) applyStance(section, segment.stance, segment.stanceLine);
      // Told with its status only: answered apart from the rest, so no stance the response
      // states of all of them is its.
      else answeredOneByOne = true;
      opened.set(segment, section);
    }
    // The sections that share one answer, grouped in one pass.
    const sharingOf = new Map<AnswerSegment["following"], ImportedSection[]>();
    for (const segment of segments) {
      const group = sharingOf.get(segment.following) ?? [];
      group.push(opened.get(segment) as ImportedSection);
      sharingOf.set(segment.following, group);
    }
    for (const [following, sharing] of sharingOf) {
      // The section a step goes to, where several share the answer: the one it names closest.
      const sectionOf = (part: string) =>
        (sharing.length > 1 ? closestSection(sharing, part) : undefined) ??
        (sharing[0] as ImportedSection);
      for (const unit of following)
        for (const sentence of sentences(unit.text)) {
          if (readLabel(sharing[0] as ImportedSection, sentence, unit.line)) continue;
          const dated = findDatePhrases(sentence);
          reference = ownDate ?? dated[0]?.period.start ?? context;
          const parts = promisingParts(sentence);
          for (const part of parts) addMeasure(sectionOf(part), part, unit.line);
          // "… had been agreed, but the work had slipped; the revised target date was now 30
          // November 2026": the date now set, told in the past, still falls due.
          // Its owner is the officer the sentence names before it ("agreed by the Head of …").
          const revised = parts.length === 0 ? revisedTargetClause(sentence) : undefined;
          const owner = revised ? ownerInProse(sentence) : undefined;
          if (revised)
            addMeasure(sectionOf(revised), revised, unit.line, owner ? { responsible: owner } : {});
          context = dated.at(-1)?.period.start ?? context;
        }
    }
  }

  /**
   * Where no reader found an answer to any recommendation, yet the response lists two or more
   * (items under a recommending intro, labelled ones): each opens a section, so that the draft
   * holds them for the reviewer. What follows the list is read as the answer to the one a
   * sentence names (by label, number or place, "On P2, …") or shares two subject words or more
   * with; anything else is left unread, as no recommendation can be told for it. A stance is
   * only what those answers state.
   */
  /**
   * A tracker's records without the recommendations' own words (comment-records.ts): each whose
   * comment states a stance opens a section by the record's place, its text the step the comment
   * names, if any, and the comment is read as its answer. A record that states no stance names
   * nothing to enter.
   */
  function openCommentRecords(): void {
    const records = commentRecords(blocks);
    if (records.filter((r) => readStanceIn(r.comment)).length < 2) return;
    for (const record of records) {
      if (!readStanceIn(record.comment)) continue;
      open(record.place, false, stepNamed(record.comment) ?? "", record.line);
      const section = current as ImportedSection;
      const named = agencyLevels(record.agency ?? "").at(-1);
      if (named) agencyOf.set(section, named);
      for (const sentence of sentences(record.comment)) readAnswer(section, sentence, record.line);
      // No recommendation names who is to act: the agency the record is filed under does.
      if (named) for (const m of section.measures) m.responsible ??= stepDoers.get(m) ?? named;
      answeredOneByOne = true;
    }
  }

  /**
   * Recommendations a minute names only by their number and title (named-by-number.ts): each
   * opens a section under its own number, its text the title, and the sentences after it in its
   * paragraph, up to the next one named, are its answer.
   */
  function openNamedByNumber(): void {
    const named = namedByNumber(blocks, sentences);
    for (const [i, n] of named.entries()) {
      open(n.number, true, n.title, (blocks[n.block] as Block).line);
      const section = current as ImportedSection;
      const b = blocks[n.block] as Block;
      const next = named[i + 1];
      const until = next && next.block === n.block ? next.sentence : Number.POSITIVE_INFINITY;
      if (n.rest) readAnswer(section, n.rest, b.line);
      for (const [k, sentence] of sentences(b.text).entries())
        if (k > n.sentence && k < until) readAnswer(section, sentence, b.line);
      answeredOneByOne = true;
    }
  }

  /**
   * "(a) P1 The Council should …" and "(b) P2 …" under an intro, where the list opened its first
   * item alone and no reader found the rest: the items lettered on after it open a section each,
   * in their order. Their answers were read with the first; none is moved.
   */
  function openLetteredRest(): void {
    const first = result.sections[0] as ImportedSection;
    const at = read.findIndex((b) => b.kind === "item" && b.line === first.line);
    if (at < 0 || !letteredNext(read[at + 1] as Block, read[at])) return;
    for (let k = at + 1; k < read.length && letteredNext(read[k] as Block, read[k - 1]); k++) {
      const b = read[k] as Block;
      open(
        result.sections.length + 1,
        true,
        b.text.replace(/[,;]\s*(?:(?:and|och|samt)\s*)?$/u, ""),
        b.line,
      );
    }
  }

  function openListedUnanswered(): void {
    const listed = listedRecommendations(blocks);
    if (listed.length < 2) return;
    for (const [i, r] of listed.entries()) open(i + 1, false, r.text, r.line);
    const sections = [...result.sections];
    // "On P2, …": a sentence that names one recommendation's own code answers that one, and
    // the sentences after it in its paragraph go on answering it.
    const byCode = new Map<string, ImportedSection>();
    for (const [i, r] of listed.entries())
      if (r.code && sections[i]) byCode.set(r.code, sections[i] as ImportedSection);
    const codesNamed = (sentence: string) => [
      ...new Set(
        [...sentence.matchAll(/(?<![\p{L}\d])(\p{Lu}{1,3}\d{1,2})(?![\p{L}\d])/gu)]
          .map((m) => m[1] ?? "")
          .filter((code) => byCode.has(code)),
      ),
    ];
    const last = listed.at(-1)?.line ?? 0;
    const listedLines = new Set(listed.map((r) => r.line));
    // Recommendations named in passing in the sentences that answer them ("Vad gäller
    // rekommendationen att … avsåg regeringen …"): that sentence's answer is the one's, and so
    // are the sentences after it in its paragraph, up to the next one so named.
    const toldOnLine = new Map<number, number[]>();
    for (const [i, r] of listed.entries())
      if (r.answer) toldOnLine.set(r.line, [...(toldOnLine.get(r.line) ?? []), i]);
    const readToldInPassing = (b: Block): void => {
      const told = toldOnLine.get(b.line);
      if (!told) return;
      let current: ImportedSection | undefined;
      for (const sentence of sentences(b.text)) {
        const i = told.find((k) => sentence.includes(listed[k]?.text ?? "\u0000"));
        if (i !== undefined) {
          current = sections[i];
          if (current) readAnswer(current, listed[i]?.answer ?? "", b.line);
        } else if (current) readAnswer(current, sentence, b.line);
        if (current) answeredOneByOne = true;
      }
    };
    // Each sentence answers the one recommendation it names by its code; one naming several
    // answers none; else the one `otherwise` gives, told the one the sentence before answered.
    // Whether any sentence answered one.
    const answerBySentence = (
      b: Block,
      otherwise: (sentence: string, answering?: ImportedSection) => ImportedSection | undefined,
      first?: ImportedSection,
    ): boolean => {
      let answering = first;
      let answered = false;
      for (const sentence of sentences(b.text)) {
        const named = codesNamed(sentence);
        const target =
          named.length === 1
            ? byCode.get(named[0] as string)
            : named.length > 1
              ? undefined
              : otherwise(sentence, answering);
        answering = named.length > 1 ? undefined : target;
        if (!target) continue;
        answered = true;
        answeredOneByOne = true;
        readAnswer(target, sentence, b.line);
      }
      return answered;
    };
    // Between two listed recommendations, what stands under the one above answers it (a
    // database's entries, each with the agency's comment under it), unless it names another.
    let above = -1;
    let interleaved = false;
    let afterLast = false;
    for (const b of blocks) {
      while (above + 1 < listed.length && (listed[above + 1]?.line ?? 0) <= b.line) above++;
      if (b.line <= last) {
        const under = sections[above];
        if (listedLines.has(b.line)) {
          readToldInPassing(b);
          continue;
        }
        if (above < 0 || !under) continue;
        if (answerBySentence(b, (sentence) => sectionByPlace(sections, sentence) ?? under))
          interleaved = true;
        continue;
      }
      if (b.line === last) {
        readToldInPassing(b);
        continue;
      }
      // The first paragraph after the last one answers it too, where those above were so answered.
      const first = interleaved && !afterLast ? sections[listed.length - 1] : undefined;
      afterLast = true;
      answerBySentence(
        b,
        (sentence, answering) =>
          answering ?? sectionByPlace(sections, sentence) ?? sharingMost(sections, sentence, 2),
        first,
      );
    }
  }

  /**
   * Opens a section for each recommendation listed, and gives each paragraph after the list to
   * the one its subject heading names ("Dokumentation" above the answer on documentation), or
   * under no such heading to the one its first sentence shares the most words with (at least
   * one), else the whole paragraph (at least two); always more than any other shares.
   * Kept only where at least two recommendations were answered so, in paragraphs of their own
   * (not sentences of one paragraph): else the response is read as one answer to the whole
   * report.
   */
  function answerBySubject(listed: readonly string[], answers: readonly Block[]): void {
    for (const [i, text] of listed.entries()) open(i + 1, true, text.trim(), answers[0]?.line ?? 0);
    const sections = [...result.sections];
    const answered = new Set<ImportedSection>();
    const answeredOn = new Set<number>();
    let under: ImportedSection | undefined;
    for (const b of answers) {
      if (subjectHeading(b)) {
        under = sharingMost(sections, b.text, 1, headingWordLength);
        continue;
      }
      const [first = "", ...rest] = sentences(b.text);
      // Where the first sentence names no subject ("Vi behöver en plan, …"), a later one may
      // ("… att ta fram en åtgärdsplan som …"), as a quotation often puts it.
      const target =
        under ??
        sectionByPlace(sections, first) ??
        sharingMost(sections, first, 1) ??
        sharingMost(sections, b.text, 2) ??
        rest.map((sentence) => sharingMost(sections, sentence, 1)).find(Boolean);
      if (!target) continue;
      answered.add(target);
      answeredOn.add(b.line);
      // A paragraph that no heading assigns may promise something for another recommendation
      // too: each promise goes to the one whose words it shares.
      readAnswer(target, b.text, b.line, b.kind === "item", !under);
    }
    if (answered.size >= 2 && answeredOn.size >= 2) return;
    result.sections.length = 0;
    current = undefined;
  }

  /**
   * The parts of a sentence that promise by a date of their own. Where the sentence as a whole
   * does not promise, a clause after a semicolon may ("Visits will be logged from 1 May 2027;
   * the service will not publish them"): each such clause is read alone.
   */
  function promisingParts(sentence: string): string[] {
    const own = result.body?.name;
    const clauses = isPromise(sentence, own)
      ? [sentence]
      : sentence.split(/;\s+/u).filter((c) => c !== sentence && isPromise(c, own));
    return clauses.flatMap((c) =>
      datedParts(c, reference).filter(
        (p) => isPromisingClause(p, own) && !datedOnlyWhenDone(p, own),
      ),
    );
  }

  /**
   * "A working group was established in April 2027 and will publish its first analysis …",
   * "Planen antogs i mars 2027 och ska följas upp årligen": a step done, then a promise with no
   * date of its own. The date is the done step's, no promise's due date.
   */
  function datedOnlyWhenDone(part: string, own?: string): boolean {
    const turn = promiseTurn.exec(part);
    if (!turn) return false;
    const done = part.slice(0, turn.index);
    const promised = part.slice(turn.index);
    return (
      !promiseWord.test(done) &&
      findDatePhrases(done, reference).length > 0 &&
      findDatePhrases(promised, reference).length === 0 &&
      !isPromisingClause(done, own)
    );
  }

  function readAnswer(
    section: ImportedSection,
    text: string,
    line: number,
    item = false,
    promisesByWords = false,
  ) {
    const task = taskItem.exec(text);
    if (task) {
      readStance(section, text, line);
      const done = task[1] ? task[1] !== " " : task[2] === "☒";
      addMeasure(section, text.slice(task[0].length), line, { done });
      return;
    }
    if (item && readLabelledItem(section, text, line)) return;
    // "1. Loggkontroll. … utökas från andra kvartalet 2027. Ansvarig: Patientsäkerhetsenheten.":
    // an item read whole whose last sentence is the owner's label; the item is read without it,
    // then the label gives its measures their unit.
    if (item) {
      const parts = sentences(text.trim());
      const owner = parts.at(-1) ?? "";
      const unit = responsibleLabel.exec(owner.trim())?.[1]?.trim();
      if (parts.length > 1 && unit) {
        // The measures the item gave, to whichever recommendation its words sent them.
        const before = new Set(result.sections.flatMap((s) => s.measures));
        readAnswer(section, parts.slice(0, -1).join(" "), line, item, promisesByWords);
        const added = result.sections.flatMap((s) => s.measures).filter((m) => !before.has(m));
        for (const m of added) m.responsible ??= unit;
        if (added.length === 0) readLabel(section, owner, line);
        return;
      }
    }
    if (!item && readOwnerClosedRuns(section, text, line, promisesByWords)) return;
    // "Åtgärd: … Ansvarig: … Klart: …": labels, on lines of their own or inside a paragraph.
    const said = (item ? [text.trim()] : sentences(text).flatMap(atRunInPoints)).filter(
      (sentence) => !readLabel(section, sentence, line),
    );
    if (said.length === 0) return;
    // "On R1 she confirmed … On R2 she explained …": sentences that open by naming another
    // recommendation by its label or number answer that one, up to the next that names one.
    const runs = runsByReference(said, section);
    if (runs.length > 1 || runs[0]?.section !== section) {
      for (const run of runs)
        readAnswer(run.section, run.said.join(" "), line, false, promisesByWords);
      // A sentence broken over a blank line ("… reported to Cabinet in" above "December
      // 2027."): what follows goes on answering the one named last.
      const last = runs.at(-1);
      if (last && last.section !== section && section === current) current = last.section;
      return;
    }
    // A paragraph that answers several in turn ("Saksbehandlingstid Vi er enige … Gebyr ved
    // fristoverskridelse Rådmannen er enig …"): a stance whose closest recommendation was
    // answered already goes to the closest of those not yet answered, and the promises after a
    // stance to the one it went to, where they share no recommendation's words themselves.
    const answering = new Map<string, ImportedSection>();
    let turn: ImportedSection | undefined;
    if (byWords)
      // After a list of recommendations, a stance goes to the one whose words it shares, and
      // one said of them all ("instämmer i rekommendationerna") to each that has none.
      for (const [i, sentence] of said.entries()) {
        const stated = readStanceIn(sentence)?.stance;
        // A sentence that names none goes on answering the one the sentence before it did
        // ("Fasta lag … är inte möjligt att bemanna … . Förvaltningen föreslår därför att
        // rekommendationen inte genomförs.").
        let closest =
          closestSection(result.sections, sentence) ??
          (i > 0 ? closestSection(result.sections, said[i - 1] ?? "") : undefined);
        if (closest && stated && stated !== "no-stance") {
          if ((closest.stance || closest.stanceUndecided) && !saidOfAll.has(closest))
            closest =
              closestSection(
                result.sections.filter((s) => !(s.stance || s.stanceUndecided) || saidOfAll.has(s)),
                sentence,
              ) ?? closest;
          turn = closest;
        }
        if (turn) answering.set(sentence, turn);
        // A stance said to one recommendation outweighs one said of them all before it.
        if (closest && stated) forgetStanceSaidOfAll(closest);
        for (const target of closest ? [closest] : result.sections) {
          const before = target.stance ?? target.stanceUndecided;
          readStance(target, sentence, line);
          if (!closest && !before && (target.stance ?? target.stanceUndecided))
            saidOfAll.add(target);
        }
      }
    else {
      // A stance said to this recommendation outweighs one said of them all before it.
      if (readStanceIn(said.join(" "))) forgetStanceSaidOfAll(section);
      readStance(section, said.join(" "), line);
    }
    for (const sentence of said) {
      const dated = findDatePhrases(sentence);
      reference = ownDate ?? dated[0]?.period.start ?? context;
      // Each part a promise of its own: "Arbetet försenades under 2025 …, och … ska vara infört
      // senast i juni 2026" promises only the second.
      for (const part of promisingParts(sentence)) {
        // A promise that shares a single word with another recommendation ("Planen beslutas
        // …" beside "en plan för introduktion") stays with the one its paragraph answers.
        const turnOf = answering.get(sentence);
        // Looked for only where the words decide: it weighs every section against the part.
        const closest =
          byWords || promisesByWords ? closestSection(result.sections, part) : undefined;
        const target =
          byWords || promisesByWords
            ? ((closest && turnOf && closest !== turnOf && sharedWith(closest, part) < 2
                ? turnOf
                : closest) ??
              turnOf ??
              section)
            : section;
        addMeasure(target, part, line, {}, lastBodyStep(part, reference));
      }
      // "… had been let and the revised target date for completion was 30 June 2027": the
      // date now set, told in the past, still falls due.
      const revised =
        promisingParts(sentence).length === 0 ? revisedTargetClause(sentence) : undefined;
      if (revised) addMeasure(section, revised, line);
      context = dated.at(-1)?.period.start ?? context;
    }
  }

  /**
   * A paragraph where an owner's sentence closes the step before it, and more follows ("… skal
   * avsluttes innen utgangen av 2026. Ansvarlig: barnevernleder. Punkt 2 …", "… införs i
   * samband med det. Ansvarig är trafikdirektören. Nästa steg …"): read run by run, each run's
   * owner given to the measures that run gave, to whichever recommendation they went. False
   * where no owner's sentence stands after another sentence with one after it.
   */
  function readOwnerClosedRuns(
    section: ImportedSection,
    text: string,
    line: number,
    promisesByWords: boolean,
  ): boolean {
    const parts = sentences(text.trim());
    const owners = parts.map((p) => ownerSentence(p));
    if (!owners.some((o, i) => o !== undefined && i > 0 && i < parts.length - 1)) return false;
    let target = section;
    let run: string[] = [];
    const readRun = (owner?: { unit: string; sentence: string }) => {
      const from = measuresAdded.length;
      const was = current;
      if (run.length > 0) readAnswer(target, run.join(" "), line, false, promisesByWords);
      run = [];
      if (owner) {
        const added = measuresAdded.slice(from);
        for (const m of added) m.responsible ??= owner.unit;
        if (added.length === 0) readLabel(target, owner.sentence, line);
      }
      // A run that turned to another recommendation ("Punkt 2 …"): what follows answers that one.
      if (current && current !== was && target === was) target = current;
    };
    for (const [i, part] of parts.entries()) {
      const owner = owners[i];
      if (owner) readRun({ unit: owner, sentence: part });
      else run.push(part);
    }
    readRun();
    return true;
  }

  function runsByReference(
    said: readonly string[],
    first: ImportedSection,
  ): { section: ImportedSection; said: string[] }[] {
    const runs: { section: ImportedSection; said: string[] }[] = [];
    for (const sentence of said) {
      const reference = referenceFirst.exec(sentence.trim());
      // "… once the measures in recommendation 1 are final": a step that waits on another
      // recommendation's names it after "in", "from", "i", and goes on answering this one.
      const labels = new Set(
        [...sentence.matchAll(labelNamed)]
          .filter((m) => !insideOther.test(sentence.slice(Math.max(0, m.index - 12), m.index)))
          .map((m) => m[1]),
      );
      const number = Number(
        reference?.[1] ??
          reference?.[2] ??
          runInPoint.exec(sentence.trim())?.[1] ??
          (labels.size === 1 ? [...labels][0] : 0),
      );
      const named = number ? result.sections.find((s) => s.number === number) : undefined;
      const last = runs.at(-1);
      if (named && named !== last?.section) runs.push({ section: named, said: [sentence] });
      else if (last) last.said.push(sentence);
      else runs.push({ section: first, said: [sentence] });
    }
    return runs;
  }

  /**
   * "- The key request form will be revised. Responsible: Key Shop Supervisor. Targeted
   * implementation date: July 31, 2025.": an action step whose labels follow it in the same
   * item are that step's own, its unit and its date.
   */
  function readLabelledItem(section: ImportedSection, text: string, line: number): boolean {
    const parts = sentences(text);
    const isLabel = (p: string) => responsibleLabel.test(p) || dueLabel.test(p);
    const said = parts.filter((p) => !isLabel(p));
    const dated = parts.find((p) => dueLabel.test(p));
    if (said.length === 0 || said.length === parts.length || !dated) return false;
    const unit = parts.map((p) => responsibleLabel.exec(p)?.[1]?.trim()).find(Boolean);
    const step = said.join(" ");
    readStance(section, step, line);
    if (isPromise(step))
      addMeasure(section, `${step} ${dated}`, line, unit ? { responsible: unit } : {});
    return true;
  }

  function readStance(section: ImportedSection, text: string, line: number) {
    // The response's own "Ställningstagande:" line decides, whatever the prose said before it.
    if (
      (!section.stance && !section.stanceUndecided) ||
      statedStanceWords(text.trim()) !== undefined
    ) {
      const reading = readStanceIn(text);
      if (reading) applyStance(section, reading, line);
      else {
        const said = unstatedAnswers.get(section);
        if (said) said.push(text);
        else unstatedAnswers.set(section, [text]);
      }
      if (!reading && !stepsTaken.has(section)) {
        const taken = sentences(text)
          .map((s) => stepTakenStance(s))
          .find((r) => r !== undefined);
        if (taken) stepsTaken.set(section, { reading: taken, line });
      }
    }
  }

  /** Reads an answer's label (who is responsible, by when, what is done); false if none. */
  function readLabel(section: ImportedSection, sentence: string, line: number): boolean {
    const trimmed = sentence.trim();
    // "Åtgärd: …": the decided step states the stance where the answer states none itself.
    const decided = actionStances.has(section) ? undefined : actionStance(trimmed);
    if (decided) actionStances.set(section, { reading: decided, line });
    // A recommendation's agency, a department and its part: the part that is to act.
    const levels = agencyLevels(agencyFieldValue(trimmed) ?? "");
    if (levels.length > 0) levelsOf.set(section, levels);
    const agency = levels.length === 2 ? levels[1] : undefined;
    if (agency) {
      agencyOf.set(section, agency);
      return true;
    }
    const subject = responsibleSubject.exec(trimmed)?.[1];
    const officer =
      subject &&
      namesUnit(fold(subject.split(/\s+/u).at(-1) ?? "")) &&
      !committeeWord.test(fold(subject)) &&
      findDatePhrases(trimmed, reference).length === 0
        ? [trimmed, subject]
        : null;
    const responsible = responsibleLabel.exec(trimmed) ?? responsibleSaid.exec(trimmed) ?? officer;
    if (responsible) {
      const unit = (responsible[1] ?? "").trim();
      for (const m of section.measures) m.responsible ??= unit;
      // Named before the date it answers for: the next measure of this section is its.
      if (section.measures.length === 0) namedResponsible.set(section, unit);
      return true;
    }
    // Said in a sentence with no date of its own ("Økonomichefen er ansvarlig.", "Rutinen skal
    // utarbeides av stabssjefen og …"): the officer of the measure just before it, or of the
    // next one where the answer has promised none yet. The sentence is read on.
    if (findDatePhrases(trimmed, reference).length === 0) {
      const said =
        ownerInProse(trimmed) ??
        (promisingVerb.test(trimmed)
          ? (agentNamed(trimmed) ?? stepDoer(trimmed, result.body?.name))
          : undefined) ??
        officerAnswering(trimmed) ??
        assignedIn(trimmed);
      if (said) {
        const last = section.measures.at(-1);
        if (last) last.responsible ??= said;
        else if (!namedResponsible.has(section)) namedResponsible.set(section, said);
      }
    }
    const due = dueLabel.exec(trimmed);
    if (due) {
      const found = findDatePhrases(due[1] ?? "", reference)[0];
      const action = pendingAction.get(section);
      if (found && !section.measures.some((m) => m.due?.end === measureDue(found).end)) {
        // The answer's own target date decides: the dated steps its prose told before it
        // ("will conclude in autumn 2028. Summary results will be published in spring 2029")
        // are steps toward that target, not promises of their own.
        const told = section.measures.filter((m) => !labelledMeasures.has(m));
        const replaced = told.length > 0 && told.every((m) => m.line < line);
        if (replaced) {
          const kept = section.measures.filter((m) => labelledMeasures.has(m));
          section.measures.splice(0, section.measures.length, ...kept);
        }
        addMeasure(section, action ? `${action} ${trimmed}` : trimmed, line);
        const added = section.measures.at(-1);
        if (added) {
          labelledMeasures.add(added);
          // Who the prose named for those steps answers for the target.
          const owner = replaced ? told.find((m) => m.responsible)?.responsible : undefined;
          if (owner) added.responsible ??= owner;
        }
      }
      pendingAction.delete(section);
      return true;
    }
    const action = actionLabel.exec(trimmed);
    if (action && findDatePhrases(trimmed).length === 0) {
      pendingAction.set(section, trimmed);
      return true;
    }
    return false;
  }
}

/**
 * The day a response was decided or signed where its foot says so: "Beslutat av kommunstyrelsen
 * 2026-02-11, § 23", "Justerat 2026-02-18", "Aarhus, den 15. december 2025"; or, for a news
 * item retelling it, when it was published ("Publicerat onsdag 4 november 2026 kl 07.12").
 */
function decisionDate(blocks: readonly Block[]): string | undefined {
  for (const b of [...blocks].reverse()) {
    if (!decisionLine.test(b.text.trim())) continue;
    const day = findDatePhrases(b.text).find((d) => d.period.precision === "day");
    if (day) return day.period.start;
  }
  return undefined;
}
const decisionLine =
  /^(?:(?:beslutat|beslutad|justerat|justerad|antaget|antagen|vedtatt|vedtaget|godkjent|godkendt|approved|agreed|decided|signed|publicerat|publicerad|published|publisert)\b|[\p{Lu}][\p{L}-]+,?\s+den\s+\d{1,2}\.?\s+\p{L}+\s+(?:19|20)\d{2}\b)/iu;

/** "(Revisorernas) rekommendation att … tillstyrks": a decision list's item on one recommendation. */
const decidedRecommendation =
  /^(?:\p{L}+s\s+)?rekommendation(?:en)?\s+(?:\d{1,2}\s*,?\s*)?(att\s.+?)\s+(?:tillstyrks|avstyrks|bifalls|avslås|godkänns|noteras)\b/iu;

/** The words of four letters or more: what a sentence and a recommendation can share. */
function contentWords(text: string): string[] {
  return [...new Set(fold(text).split(/[^\p{L}]+/u))].filter((w) => w.length >= 4);
}

const definiteEnding = /(?:erna|arna|orna|en|et|na|n)$/u;

/**
 * "plan" and "planen", "lokalförsörjningsplan" and "lokalförsörjningsplanen": one word by its
 * stem. A compound ends with its head word: "policyn" shares its stem with
 * "informationssäkerhetspolicy"; two compounds that only begin alike
 * ("informationssäkerhetspolicy", "informationsklassningar") share none.
 */
const sameStem = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.length > 5 ? short.replace(definiteEnding, "") : short;
  return (
    long.startsWith(stem) || (stem.length >= 5 && long.replace(definiteEnding, "").endsWith(stem))
  );
};

/**
 * A subject heading's words are its subject, with no small words between: there a word of five
 * letters counts ("Avrop från avtal" names "avropen görs från upphandlade avtal").
 */
/**
 * A list item's joining word belongs to the list, not to the recommendation: "that returns
 * should be checked; and", "att X, och".
 */
function withoutListJoin(text: string): string {
  return text.replace(/[;,]\s*(?:and|or|och|samt|eller|og)$/iu, "");
}

/** A sentence that opens with its maker recommending: "Internal Audit recommends that …". */
const makerRecommends =
  /^(?:[\p{L}'’-]+\s+){1,4}?(?:recommends?|recommended|rekommenderar|anbefaler|anbefalte)\s+(?:that|att|at)\s/iu;

/**
 * A recommendation's grading on a line of its own: "Grade 2", "Priority: High", "Risk rating –
 * Medium (amber)", "Prioritet: Hög", "Risk: 3".
 */
const gradeLine =
  /^(?:(?:risk\s+)?(?:grade|grading|priority|rating|level)|risk|prioritet|prioritering|risknivå|riskbedömning|risikonivå|gradering)\s*[:–-]?\s*[\p{L}\d]{1,12}(?:\s*\([^()]{1,30}\))?\.?$/iu;

const headingWordLength = 5;

/** A subject heading: a few words on a line of their own, no sentence and no label. */
function subjectHeading(b: Block): boolean {
  // Behind its chapter's number too ("4.1 En långsiktig kapacitetsplan").
  const text = b.text.replace(/^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{L})/u, "");
  return (
    b.kind !== "row" && b.kind !== "item" && text.split(/\s+/).length <= 5 && !/[.:;!?]/.test(text)
  );
}

/**
 * Two words of one root: one stem of the other (`sameStem`), or a long beginning in common
 * ("dokumentation", "dokumenteras"): six letters at least, and three fifths of the shorter word.
 */
function sameRoot(a: string, b: string): boolean {
  if (sameStem(a, b)) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 6 && common >= 0.6 * Math.min(a.length, b.length);
}

/**
 * The section whose recommendation shares the most words of one root with a text, at least
 * `least` of them and more than any other section shares; none where two share as many.
 * This is the stated threshold for answers by subject.
 */
function sharingMost(
  sections: readonly ImportedSection[],
  text: string,
  least: number,
  shortest = 6,
): ImportedSection | undefined {
  // Words of six letters or more: "över", "inom", "genom" say nothing of a subject.
  const subjectWords = (t: string) => contentWords(t).filter((w) => w.length >= shortest);
  const words = subjectWords(text);
  const [best, next] = sections
    .map((section) => ({
      section,
      shared: subjectWords(section.text).filter((w) => words.some((v) => sameRoot(w, v))).length,
    }))
    .sort((a, b) => b.shared - a.shared);
  if (!best || best.shared < least || (next && next.shared === best.shared)) return undefined;
  return best.section;
}

/**
 * The section whose recommendation shares the most words with a sentence: at least two, or
 * one where no other section shares as many.
 */
/** "den andra punkten", "the second recommendation", "den tredje rekommendationen": by place. */
const ordinalReference =
  /\b(forsta|andra|tredje|fjarde|femte|sjatte|forste|andre|fjerde|first|second|third|fourth|fifth|sixth)\s+(?:punkten|rekommendationen|punktet|anbefalingen|anbefalinga|recommendation|point)\b/u;
const ordinalPlaces: Record<string, number> = {
  forsta: 1,
  forste: 1,
  first: 1,
  andra: 2,
  andre: 2,
  second: 2,
  tredje: 3,
  third: 3,
  fjarde: 4,
  fjerde: 4,
  fourth: 4,
  femte: 5,
  fifth: 5,
  sjatte: 6,
  sixth: 6,
};

/**
 * The section an answer names by its place ("håller nämnden med om den första punkten",
 * "säger nej till den andra punkten"); none where the sentence names no place, or one past the
 * last section.
 */
function sectionByPlace(
  sections: readonly ImportedSection[],
  sentence: string,
): ImportedSection | undefined {
  const word = ordinalReference.exec(fold(sentence))?.[1];
  return word === undefined ? undefined : sections[(ordinalPlaces[word] ?? 0) - 1];
}

function closestSection(
  sections: readonly ImportedSection[],
  sentence: string,
): ImportedSection | undefined {
  const placed = sectionByPlace(sections, sentence);
  if (placed) return placed;
  const words = contentWords(sentence);
  const scored = sections
    .map((section) => ({
      section,
      shared: contentWords(section.text).filter((w) => words.some((v) => sameStem(w, v))).length,
    }))
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  if (!best || best.shared === 0) return undefined;
  return best.shared >= 2 || !next || next.shared < best.shared ? best.section : undefined;
}

/** How many of a section's words a text shares, by their stems. */
function sharedWith(section: ImportedSection, text: string): number {
  const words = contentWords(text);
  return contentWords(section.text).filter((w) => words.some((v) => sameStem(w, v))).length;
}

function applyStance(section: ImportedSection, reading: StanceReading, line: number): void {
  if (reading.stance) {
    section.stance = reading.stance;
    delete section.stanceUndecided;
  } else {
    delete section.stance;
    section.stanceUndecided = { words: reading.between, choices: reading.suggestions };
  }
  section.stanceLine = line;
}

/**
 * The value given under a label in a document's head: a table row ("Diarienummer | Sn 2025/1234")
 * or a line ("Diarienummer: Sn 2025/1234"). A dash stands for no value.
 */
function labelledValue(blocks: readonly Block[], label: RegExp): Found<string> | undefined {
  for (const b of blocks.slice(0, 30)) {
    const [name, value] =
      b.kind === "row" && b.cells && b.cells.length === 2
        ? [b.cells[0] ?? "", b.cells[1] ?? ""]
        : (/^([^:\t]{2,20})[:\t][\t ]*(.+)$/u.exec(b.text.trim())?.slice(1) ?? ["", ""]);
    if (!label.test((name ?? "").trim())) continue;
    const written = (value ?? "").trim();
    return written && written !== "–" && written !== "-"
      ? { value: written, line: b.line }
      : undefined;
  }
  return undefined;
}

/**
 * The title of the report a response answers, as its head names it: "Granskning av …" on its
 * own, or inside a longer title ("Revisionsrapport 2018:4 - Granskning av …", "Svar på
 * revisionsrapport Granskning av …", "Sak 98/23 Forvaltningsrevisjonsrapport - Vedlikehold av
 * …"). Only a short block counts: a title, never a sentence that mentions a review.
 */
function reportTitle(blocks: readonly Block[]): (Found<string> & { block: Block }) | undefined {
  for (const b of blocks) {
    if (b.kind === "row" || b.text.length > 160) continue;
    const named =
      /(?:^|[\s:–-])(granskning(?:en)? (?:av|inom|kring|om)\s.+)$/iu.exec(b.text)?.[1] ??
      /(?:^|\s)(?:revisionsrapport|granskningsrapport|(?:forvaltnings)?revisjonsrapport)(?:en)?(?:\s+\d{4}:\d+)?\s*[-–:]\s*(\p{Lu}.+)$/iu.exec(
        b.text,
      )?.[1];
    if (named) return { value: named.trim(), line: b.line, block: b };
  }
  return undefined;
}

/** The start of an agenda item: "§ 44", "44 Dnr KS 2024/502", or a heading "4 Delårsrapport …". */
const agendaStart = /^(?:§\s*(\d{1,3})\b|(\d{1,3})\s+(?:Dnr\b|\p{Lu}))/u;
const diaryNumbered = /\b(?:dnr|diarienummer|diarienr|saksnr)\b/iu;
const aboutTheAudit = /revision|revisor|gransk|rekommend|recommend|audit|anbefal/iu;

/** "Verksamheten ska …", "Nämnden bör …", "The Council should …": who shall or should act. */
const directive =
  /^(?:[\p{L}-]+\s+){1,3}?(?:ska|skall|bör|behöver|måste|skal|bør|må|should|shall|must)\s/iu;

/** The heading of a chair's own statement: "Ordförandeutlåtande", "Ordförandens kommentar". */
const chairsStatement =
  /^(?:ordförandeutlåtande|ordförandens (?:utlåtande|kommentar|kommentarer)|ordførerens kommentar|(?:the )?chair(?:man|person)?'?s (?:statement|comments?))$/iu;

/** The heading of a list of attachments: "Bilagor", "Bilagor:", "Enclosures", "Vedlegg". */
const attachmentsList = /^(?:bilagor|bilag|vedlegg|attachments|enclosures|liitteet)\s*:?$/iu;

/**
 * "I beslutet krävs att huvudmannen" above "• ser till att rektorn …,": an intro whose last
 * sentence demands and runs on into the items, without a stop or a colon, and items that go on
 * in lower case.
 */
function demandRunsOn(intro: string, item: string): boolean {
  const end = intro.trimEnd();
  if (/[.!?:;,]$/u.test(end) || !/^\p{Ll}/u.test(item.trim())) return false;
  const last = end.slice(Math.max(end.lastIndexOf(". "), end.lastIndexOf("? "), 0));
  return /(?<!\p{L})(?:krävs|kräver|förelägg\p{L}*|åläggs|påbyd\p{L}*|pålegg\p{L}*|pålæg\p{L}*|kræves|kreves|requires?|required)(?!\p{L})/iu.test(
    last,
  );
}

/**
 * "Revisorernas rekommendationer", "Revisionen lämnade följande rekommendationer till
 * nämnden", "The auditors' recommendations:": a line of its own (a heading or a sentence
 * without its stop) that names the recommendations to come, with no word of an answer. Tested
 * on the line's last words, as such an intro ends on or near its noun.
 */
function namesQuotedLines(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length > 16 || /[.!?]$/u.test(text.trim())) return false;
  return words.some((w) =>
    /^(?:rekommendation(?:er|erna)?|recommendations?|anbefaling(?:er|erne)?|anbefalinger(?:ne)?|suositukset)[:,]?$/iu.test(
      w,
    ),
  );
}

/**
 * A recommendation quoted as a line of its own: one sentence of five to forty words that opens
 * with a verb that bids ("Ta fram …", "Följ upp …", "Inför …", "Ensure …", "Udarbejd …") or
 * with "att", and states no answer.
 */
function quotedLine(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u).length;
  if (words < 5 || words > 40 || sentences(trimmed).length !== 1) return false;
  const folded = fold(trimmed);
  return (bidding.test(folded) || /^(?:att|at|that) /u.test(folded)) && !readStanceIn(trimmed);
}

/** A verb that bids, in the imperative or the infinitive, at the start of a folded line. */
export const bidding =
  /^(?:sakerstall|se over|se till|ta fram|infor|utveckla|fortydliga|tydliggor|folj upp|folja upp|dokumentera|uppratta|overvag|besluta|tillse|genomfor|faststall|utred|analysera|skapa|stark|uppdatera|inratta|utbilda|revidera|prioritera|komplettera|redovisa|verka for|forbattra|kartlagg|tillampa|prova|ensure|develop|review|establish|implement|update|introduce|consider|strengthen|improve|clarify|document|monitor|assess|publish|prepare|define|adopt|sorg for|sikr|udarbejd|utarbeid|vurder|etabler|gjennomga|gennemga|indfor|innfor|folg op|folge opp|laat|varmista|laadi|kehita)\p{L}{0,2} /u;

/**
 * A paragraph that ends by introducing the report's recommendations as a list, in the present
 * or, retold after the fact, the past ("Stadsrevisionen rekommenderade trafiknämnden att").
 */
const listIntro =
  /\b(?:rekommender(?:ar|ade|at)|rekommendationer(?:na)?|uppman(?:ar|ade|at)|uppmaning(?:en)?|recommend(?:s|ed)?|recommendations|urge[sd]?|anbefal(?:er|ede|te)|anbefalinger)\b[^.!?]*(?::|\s(?:att|at|that))\s*$|^(?:[^.!?]{0,40}\s)?(?:rekommendationer(?:na)?|recommendations|anbefalinger(?:ne)?)$/iu;

/**
 * Whether the paragraphs from `at` on are followed by the item numbered after `section`: the
 * answer to a listed recommendation set between it and the next one.
 */
function nextItemAfterAnswer(
  read: readonly Block[],
  at: number,
  section: ImportedSection,
): boolean {
  let k = at;
  while (read[k]?.kind === "paragraph") k++;
  const next = read[k];
  return (
    next?.kind === "item" &&
    Boolean(next.ordered) &&
    Number.parseInt(next.marker ?? "", 10) === section.number + 1
  );
}

/**
 * An intro whose last sentence is a decision that asks an officer or a body to act, the
 * numbered items its requests: "Kommunestyret ber kommunedirektøren:", "Bystyret ber rådmannen
 * om å:", "Kommunfullmäktige uppdrar åt kommunstyrelsen att:", "Council requests the Chief
 * Executive to:". The sentence is cut from the text's end before the verb is sought.
 */
function asksToAct(intro: string): boolean {
  const text = intro.trimEnd();
  if (!text.endsWith(":")) return false;
  const tail = text.slice(Math.max(0, text.length - 200));
  const last = tail.slice(Math.max(tail.lastIndexOf(". "), tail.lastIndexOf("? ")) + 1);
  return /(?<!\p{L})(?:ber|beder|anmoder|anmodar|pålegger|pålægger|uppdrar|uppmanar|requests?|asks?|directs?|instructs?)\s+(?:\p{L}+\s+){0,3}?\p{L}+(?:\s+(?:om\s+)?(?:att|at|å|to))?\s*:$/iu.test(
    last,
  );
}

/**
 * An intro that speaks of the auditors' proposals by another name than recommendations:
 * "Revisorerna lämnar följande förslag på åtgärder och förbättringsområden:", "Vart och ett av
 * förslagen besvaras under respektive punkt.", "Revisjonen peker på følgende
 * forbedringsområder:"; never a proposal for a decision ("Förslag till beslut:").
 */
function namesProposals(intro: string): boolean {
  return (
    /(?<!\p{L})(?:förslag(?:en)?\s+(?:på|till|om)\s+(?:åtgärder|förbättring\p{L}*)|förslagen|åtgärdsförslag(?:en)?|förbättringsförslag(?:en)?|förbättringsområden(?:a)?|utvecklingsområden(?:a)?|forslag(?:ene)?\s+til\s+tiltak|forbedringsområder(?:ne)?|forbedringspunkter(?:ne)?)(?!\p{L})/iu.test(
      intro,
    ) && !/\b(?:beslut|vedtak|beslutning|innstilling)/iu.test(intro)
  );
}

/**
 * "… Revisionsnämnden … rekommenderar" above "• att bildningsnämnden utarbetar …": an intro
 * whose sentence runs on into the items, with neither a colon nor "att" at its end; the items
 * carry the "att" themselves, and the intro ends in a recommending word without a stop.
 */
function continuedIntro(intro: string, item: string): boolean {
  return (
    /\b(?:rekommenderar|rekommenderas|recommends?|anbefaler|anbefales|föreslår|foreslår)\s*$/iu.test(
      intro,
    ) && /^(?:att|at|that)\s/iu.test(item)
  );
}

/**
 * "Revisorerna lämnade följande rekommendationer:", "… recommends:": a paragraph whose last line
 * speaks of recommendations and ends with a colon or a stop (a recommending verb: a colon) is
 * followed by the recommendations quoted. Tested word and ending apart, as one pattern tried
 * from each mention of the word to the end made a long line cost the square of its length.
 */
function introducesQuotedList(text: string): boolean {
  const lastLine = text.slice(
    Math.max(...["\n", "\r", "\u2028", "\u2029"].map((end) => text.lastIndexOf(end))) + 1,
  );
  return (
    (/[.:]$/u.test(text) &&
      /\b(?:rekommendation(?:er)?|recommendations?|anbefaling(?:er|ene)?)\b/iu.test(lastLine)) ||
    (/:$/u.test(text) && /\b(?:rekommenderar|recommends?|anbefaler)\b/iu.test(lastLine))
  );
}

/**
 * For each block, the nearest paragraph before it: what introduces a list. A meeting portal
 * marks each agenda item's text with "•": an item under another mark that ends in a colon ("•
 * … Revisorerna rekommenderar nämnden att:" above "- ta fram …") is the list's intro, not one
 * more of its items. Found in one pass, as a long list would otherwise be read back to its
 * start from each of its items.
 */
/** An item lettered as the next of a lettered list right above it ("(b)" after "(a)"). */
function letteredNext(b: Block, before: Block | undefined): boolean {
  const letter = (x: Block | undefined) =>
    x?.kind === "item" ? /^\(?([a-z])[.)]?$/iu.exec(x.marker ?? "")?.[1]?.toLowerCase() : undefined;
  const now = letter(b);
  const was = letter(before);
  return now !== undefined && was !== undefined && now.charCodeAt(0) === was.charCodeAt(0) + 1;
}

function listIntros(blocks: readonly Block[]): string[] {
  const intros: string[] = [];
  let paragraph = "";
  // The latest item ending in a colon since that paragraph, and the latest under another mark.
  let latest: Block | undefined;
  let other: Block | undefined;
  for (const block of blocks) {
    const colonItem = latest?.marker !== block.marker ? latest : other;
    intros.push(colonItem?.text ?? paragraph);
    if (block.kind !== "item") {
      paragraph = block.text;
      latest = undefined;
      other = undefined;
    } else if (/:\s*$/u.test(block.text)) {
      if (latest && latest.marker !== block.marker) other = latest;
      latest = block;
    }
  }
  return intros;
}
