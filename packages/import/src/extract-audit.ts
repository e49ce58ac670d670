import type { QuestionAnswer as Answer, Period } from "@sparbar/core";
import {
  bodiesNamedIn,
  fold,
  foldInPlace,
  hasBodyWord,
  type KnownBody,
  meansAuditedAgencies,
  meansMunicipality,
  resolveAddressees,
  withShortNames,
} from "./addressees.ts";
import { agencyFieldValue, agencyLevels } from "./agency-field.ts";
import { findDatePhrases } from "./date-phrases.ts";
import { columnRole, headerAt } from "./table-columns.ts";
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
  /**
   * Where the recommendation names no one and its addressee was taken from around it: the
   * recommendation before it, the one body audited, or the body most recommendations are to.
   * The draft says so, since the report itself does not.
   */
  addresseeFrom?: "previous" | "audited" | "most";
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
/**
 * Who recommends in a report: the auditors by any name ("…revisionen", "…revisorerna",
 * "revisorskollegiet", "Rigsrevisionen", "revisorerne"), "vi"/"we", an auditor general writing
 * as "jeg" ("Jeg anbefaler, at …"), or the report itself.
 * A shape of name, not a list of offices, so an audit office no rule has met is read too.
 */
const auditorNames = String.raw`vi|jag|jeg|we|(?:the\s+)?(?:[\p{L}-]*revision(?:en|s?namnden|skontoret)|[\p{L}-]*revisor(?:erna|erne|na|n|en|skollegiet)|[\p{L}-]*revisjonen|internal audit|auditors?|auditor-general|anao|nao|gao)|granskningen|rapporten|the report|this report|the review`;
/**
 * Who recommends: the auditors by any of their names, or whoever writes the report in its own
 * name as one authority, a definite noun ("Länsstyrelsen rekommenderar att nämnden …",
 * "Inspektionen rekommenderar …", "Tilsynet anbefaler at …"). Folded, as `auditorNames` is.
 */
const recommendingSubject = String.raw`${auditorNames}|[\p{L}-]{3,}(?:en|et|ern)`;
// Each captures its addressee; the `d` flag gives where, to cut it from the original words.
const intros: { pattern: RegExp; past?: boolean; itemsOnly?: boolean }[] = [
  {
    pattern: new RegExp(
      `^${prefix}(?:rekommenderas|rekommenderar vi|foreslar vi)\\s+(.+?)\\s+att\\s*:?\\s*$`,
      "du",
    ),
  },
  // "Utifrån vår granskning rekommenderar vi kommunstyrelsen att:": verb second, after any lead.
  {
    pattern: /^(?:[\p{L}\d]+[, ]+){1,6}?(?:rekommenderar vi|foreslar vi)\s+(.+?)\s+att\s*:?\s*$/du,
  },
  // "På bakgrunn av funnene anbefaler revisjonen at rådmannen:", "Mot denna bakgrund
  // rekommenderar revisorerna att kommunstyrelsen:": the auditors after the verb a lead puts
  // first, the addressee after "att" and before the colon.
  {
    pattern: new RegExp(
      String.raw`^(?:[\p{L}\d]+[, ]+){1,10}?(?:rekommenderar|anbefaler|tilrar|foreslar|recommend|recommends)\s+(?:${auditorNames})(?:\s+(?:darfor|derfor|vidare|videre|ocksa|aven|ogsa|also|therefore))?[\s,]+(?:att|at|that)\s+(?:the\s+)?(.+?)\s*:\s*$`,
      "du",
    ),
  },
  // "Utifrån årets granskning rekommenderar revisorerna kommunstyrelsen att:", "Etter
  // gjennomgangen anbefaler revisjonen rådmannen å:": the auditors after the verb a lead puts
  // first, the addressee after them and before "att".
  {
    pattern: new RegExp(
      String.raw`^(?:[\p{L}\d]+[, ]+){1,16}?(?:rekommenderar|anbefaler|tilrar|foreslar|uppmanar)\s+(?:${auditorNames})(?:\s+(?:darfor|derfor|vidare|videre|ocksa|aven|ogsa|dessutom))?\s+(?!(?:att|at|a|that)\s)(.+?)\s+(?:att|at|a)\s*:\s*$`,
      "du",
    ),
  },
  { pattern: /^(.+?)\s+rekommenderades\s+(?:\S+\s+)?att\s*:?\s*$/du, past: true },
  // "Med bakgrund av granskningens iakttagelser rekommenderas kommunstyrelsen att:": a lead
  // of words before the verb, the addressee after it (a body's word ending it: "-nämnden",
  // "-styrelsen", or that word alone: "Utifrån årets granskning rekommenderas nämnden att:").
  {
    pattern:
      /^(?:[\p{L}\d]+[, ]+){1,8}?(?:rekommenderas|uppmanas)\s+([\p{L}-]*(?:namnden|styrelsen|namnderna|fullmaktige))\s+att\s*:?\s*$/du,
  },
  { pattern: /^(.+?)\s+(?:rekommenderas|uppmanas)\s+(?:\S+\s+)?att\s*:?\s*$/du },
  // "På bakgrunn av funnene anbefales kommunedirektøren å:": the passive, its subject after
  // the verb, and Norwegian's infinitive mark "å" (folded "a") where Swedish has "att".
  {
    pattern:
      /^(?:[\p{L}\d]+[, ]+){0,6}?(?:rekommenderas|anbefales|foreslas|uppmanas)\s+(?!att?\b)(.+?)\s+(?:att|at|a)\s*:?\s*$/du,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:${recommendingSubject})\s+(?:rekommenderar|anbefaler|tilrar|uppmanar)\s+(?:darfor\s+|vidare\s+|aven\s+|ocksa\s+|dessutom\s+)?(.+?)\s+(?:att|at|a)\s*:?\s*$`,
      "du",
    ),
  },
  { pattern: /^we\s+(?:therefore\s+)?recommend\s+that\s+(?:the\s+)?(.+?)\s*:\s*$/du },
  // An order's intro, its items the demands: "Vi pålegger Lensvik kommune å rette følgende:",
  // "Skolinspektionen förelägger huvudmannen att åtgärda följande:".
  {
    pattern:
      /^(?:[\p{L}\d]+[, ]+){0,4}?(?:palegger|forelagger)\s+(.+?)\s+(?:att|a)\s+(?:\p{L}+\s+){0,2}?(?:folgende|foljande)\s*:\s*$/du,
  },
  // An injunction's intro without a colon: "… förelägger X att senast den 15 juni 2027 vidta
  // nedanstående åtgärder", "… pålegger X å gjennomføre følgende tiltak".
  {
    pattern:
      /^(.+?)\s+(?:att|a)\s+(?:[\p{L}\d]+\s+){0,8}?(?:vidta|genomfora|atgarda|rette|gjennomfore)\s+(?:nedanstaende|foljande|folgende|nedenstaende)\s+(?:atgarder|tiltak|punkter)\s*:?\s*$/du,
    itemsOnly: true,
  },
  // An inspectorate's demand of whom it writes to: "Arbetsmiljöverket kräver att ni vidtar
  // följande åtgärder:", "Tilsynet krever at kommunen gjennomfører følgende tiltak:".
  {
    pattern:
      /^(?:[\p{L}\d-]+\s+){1,4}?(?:kraver|krever|kraever)\s+(?:att|at)\s+((?:[\p{L}-]+\s+){1,4}?)(?:vidtar|genomfor|atgardar|retter|gjennomforer|iverksetter|gennemforer|takes|carries out)\s+(?:(?:de|the)\s+)?(?:nedanstaende|foljande|folgende|nedenstaende|following)\s+(?:atgarder|tiltak|punkter|foranstaltninger|actions|measures)\s*:?\s*$/du,
    itemsOnly: true,
  },
  { pattern: /^recommendations?\s+(?:to|for)\s+(?:the\s+)?(.+?)\s*:?\s*$/du },
  // "Rekommendationer till …", "Revisorernas rekommendationer till …:": a body's name of a few
  // words after "till", not a sentence ("Vår rekommendation till nämnden är att …").
  {
    pattern:
      /(?:^|\s)(?:\p{L}+s\s+)?rekommendation(?:er|erna)?\s+till\s+((?:[\p{L}-]+,?\s+){0,6}?[\p{L}-]+)\s*:?\s*$/du,
  },
  // "… rekommenderar vi att kommunstyrelsen:", "Revisjonen anbefaler at kommunedirektøren:"
  {
    pattern:
      /(?:rekommenderar vi|vi rekommenderar|revisorerna rekommenderar|anbefaler vi|tilrar vi|revisjonen anbefaler|revisjonen tilrar|we recommend)\s+(?:att|at|that)\s+(?:the\s+)?(.+?)\s*:\s*$/du,
  },
  // "Nämnden bör:", "21 The Ministry of Justice should:", and a few words between the verb and
  // the colon that says whose advice it is or adds it ("Kommunstyrelsen bör enligt rapporten:",
  // "Nämnden bör därför:", "The Board should therefore:").
  {
    pattern:
      /^(?:\d{1,3}\s+)?(?:the\s+)?(.+?)\s+(?:bor|behover|should|ska)(?:\s+(?:enligt\s+(?:rapporten|revisorerna|revisionen|granskningen)|darfor|ocksa|aven|dessutom|vidare|therefore|also|further))?\s*:\s*$/du,
  },
];
/** An intro without an addressee: the items or sentences that follow name their own. */
const genericIntro = new RegExp(
  String.raw`(foljande rekommendation(er)?|rekommenderar vi foljande|the following recommendations|folgende (?:palegg|anbefalinger|anbefalingar|tilradingar|tilradinger))\b.*[:.]?$|\b(?:\d{1,2}|tva|tre|fyra|fem|sex|sju|atta|nio|tio|two|three|four|five|six|seven|eight|nine|ten) (?:rekommendationer|recommendations)\s*[:.]?$` +
    // "Mot bakgrund av våra iakttagelser rekommenderar vi:", "Revisjonen anbefaler:": the verb
    // and who recommends, and the colon; each paragraph after it names whom it is to.
    String.raw`|\b(?:(?:rekommenderar|anbefaler|tilrar|foreslar|recommend)\s+(?:${auditorNames})|(?:${auditorNames})\s+(?:(?:darfor|derfor|ocksa|ogsa|also|therefore)\s+)?(?:rekommenderar|anbefaler|tilrar|foreslar|recommends?))\s*:$`,
  "u",
);

const countWords: Record<string, number> = {
  tva: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  atta: 8,
  nio: 9,
  tio: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * "Vi lämnar fyra rekommendationer.": a sentence that announces how many recommendations there
 * are, and the count, without opening a list as a colon does. What follows it (often the next
 * chapter's heading, a question) is taken only in the shape of a recommendation, and never more
 * of it than announced.
 */
function announcedCount(folded: string): number | undefined {
  const said = /\b(\d{1,2}|[a-z]+) (?:rekommendationer|recommendations)\s*\.$/u.exec(folded)?.[1];
  if (said === undefined) return undefined;
  return /^\d+$/u.test(said) ? Number(said) : countWords[said];
}

/**
 * What a recommendation looks like without an intro to vouch for it: it goes on from an intro
 * in small letters ("utarbeide …", "att …"), begins with a verb that directs, or begins with
 * who should act ("Kommunstyrelsen tar fram …"); a question, or a chapter's title with its
 * text, does not.
 */
function shapedAsRecommendation(text: string, bodies: readonly KnownBody[]): boolean {
  const folded = fold(text);
  if (/\?$/u.test(text.trim())) return false;
  return (
    /^\p{Ll}/u.test(text) ||
    imperativeStem.test(folded) ||
    bodySentence.test(text) ||
    startsWithBody(text, bodies) ||
    leadingBodies(text, bodies).length > 0 ||
    needOf(text, bodies) !== undefined ||
    recommendedTo(text, bodies) !== undefined
  );
}

/**
 * The list intro a paragraph ends with, if any: "… Utifrån granskningen rekommenderas X att:".
 * The intro is matched without case or diacritics (OCR drops them); the addressee is given in the
 * words of the text, so one Spårbar does not know is shown as the report spells it.
 */
function introOf(
  text: string,
  bodies: readonly KnownBody[],
  beforeItems = false,
  audited: readonly KnownBody[] = [],
): { addressee: string | undefined; past: boolean; itemsOnly?: boolean } | undefined {
  const last = (text.split(/(?<=[.!?])\s+/u).at(-1) ?? text).replace(/\s+/g, " ").trim();
  const whole = introIn(last, bodies, beforeItems, audited);
  if (whole || !last.endsWith(":")) return whole;
  // A page's header and a heading run into the line before the intro ("… 4.4 Våra
  // rekommendationer Mot bakgrund av granskningen rekommenderar vi kommunstyrelsen att:"): the
  // intro begins at a capital within it.
  for (const m of last.matchAll(/\s(?=\p{Lu})/gu)) {
    const found = introIn(last.slice(m.index + 1), bodies, beforeItems, audited);
    if (found) return found;
  }
  return undefined;
}

/** The intro `last` is, read from its start. */
function introIn(
  last: string,
  bodies: readonly KnownBody[],
  beforeItems: boolean,
  audited: readonly KnownBody[],
): { addressee: string | undefined; past: boolean; itemsOnly?: boolean } | undefined {
  const folded = foldInPlace(last);
  const named = (place: [number, number] | undefined) => {
    const run = place && last.slice(...place).trim();
    // "ni", "dere", "you": whom the letter is to, the one body the text is about that does
    // not write it ("Arbetsmiljöverket kräver att ni …").
    if (run && /^(?:ni|du|dere|de|dig|you)$/iu.test(run)) {
      const writers = bodiesNamedIn(last, bodies);
      const others = audited.filter((b) => !writers.includes(b));
      return others.length === 1 ? others[0]?.name : undefined;
    }
    return run && (bodyEnding(run, bodies) ?? run);
  };
  // Its items are the recommendations, each naming its addressee; it opens no section for the
  // prose after them.
  // Above a list, the colon may be missing ("Revisionsnämnden rekommenderar att" over items
  // that each begin with whom they are to).
  if (recommendThatList.test(beforeItems && !folded.endsWith(":") ? `${folded}:` : folded))
    return { addressee: undefined, past: false, itemsOnly: true };
  for (const intro of intros) {
    const match = intro.pattern.exec(folded);
    if (match)
      return {
        addressee: named(match.indices?.[1]),
        past: intro.past === true,
        ...(intro.itemsOnly ? { itemsOnly: true } : {}),
      };
  }
  // "Rigsrevisionen anbefaler, at Slots- og Kulturstyrelsen" above a list: a recommending
  // sentence cut after the body its items go on from, with no colon.
  const cutAfterBody = beforeItems ? recommendThatBody.exec(folded) : null;
  const body = cutAfterBody?.indices?.[1];
  if (body && bodyLike(last.slice(...body), bodies))
    return { addressee: named(body), past: false, itemsOnly: true };
  // "Revisionsnämnden konstaterar att stadsmiljösektorn bör", "the Education Division should"
  // above a list: a sentence cut at its directive verb opens the list as a colon would.
  const cut = beforeItems ? directiveCut.exec(folded) : null;
  if (cut) return { addressee: named(cut.indices?.[1]), past: false };
  return undefined;
}

const directiveCut =
  /^(?:\d{1,3}\s+)?(?:the\s+)?(.+?)\s+(?:bor|behover|ska|should|must|shall)(?:\s+(?:ocksa|aven|also))?\s*$/du;

// Not a year after the word: "Rekommendation 2024 Vidtagna åtgärder Status" heads a
// follow-up's table of an earlier report's recommendations.
const numbered =
  /^(?:\*\*)?(?:rekommendation|recommendation)\s+(?:no\.?\s*)?(\d{1,2})(?!\d)\s*[:.–-]?\s*(.*?)(?:\*\*)?$/iu;
const bodySentence =
  /^((?:the\s+)?[\p{L}-]+(?:\s+(?:och|and|of)\s+[\p{L}-]+)*(?:\s+[\p{L}-]+){0,3}?)\s+(bör|ska|skall|behöver|bør|må|should|must|needs? to)\s+\S/iu;
const notRecommendation = /^(management response|ledningens svar|förvaltningens svar|svar)\s*:/iu;
/**
 * A sentence that introduces a table of recommendations rather than making one, on folded
 * text: one that asks for the measures "in the table" to be taken ("Revisjonen anbefaler at
 * tiltakene i tabellen settes i verk", "We recommend that the actions in the table below are
 * implemented"), or tells what a column of it shows ("Kolonnen «Ansvarlig» viser …").
 */
/**
 * The body's duty to answer the audit, told as a rule ("Regeringen ska inom fyra månader lämna
 * en skrivelse till riksdagen om vilka åtgärder den vidtagit med anledning av granskningen",
 * "Nämnden ombeds redovisa sina åtgärder med anledning av rapporten"): how the audit is to be
 * answered, no recommendation. Its parts are tested apart, on folded text.
 */
function answerDuty(folded: string): boolean {
  return (
    /\bmed anledning av (?:granskningen|rapporten|revisionsrapporten|revisionens|var granskning|denna granskning)\b/u.test(
      folded,
    ) &&
    /\b(?:lamna|redovisa|svara|yttra)\b/u.test(folded) &&
    /\b(?:ska|skall|ombeds|anmodas|onskar)\b/u.test(folded)
  );
}
const tableIntro =
  /\b(?:tiltakene|tiltaka|tiltagene|anbefalingene|anbefalingerne|anbefalingane|atgarderna|rekommendationerna|the (?:recommendations|actions|measures))\s+(?:(?:i|in)\s+(?:tabellen|tabell|the table|table|handlingsplanen|the action plan)|(?:nedenfor|nedan|below))\b|^(?:kolonnen|kolumnen|spalten|the column)\s/u;
/**
 * A recommendation said in one sentence: "Vi rekommenderar att socialnämnden säkerställer …",
 * "Vi rekommenderar därför kommunstyrelsen och nämnden att …". The bodies between the verb and
 * "att" are its addressees. Matched on text folded in place (see `foldInPlace`).
 */
const recommendingVerb =
  "(?:rekommenderar|foreslar|anbefaler|tilrar|uppmanar|henstiller\\s+til|hemstaller|recommends?|suggests?)";
const leadAdverb =
  "(?:darfor|vidare|ocksa|aven|dessutom|slutligen|dartill|harutover|darutover|i\\s+tillegg|i\\s+tillagg|videre|derfor|dessuten|ogsa|endvidere|desuden|also|further|therefore)";
// The auditors before the verb, or after it where a lead of a few words puts the verb first
// ("I rapporten rekommenderar revisorerna …", "Endelig anbefaler vi, at …"), or the passive with
// a formal subject ("Det anbefales at kommunen …"), whose addressee follows "at".
/**
 * The recommending verb after a wish: "Vi vill också uppmana tekniska nämnden att …", "Vi vil
 * anbefale kommunen at …", "We would like to recommend that …", and the Danish auditors' modal
 * formula "Vi skal (dog) anbefale, at …".
 */
const wishedVerb = String.raw`(?:vill|vil|skal|would\s+like\s+to|wish\s+to)\s+(?:(?:${leadAdverb}|dog|gerne)\s+)?(?:rekommendera|foresla|uppmana|anbefale|recommend|suggest|urge|encourage)`;
const recommendThat = new RegExp(
  String.raw`^(?:(?:${recommendingSubject})\s+(?:${leadAdverb}\s+)?(?:${recommendingVerb}|${wishedVerb})|[\p{L}-]*(?:revisor(?:erne|ene)|revisionen|revisjonen)\s+(?:${leadAdverb}\s+)?forventer|det\s+(?:rekommenderas|anbefales|foreslas)|we\s+\p{L}+\s+(?:recommend|suggest)|(?:[\p{L}\d]+[, ]+){1,5}?${recommendingVerb}\s+(?:${auditorNames}))[\s,]+` +
    String.raw`(?:${leadAdverb}[\s,]+)?((?:[\p{L}-]+\s+){0,6}?)(?:att|at|that)\s+\S.*[^:]$`,
  "du",
);

/**
 * The Norwegian verb with whom it bids and the infinitive after them: "Riksrevisjonen anbefaler
 * (likevel) departementet å vurdere …", "Revisjonen tilrår kommunen å …" ("å" folded to "a").
 */
const recommendInfinitive = new RegExp(
  String.raw`^(?:${recommendingSubject})\s+(?:${leadAdverb}\s+)?(?:anbefaler|tilrar)\s+(?:(?:${leadAdverb}|likevel|likevael|dessutan|ogso)\s+)?((?:[\p{L}-]+\s+){1,6}?)a\s+\p{Ll}.*[^:]$`,
  "du",
);

/**
 * An authority's ask of a body, Danish and Norwegian, in the present or the past as its decision
 * retells it: "Tilsynet anmodede derfor kommunalbestyrelsen om at træffe …", "Ankenævnet
 * henstillede endvidere til byrådet, at …", "Statsforvalteren anmoder kommunen om å …". The body
 * asked stands between the verb and "(om) at"; folded text.
 */
const askedOf = new RegExp(
  String.raw`^(?:${recommendingSubject})\s+(?:${leadAdverb}\s+)?(?:anmoder|anmodede|anmodet|anmodar|henstillede|henstilte)\s+(?:${leadAdverb}\s+)?(?:til\s+)?((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+),?\s+(?:om\s+)?(?:at|att|a)\s+\S.*[^:]$`,
  "du",
);

/**
 * "Vi rekommenderar att:", "Revisionen föreslår därför att:", "We recommend that:": the
 * recommending sentence cut at its "att", each item below it going on from there
 * ("- kommunstyrelsen tar fram …") and naming its own addressees as its subject.
 */
const recommendThatList = new RegExp(
  String.raw`^(?:[\p{L}\d]+[, ]+){0,6}?(?:(?:${recommendingSubject})\s+(?:${leadAdverb}\s+)?${recommendingVerb}|${recommendingVerb}\s+(?:${auditorNames})|det\s+(?:rekommenderas|anbefales|foreslas))(?:[\s,]+${leadAdverb})?[\s,]+(?:att|at|that|a)\s*:\s*$`,
  "u",
);

/** "Rigsrevisionen anbefaler, at Slots- og Kulturstyrelsen", "Vi rekommenderar att nämnden": cut after its body. */
const recommendThatBody = new RegExp(
  String.raw`^(?:${recommendingSubject})\s+(?:${leadAdverb}\s+)?(?:rekommenderar|anbefaler|tilrar|foreslar|recommends?)(?:\s+${leadAdverb})?[\s,]+(?:att|at|that)\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,5}[\p{L}-]+)\s*$`,
  "du",
);
/**
 * The recommendation as a noun: "Vår rekommendation till tekniska nämnden är att …", Norwegian
 * "Vår anbefaling til … er at …", "Our recommendation to the Board is that …"; without "till X"
 * the body that should act follows "att", as after "Vi rekommenderar att".
 */
const ourRecommendation =
  /^(?:(?:[\p{L}\d]+[, ]+){0,3}?)(?:var|vores|our)\s+(?:(?:framsta|framste|forste|first|enda|eneste|only)\s+)?(?:rekommendation|anbefaling|recommendation)(?:\s+(?:till|til|to)\s+(.+?))?\s+(?:ar|er|is)\s+(?:att|at|that|to)\s+\S.*[^:]$/du;

/**
 * The same noun after a formal subject: Danish "Det er vores anbefaling, at …", "Det är vår
 * rekommendation att …", "It is our recommendation that …".
 */
const ourRecommendationAfter =
  /^(?:det|it)\s+(?:er|ar|is)\s+(?:var|vores|our)\s+(?:rekommendation|anbefaling|recommendation)(?:\s+(?:till|til|to)\s+(.+?))?,?\s+(?:att|at|that)\s+\S.*[^:]$/du;

/** The auditors' verbs of view: Swedish "anser", "menar", Danish and Norwegian "mener", "finder". */
const viewVerb = "(?:anser|menar|mener|finder|finner)";
/**
 * The auditors' view that a body shall see to something ("Revisorerna anser att regionstyrelsen
 * ska se till att …") or should do it ("Revisorerna anser också att regionstyrelsen och
 * styrelsen för Norra sjukhusgruppen gemensamt bör verka för …"): "bör" and "behöver" say what
 * is recommended whatever the verb, "ska" only with seeing to it, as a view that a body shall do
 * anything else may say whose duty it is.
 */
const auditorsViewThat = new RegExp(
  String.raw`^(?:(?:${auditorNames})\s+${viewVerb}|(?:${leadAdverb})\s+${viewVerb}\s+(?:${auditorNames}))\s*,?\s+(?:(?:darfor|vidare|ocksa|aven|dessutom|derfor|videre|ogsa)\s+)?(?:att|at)\s+((?:[\p{L}-]+\s+){1,8}?)(?:(?:gemensamt|ocksa|aven|dessutom|darfor|ogsa)\s+)?(?:(?:ska|skall|skal|bor|behover|ma)\s+(?:se till|sakerstalla|tillse|sorge for|sorgje for|sikre)\b|(?:bor|behover)\s+\p{Ll}).*[^:]$`,
  "du",
);

/** A paragraph's number or a quotation's dash before a sentence: "19 The Office …", "– Vi …". */
const leadingMark = /^(?:\d{1,3}|R\d{1,2}|[–—-])\s+(?=\p{Lu})/u;

/**
 * "Kommunstyrelsen rekommenderas (också) att …": the passive, its subject the addressee; not
 * the formal subject ("Det rekommenderas att X …"), whose addressee follows "att".
 */
const recommendedPassive =
  /^(?!det\s)(.+?)\s+(?:rekommenderas|uppmanas)\s+(?:(?:ocksa|aven|vidare|darfor|dessutom)\s+)?att\s+\S.*[^:]$/du;
/**
 * "Vidare rekommenderas regionstyrelsen att …": the passive with its subject after the verb; an
 * adverb alone there ("Det rekommenderas också att X …") is no subject.
 */
const recommendedPassiveAfter = new RegExp(
  String.raw`^(?:(?:${leadAdverb}|[\p{L}\d]+(?:\s+[\p{L}\d]+){0,5})[, ]+)?(?:rekommenderas|anbefales|foreslas|uppmanas)\s+(?!${leadAdverb}\s+(?:att|at|a)\s)((?:[\p{L}-]+\s+){1,6}?)(?:att|at|a)\s+\S.*[^:]$`,
  "du",
);

/** A sentence whose subject is the auditors or the body that writes the report. */
const recommenderFirst = new RegExp(String.raw`^(?:${recommendingSubject})\s`, "u");
/** ", og henstiller til, at …", ", och rekommenderar att …": an ask joined to a finding. */
const joinedAsk = new RegExp(
  String.raw`,\s+(?:og|och|and)\s+(${recommendingVerb})[\s,]+(?:at|att|that)\s+\S`,
  "du",
);

/**
 * A committee's ask put as an invitation or an urging, at the sentence's start or after a
 * lead ending in a comma: "We invite the Treasury and the departments concerned to respond …",
 * "So that …, we also urge the Department to …", Swedish "Vi uppmanar …" being read elsewhere.
 * The addressees stand between the verb and "to".
 */
const invitedTo =
  /^(?:[^.;:]*?,\s+)?(we\s+(?:also\s+|therefore\s+|further\s+)?(?:invite|urge|call\s+on|call\s+upon|encourage))\s+((?:[\p{L}'’-]+\s+){1,12}?)to\s+\p{Ll}/du;

/** The sentence's addressees when it names them before "att"; otherwise the sentence will tell. */
function recommendedTo(
  sentence: string,
  bodies: readonly KnownBody[],
  joinedOnce = false,
): { addressee: string | undefined; text?: string } | undefined {
  // Folded once; the patterns read the folded text and their places index the sentence itself.
  const folded = foldInPlace(sentence);
  const passive = recommendedPassive.exec(folded);
  const passiveSubject = passive?.indices?.[1];
  if (passiveSubject) {
    // Nothing but a body can stand before "rekommenderas att", so whatever precedes it (a
    // chapter number and title run into the line) is not part of the recommendation.
    const run = sentence.slice(...passiveSubject);
    const named = bodyEnding(run, bodies, true);
    if (!named) return undefined;
    const from = run.lastIndexOf(named);
    return { addressee: named, text: from > 0 ? sentence.slice(from) : sentence };
  }
  const after = recommendedPassiveAfter.exec(folded)?.indices?.[1];
  if (after) {
    const named = sentence.slice(...after).trim();
    return hasBodyWord(named) || bodiesNamedIn(named, bodies).length > 0
      ? { addressee: named }
      : undefined;
  }
  // "Statsrevisorerne påpeger, at …, og henstiller til, at ministeriet …": a finding, then the
  // ask joined to it; the recommendation is the ask from its verb on, and a body it names by a
  // generic word ("ministeriet", "nämnden") is the one the finding named.
  const joined = joinedOnce ? null : joinedAsk.exec(folded);
  if (!joinedOnce && joined?.indices?.[1] && recommenderFirst.test(folded)) {
    const text = sentence.slice(joined.indices[1][0]);
    // Read as the auditors' own sentence, whose subject the joined ask shares.
    const inner = recommendedTo(`vi ${text}`, bodies, true);
    const lead = bodiesNamedIn(sentence.slice(0, joined.index), bodies).reverse();
    const meant = inner?.addressee ? resolveAddressees(inner.addressee, bodies, lead).known : [];
    return {
      addressee: meant.length > 0 ? meant.map((b) => b.name).join(" och ") : inner?.addressee,
      text,
    };
  }
  // "So that …, we invite the Treasury and the departments to respond …": the ask from "we" on.
  const invited = invitedTo.exec(folded)?.indices;
  if (invited?.[1] && invited[2])
    return { addressee: sentence.slice(...invited[2]).trim(), text: sentence.slice(invited[1][0]) };
  const infinitive = recommendInfinitive.exec(folded)?.indices?.[1];
  if (infinitive) {
    const named = sentence.slice(...infinitive).trim();
    if (hasBodyWord(named) || bodiesNamedIn(named, bodies).length > 0) return { addressee: named };
  }
  const asked = askedOf.exec(folded)?.indices?.[1];
  if (asked) {
    const named = sentence.slice(...asked).trim();
    if (bodyLike(named, bodies)) return { addressee: named };
  }
  const match =
    recommendThat.exec(folded) ??
    ourRecommendation.exec(folded) ??
    ourRecommendationAfter.exec(folded) ??
    auditorsViewThat.exec(folded);
  if (!match) return undefined;
  const place = match.indices?.[1];
  const named = place ? sentence.slice(...place).trim() : "";
  // "Vi anser att lokalkostnaderna bör redovisas …": a thing in the passive, no one to act.
  if (
    named &&
    !bodyLike(named, bodies) &&
    passiveAfter(sentence.slice(place?.[0] ?? 0).split(/\s+/u, 5), /^(?:bor|behover|ma|skal)$/u)
  )
    return { addressee: undefined };
  if (named) return { addressee: named };
  // "Vi rekommenderar att socialnämnden säkerställer …": the body comes after "att".
  const clause = /(?<!\p{L})(?:att|at|that)\s+(.*)$/iu.exec(sentence)?.[1] ?? "";
  const subject = /^((?:the\s+)?(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s+\p{Ll}+(?:r|s)[\s,]/iu.exec(
    clause,
  )?.[1];
  // A thing as the subject, bodies named only after its preposition ("gränsdragningen mellan
  // fastighetsavdelningen och nämnderna … dokumenteras", "rapporten til bystyret …
  // utvides"), names no addressee.
  const head = subject?.split(
    /\s+(?:mellan|för|av|inom|hos|med|i|på|mot|vad|till|til|mellom|between|of|for|within|in|to)\s+/iu,
  )[0];
  if (
    subject &&
    head &&
    (hasBodyWord(head) || bodiesNamedIn(head, bodies).length > 0 || meansMunicipality(head))
  )
    return { addressee: subject };
  // "Vi rekommenderar att nämnden i sin årsrapport om intern kontroll anger …": a body's name
  // of a word to three right after "att", however far its verb stands.
  const words = clause.split(/\s+/u, 3);
  for (let k = 1; k <= words.length; k++) {
    const last = words[k - 1] ?? "";
    // A body named after a preposition ("rapporten til bystyret") is not the subject.
    if (/^(?:till|til|för|for|av|af|of|to|mellan|mellom|hos|med|with)$/iu.test(last)) break;
    if (/^\p{Ll}/u.test(words[0] ?? "") && hasBodyWord(last) && !/[,.;:]$/u.test(last))
      return { addressee: words.slice(0, k).join(" ") };
  }
  // "… att SKH minst en gång per år stämmer av …": bodies the organisation has, by name or
  // short name, before a word in small letters, whatever the verb.
  const leading = leadingBodies(clause, bodies);
  return { addressee: leading.length > 0 ? leading.map((b) => b.name).join(" och ") : undefined };
}

/**
 * An assessment's label run into its first sentence ("Kommentar Vi rekommenderar …"), or the
 * recommendations' heading run into the first of them on a page flattened to a paragraph
 * ("… under året. Rekommendationer Nämnden bör …").
 */
const runInLabel =
  /^(?:Kommentar(?:er)?|Bedömning|Vår bedömning|Revisionell bedömning|Slutsats(?:er)?|Comment|Assessment|Rekommendation(?:er)?|Recommendations?)\s+(?=\p{Lu})/u;

const sentenceEnd = /[.!?]\s+[\p{Lu}\d]/u;
const recommendationHeading =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:\p{L}+s\s+|(?:\p{L}+\s+){0,3}\p{L}+['’]s?\s+)?(?:sammanfattande bedomning och |slutsatser och |bedomning och |summary and )?(?:rekommendation(?:er)?|recommendations?|anbefalinger)\b/u;
/**
 * A chapter's title run into its first section's number ("Inledning 1.1. Bakgrund Kommunen …",
 * "Iakttagelser och bedömningar 3.1. Verkställs …"): a page printed as one line whose chapter
 * number was read as a list's mark, no recommendation.
 */
const chapterRunIn = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}\s+\d{1,2}\.\d{1,2}\.?\s+\p{Lu}/u;

/** A table's cell that says it holds none: "Ingen rekommendation.", "No recommendation", "–". */
const noRecommendation =
  /^(?:ingen(?: ytterligare)? rekommendation|inga(?: ytterligare)? rekommendationer|no(?: further)? recommendations?\b|none\b|n\/a\b|ej aktuellt)/iu;

/** A table's or a figure's caption, on folded text: "Tabell 1. …", "Table 2:", "Figur 3". */
const caption = /^(?:tabell|table|figur|figure|diagram|bild|exhibit)\s+\d{1,2}\b/u;
/**
 * A heading that opens a section of new recommendations: not one of earlier ones, and not a
 * table's header ("Rekommendation Åtgärd Status" above a follow-up's status rows), which names
 * columns, not a chapter.
 */
function opensSection(text: string): boolean {
  const heading = fold(text);
  return (
    recommendationHeading.test(heading) &&
    !/tidigare|earlier|previous/.test(heading) &&
    headerAt(text)?.end !== text.trim().length
  );
}

const assessmentHeading =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:var |revisionell |sammanfattande |revisionens )?(?:bedomning|vurdering|assessment)$/u;
const backgroundHeading =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:inledning|bakgrund|syfte|metod|avgransning|revisionskriterier|background|introduction|scope|methodology)\b/u;
/**
 * The auditors' overall verdict, on folded text: "Vår övergripande bedömning är att …",
 * "Revisionens samlade bedömning är att …", "Revisjonens samlede vurdering er at …", "Our
 * overall conclusion is that …".
 */
const overallVerdict =
  /^(?:\p{L}+\s+){0,2}?(?:var|vores|revisionens|revisjonens|revisorernas|revisorenes|our|the auditors'?)\s+(?:overgripande|sammanfattande|samlade|samlede|samla|overordnede|samlet|overall)\s+(?:bedomning|vurdering|conclusion|assessment|judgement)\s+(?:ar|er|is)\s+(?:att|at|that)\s/u;

/**
 * An earlier report's recommendation labelled by its year, on folded text: "Rekommendation
 * 2024:", "Rekommendationer från 2023:", "Anbefaling 2022:", "Recommendation (2021):".
 */
const followedUpLabel =
  /^(?:rekommendation(?:er)?|anbefaling(?:er)?|recommendations?)\s+(?:fran\s+|fra\s+|from\s+)?\(?(?:19|20)\d{2}\)?\s*:$/u;

/** A sentence that begins with a verb in the imperative, as recommendations are put. */
const imperative =
  /^(?:sakerstall|se over|se till att|ta fram|infor (?:en|ett)|utveckla|fortydliga|tydliggor|folj upp|folja upp|infora|dokumentera|uppratta|overvag|besluta|tillse|genomfor|faststall|utred|analysera|skapa|stark|uppdatera|inratta|utbilda|revidera|prioritera|komplettera|redovisa|verka for|forbattra|kartlagg|tillampa|ensure|develop|review|establish|implement|update|introduce|consider|strengthen|improve|clarify|document|monitor|assess|publish|prepare|define|adopt|sorg for|sikre|utarbeid|vurder|etabler|gjennomga|folg opp|folge opp|innfor|forbedr|ta i bruk)\b/u;
/** The same verbs in the infinitive too ("Säkerställa", "Fastställa", "Införa"). */
const imperativeStem = new RegExp(imperative.source.replace(/\)\\b$/u, ")\\p{L}{0,2}\\b"), "u");
/** A list item that states a fact ("Många av rekommendationerna är fortfarande aktuella"). */
const statement = /\b(har skett|har gjorts|ar fortfarande|har genomforts|finns)\b/u;

/** Whom a letter speaks to: Swedish "ni", "du", Norwegian "dere", English "you". */
const secondPerson = /^(?:ni|du|dig|dere|deg|you)$/iu;
/** A municipality's or region's council: "Kommunfullmäktige", "Kommunestyret", "Bystyret". */
const councilName =
  /(?:fullmaktige|kommunestyret?|bystyret?|fylkestinget?|kommunalbestyrelsen|regionradet|byradet)$/u;
/**
 * The council as whom a recommendation would have told, on folded text: "att fullmäktige får
 * en redovisning", "at kommunestyret informeres om …", "at bystyret orienteres".
 */
const councilTold =
  /\b(?:att|at)\s+(?:\p{L}+\s+)?(?:\p{L}*fullmaktige|kommunestyret|bystyret|fylkestinget|kommunalbestyrelsen|regionradet|byradet)\s+(?:far|fa|mottar|modtager|erhaller|informeras|informeres|orienteras|orienteres|underrattas|underrettes)\s/u;

/**
 * A recommending sentence that names no one to act: a modal verb followed by a passive
 * ("Riskanalysen bör kompletteras …", "Rutinen behöver ses över …", Danish and Norwegian
 * "bør revideres"), or a formal subject ("Det är angeläget att …", "Det behöver säkerställas
 * att …", "Det bør sikres at …"). Tested on the sentence's first dozen words.
 */
function impersonalAdvice(sentence: string): boolean {
  const words = sentence.split(/\s+/u, 12);
  const first = fold(words[0] ?? "");
  if (first === "det" || first === "der")
    return /^(?:ar|bor|behover|ma|skal|ska|er)$/u.test(fold(words[1] ?? ""));
  return passiveAfter(words, /^(?:bor|behover|skal|ska)$/u);
}

/**
 * Whether a modal verb (`modal`, on folded words) after a subject that names no body is followed
 * within two words by a passive ("bör ses över", "bør fremover aflægges").
 */
function passiveAfter(words: readonly string[], modal: RegExp): boolean {
  for (let i = 1; i < words.length - 1; i++) {
    if (!modal.test(fold(words[i] ?? ""))) continue;
    // The words before the verb are the subject; a body named there is no passive.
    if (hasBodyWord(words.slice(0, i).join(" "))) return false;
    // Short passives too: "bör ses över", "bör ges", "bør tas".
    for (const next of words.slice(i + 1, i + 3))
      if (
        (/^\p{Ll}{3,}(?:as|es|s)$/u.test(next) || /^(?:ses|ges|tas|fås|nås|sås)$/u.test(next)) &&
        !/(?:ss|us|is)$/u.test(next)
      )
        return !remarkPassive.test(fold(next));
    return false;
  }
  return false;
}

/** Passives that remark rather than ask: "Det bör dock uppmärksammas att …", "bør bemærkes". */
const remarkPassive =
  /^(?:uppmarksammas|noteras|konstateras|papekas|framhallas|namnas|understrykas|noteres|bemarkes|nevnes|papekes|understreges)$/u;

/**
 * "Rutinen för avstämning bör ses över …", Danish "Anlægsregnskaber bør fremover aflægges …",
 * "Det behöver också säkerställas att …": a passive after "bör" ("bør") whose subject names no
 * body, or after "bör" or "behöver" with the formal subject "det". Wherever it stands outside
 * a background, it asks for something to be done; "behöver" after another subject ("Planen
 * behöver hållas aktuell") as often states a finding.
 */
function passiveAdvice(sentence: string): boolean {
  const words = sentence.split(/\s+/u, 12);
  const first = fold(words[0] ?? "");
  if (first === "det" || first === "der")
    return passiveAfter(words.slice(0, 5), /^(?:bor|behover)$/u);
  return passiveAfter(words, /^bor$/u);
}

/** A demand put to them: "Ni behöver se till att …", "Du skal sørge for …", "You must …". */
const secondPersonDemand =
  /^(?:[Nn]i|[Dd]u|[Dd]ere|[Yy]ou)\s+(?:behöver|ska|skall|bör|måste|skal|bør|må|need to|must|should)\s+(?:\p{Ll}+\s+)?\p{Ll}/u;

/** Advice put to them: "Vi rekommenderar att ni …", "We recommend that you …". */
const adviceToYou = /^(?:vi|we)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:att|at|that)\s+(?:ni|du|dere|you)\s/iu;

/** A purpose put before the sentence's subject, with its comma: "To improve …, ", "För att …, ". */
const purposeLead = /^(?:to|in order to|for att|for a|for at)\s+[^,.;:]{3,200}?,\s+(?=\S)/u;

/**
 * A deadline put before the sentence's subject, with its comma, on folded text: "By June 2027, ",
 * "Within six months, ", "By the end of 2026, ", "Senast den 30 juni 2027, ". The words before the
 * comma must name a time: a year, a month, or a span of days, weeks, months or years.
 */
const timeLead =
  /^(?:by|before|within|no later than|not later than|by the end of|senast|innan|inom|innen|inden)\s+([^,.;:]{2,60}?),\s+(?=\S)/u;
const timeWords =
  /(?:^|\s)(?:(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|juni|juli|augusti|oktober|januar|februar|marts|mai|juni|juli|august|desember|december|(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen|ett|tva|tre|fyra|sex|tolv|en)\s+(?:days?|weeks?|months?|years?|dagar|veckor|manader|ar|maneder|uker|uger))(?=\s|$)/u;

/** The length of a lead put before the sentence's subject (a purpose, a deadline), or 0. */
function subjectLead(sentence: string): number {
  const f = foldInPlace(sentence);
  const purpose = purposeLead.exec(f);
  if (purpose) return purpose[0].length;
  const time = timeLead.exec(f);
  if (time?.[1] && timeWords.test(time[1])) return time[0].length;
  return 0;
}

/** The subject of a "X bör/behöver/should …" sentence, if it has one. */
function subjectOf(sentence: string): string | undefined {
  const ahead = subjectLead(sentence);
  if (ahead > 0) {
    const after = subjectOf(sentence.slice(ahead));
    if (after) return after;
  }
  const lead = bodySentence.exec(sentence)?.[1];
  if (lead) return lead.replace(/^(?:vidare|därför|dessutom|även|också)\s+/iu, "");
  // "Vidare bör kommunstyrelsen överväga …", "Att socialnämnden utvärderar …"
  const inverted =
    /^(?:vidare|därför|dessutom|även|också)?\s*(?:bör|behöver)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]*(?:nämnden|styrelsen|fullmäktige|regeringen))\b/iu.exec(
      sentence,
    );
  if (inverted?.[1]) return inverted[1];
  const that =
    /^att\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]*(?:nämnden|styrelsen|fullmäktige|regeringen)(?:\s+och\s+[\p{L}-]*(?:nämnden|styrelsen))?)\s+\p{Ll}+r\b/iu.exec(
      sentence,
    );
  if (that?.[1]) return that[1];
  const thirdPerson =
    /^((?:[\p{Lu}][\p{L}-]*)(?:\s+(?:och\s+)?[\p{L}-]+){0,4}?)\s+\p{Ll}+(?:r|s)\s/u.exec(sentence);
  return thirdPerson?.[1];
}

/** "X har behov av att …", "Det är nödvändigt för X att …", "X behöver …", "X förutsätter att Y …": whom it asks. */
function needOf(sentence: string, bodies: readonly KnownBody[]): string | undefined {
  const f = foldInPlace(sentence);
  // "To improve the targeting of grants, the Administrator of X should …", "För att stärka
  // kontrollen, bör nämnden …": a purpose put first is no part of who should act.
  const ahead = subjectLead(sentence);
  if (ahead > 0) {
    const after = needOf(sentence.slice(ahead), bodies);
    if (after) return after;
  }
  const forms = [
    // Also where the judgement closes a sentence that began with a fact ("Avgiften är ett
    // lagkrav och det är enligt vår mening angeläget att nämnden säkerställer …"), with a few
    // words of whose judgement it is between "är" and the judgement.
    /^(?:[^.;]*?(?:,|\soch|\smen)\s+)?det ar (?:\p{L}+\s+){0,4}?(?:nodvandigt|viktigt) for (.+?) att\s/u,
    // "Det är angeläget att kultur- och fritidsnämnden fastställer …": the body after "att".
    // So is the same judgement in the conditional, of what would serve ("Det vore ändamålsenligt
    // att disponenten för …", "det skulle vara lämpligt att nämnden inför …").
    /^(?:[^.;]*?(?:,|\soch|\smen)\s+)?det (?:ar|vore|skulle vara) (?:\p{L}+\s+){0,4}?(?:angelaget|nodvandigt|viktigt|andamalsenligt|lampligt) att (.+?)\s+\p{Ll}+(?:r|s)\s/u,
    // The same judgement after a lead that puts the verb first ("Enligt revisorerna är det nu
    // lämpligt att regionstyrelsen redovisar …", "Mot den bakgrunden är det viktigt att X …").
    /^(?:enligt|mot|utifran|darfor|vidare|i)\s+(?:\p{L}+[ ,]+){0,4}?ar det (?:\p{L}+\s+){0,3}?(?:angelaget|nodvandigt|viktigt|lampligt) att (.+?)\s+\p{Ll}+(?:r|s)\s/u,
    // The auditors stressing that a body acts: "Vi understryker också vikten av att
    // kommunstyrelsen gör …", "Revisorerna vill betona betydelsen av att nämnden …".
    /^(?:vi|[\p{L}-]*revisor(?:erna|na)|[\p{L}-]*revisionen)\s+(?:vill\s+)?(?:understryker|understryka|betonar|betona|poangterar|poangtera)\s+(?:(?:ocksa|aven|dock|darfor|sarskilt)\s+)?(?:vikten|betydelsen) av att (.+?)\s+\p{Ll}+(?:r|s)\s/u,
    /^(.+?) har (?:ett )?behov av att\s/u,
    // The auditors' view of what a body must do: "Revisionen anser att kommunstyrelsen varje
    // år ska göra …", "Vi bedömer att nämnden framöver ska …"; a few words may stand between.
    // Not where the verb states a duty or a state ("ska ansvara för", "ska ha", "ska vara").
    /^(?:vi|[\p{L}-]*revisionen|[\p{L}-]*revisor(?:erna|na))\s+(?:(?:ocksa|aven|darfor|dock|vidare)\s+)?(?:anser|bedomer|menar)\s+(?:(?:ocksa|aven|darfor|dock|vidare)\s+)?att\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:namnden|styrelsen|fullmaktige|forvaltningen|bolaget|regionen|kommunen)(?:\s+och\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:namnden|styrelsen))?)\s+(?:[\p{L}\d]+\s+){0,3}?(?:ska|skall)\s+(?!(?:ansvara|ha|vara|aga|fa|kunna|bli)\b)\p{Ll}/u,
    // "Vidare bör X …", "Enligt vår bedömning bör X …": the verb second after a short lead,
    // or after a reason of its own ("Mot bakgrund av att bristerna är återkommande bör
    // regeringen dessutom överväga …") or a condition ("Om det inte är möjligt med nuvarande
    // bemanning bör X …"), an adverb between the body and its verb.
    /^(?:(?:vidare|darfor|dessutom|slutligen|sammanfattningsvis|aven|ocksa|harutover|dartill|videre|derfor|dessuten)[ ,]+|(?:mot bakgrund av att|om|dersom|hvis|i den man)\s+(?:[\p{L}\d-]+[ ,]+){1,12}?|(?:enligt|mot|med|utifran|i|pa|av|for|efter|inom)\s+(?:\p{L}+[ ,]+){0,3}?|(?:senast|fore|innan|innen|inden)\s+(?:[\p{L}\d]+[ ,]+){1,5}?)?(?:bor|behover|maste)\s+(.+?)\s+(?:(?:dessutom|ocksa|aven|darfor|vidare)\s+)?(?:overvaga|\p{Ll}+[ae])\s/u,
    /^(.+?)\s+(?:bor|behover|maste|should|must|needs to)(?:\s+(?:ocksa|aven|vidare|darfor|dessutom))?\s+\S/u,
    /^\p{L}+ forutsatter att (.+?)\s+\p{Ll}+(?:r|s)\s/u,
  ];
  for (const form of forms) {
    const m = new RegExp(form.source, "du").exec(f);
    const place = m?.indices?.[1];
    if (!place) continue;
    // A paragraph's number before the subject ("22 The Cabinet Office and HM Treasury should
    // …") is not part of it.
    const run = sentence
      .slice(...place)
      .trim()
      .replace(leadingMark, "");
    return (bodyEnding(run, bodies) ?? run).replace(/^the\s+/iu, "");
  }
  return undefined;
}

function namesOnlyKnown(phrase: string, bodies: readonly KnownBody[]): boolean {
  const { known, unknown } = resolveAddressees(phrase, bodies, []);
  return known.length > 0 && unknown.length === 0;
}

/**
 * The body a run of words before a verb ends with, where the words before it are a clause that
 * says or judges ("Vi bedömer att grundskolenämnden", "Revisionsnämnden konstaterar att
 * stadsmiljösektorn"), a lead of the sentence's own, or a relative clause that follows the body
 * ("Trafiknämnden, som upphandlar transporterna,"). The longest ending that names only the
 * organisation's bodies wins; with none, a short ending after "att" that has a word naming a body.
 */
function bodyEnding(
  run: string,
  bodies: readonly KnownBody[],
  anyLead = false,
): string | undefined {
  const bare = run
    .replace(
      /,\s*(?:som|vilken|vilket|vilka|which|who|in (?:consultation|coordination|cooperation) with|together with|i (?:samråd|samarbete|samarbeid|samarbejde) med)\b[^,]*,?$/iu,
      "",
    )
    .replace(/[,\s]+$/u, "")
    .trim();
  const words = bare.split(/\s+/u);
  const opensSubject = (before: string[]) =>
    anyLead || before.length === 0 || /^(?:att|that)$/iu.test(before.at(-1) ?? "");
  for (let k = Math.min(words.length, 10); k >= 1; k--) {
    const before = words.slice(0, words.length - k);
    if (!opensSubject(before)) continue;
    const tail = words.slice(-k).join(" ");
    if (namesOnlyKnown(tail, bodies)) return tail;
  }
  for (let k = 1; k <= Math.min(words.length, 5); k++) {
    const before = words.slice(0, words.length - k);
    if (before.length === 0 || !opensSubject(before)) continue;
    const tail = words.slice(-k).join(" ");
    if (hasBodyWord(tail)) return tail;
  }
  return words.length === 0 || bare === run.trim() ? undefined : bare;
}

/** The auditors speaking of themselves ("Revisorerna avser att följa upp …") recommend nothing. */
const auditorsSelf = new RegExp(`^(?:${auditorNames})$`, "u");
/** An intro that names who should act before its colon: "… anbefaler at rådmannen:". */
const subjectBeforeColon = /\s(?:att|at|that)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*:$/u;
/**
 * A verb in the Nordic present tense as an item's first word ("Utarbeider", "Sørger for",
 * "Gir", "Tar fram"), on folded text: a word ending in "r", neither a body's name nor a
 * word that only leads a sentence ("Under", "Eller", "Har").
 */
const presentVerb =
  /^(?!(?:under|efter|etter|eller|over|mer|per|der|her|hver|fler|for|nar|var|har|hur|er|ar)\b)(?!\p{L}*(?:ren|ret|ner)\b)\p{L}{1,14}(?:er|ar|ir|or|yr)\b(?!\s+(?:og|och)\s)/u;

/**
 * Items whose bullets were lost, run together without a stop after a colon: "… att:
 * Fastställa hur … kommunstyrelsen Säkerställa att … Vidare rekommenderas socialnämnden att:".
 * A capitalised imperative after a lower-case word begins the next item, and a new intro
 * ("Vidare rekommenderas X att:") a sentence of its own; only in a part that follows a colon's
 * intro or holds one, so a name inside a sentence ("till Kommunstyrelsen") splits nothing.
 */
function runTogetherItems(
  part: string,
  n: number,
  parts: readonly string[],
  bodies: readonly KnownBody[],
): string[] {
  if (!(parts[n - 1] ?? "").endsWith(":") && !part.endsWith(":")) return [part];
  // Items that each begin with who should act, in the present tense ("Kommunstyrelsen
  // fastställer … kommunfullmäktige Tekniska nämnden redovisar …"): where the first does, a
  // capitalised body's name with its verb begins the next, unless a word that joins ("och",
  // "till") stands before it.
  const bodyLed = (text: string) => startsWithBody(text, bodies) && !bodySentence.test(text);
  const byBody = (parts[n - 1] ?? "").endsWith(":") && bodyLed(part);
  // Items that go on from an intro naming who should act ("Revisjonen anbefaler at rådmannen:
  // Utarbeider … Sørger for at … Gir …"): each begins with its verb in the present tense, and
  // a body's name with its own verb after the last ("… rammeavtalene Rådmannen har …"), or
  // the auditors speaking again ("… sakene Revisjonen anbefaler videre at …"), begins the
  // text that follows the list.
  const presentLed =
    subjectBeforeColon.test(fold(parts[n - 1] ?? "")) && presentVerb.test(fold(part));
  const pieces: string[] = [];
  let from = 0;
  for (const m of part.matchAll(/(?<=\p{Ll})\s+(?=(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?))/gu)) {
    const next = fold(m[1] ?? "");
    if (
      presentLed &&
      (presentVerb.test(next) ||
        (hasBodyWord(next.split(" ")[0] ?? "") && /\s\p{Ll}/u.test(next)) ||
        (auditorsVoice.test(next) && /\s\p{Ll}/u.test(next)))
    ) {
      pieces.push(part.slice(from, m.index).trim());
      from = m.index + m[0].length;
      continue;
    }
    const before = fold(/(\S+)$/u.exec(part.slice(0, m.index))?.[1] ?? "");
    const bodyStart =
      byBody &&
      !/^(?:och|samt|till|av|for|med|att|som|i|pa|hos|mellan|fran|and|or|to|of|by)$/u.test(
        before,
      ) &&
      bodyLed(part.slice(m.index + m[0].length));
    // A verb's form that a modal follows is a name's last word, the subject of a sentence
    // ("… the Office for Immigration Review should …", "… Plan and Review must …").
    const named = /^\S+ (?:should|must|shall|will|bor|behover|ska|skall|skal|maste|ma)$/u.test(
      next,
    );
    if (
      !bodyStart &&
      (!imperativeStem.test(next) || named) &&
      !/^(?:vidare|dessutom|slutligen|aven) rekommenderas/u.test(next)
    )
      continue;
    pieces.push(part.slice(from, m.index).trim());
    from = m.index + m[0].length;
  }
  // The page's number after the last item run on to the paragraph's end ("… fattas 2").
  const last = part.slice(from).trim();
  pieces.push(pieces.length > 0 ? last.replace(/(?<=\p{Ll})\s+\d{1,3}$/u, "") : last);
  return pieces.filter(Boolean);
}

/**
 * A table's row flattened into one sentence, the finding's cell run into the recommendation's
 * without a stop: "… var ikke afstemt ved årets udgang Skatteministeriet bør afstemme …",
 * "… saknas i rutinen Socialnämnden bör fastställa …". A known body's capitalised name after a
 * lower-case word or a figure, with its modal verb after it, begins a sentence of its own; a
 * word that joins ("til", "och", "that") or an article ("The") before the name leaves the
 * sentence whole.
 */
function runInDirectives(part: string, bodies: readonly KnownBody[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of part.matchAll(/(?<=[\p{Ll}\d])\s+(?=\p{Lu})/gu)) {
    const at = m.index + m[0].length;
    // The name and its verb stand within a few words: only so much is read from each capital.
    const lead =
      /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:bør|bör|behöver|should|must)\s+\p{Ll}/u.exec(
        part.slice(at, at + 160),
      )?.[1];
    if (!lead || !namesOnlyKnown(lead, bodies)) continue;
    const word = /(\S+)$/u.exec(part.slice(Math.max(from, m.index - 40), m.index))?.[1] ?? "";
    // A capitalised word before it that the name goes on from ("The Health Board should …",
    // "Health Board") makes it no name's start.
    if (/^\p{Lu}[\p{L}-]*$/u.test(word) && namesOnlyKnown(`${word} ${lead}`, bodies)) continue;
    const before = fold(word).replace(/[^\p{L}]/gu, "");
    if (
      /^(?:och|samt|till|til|og|for|at|att|av|af|med|and|or|to|of|by|that|the|den|det|this)$/u.test(
        before,
      )
    )
      continue;
    pieces.push(part.slice(from, m.index).trim());
    from = at;
  }
  pieces.push(part.slice(from).trim());
  return pieces.filter(Boolean);
}

/** A decision's heading over what it demands be done: "Åtgärder", "Krav på åtgärd", "Tiltak". */
const demandsHeading = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:atgarder|krav pa atgard(?:er)?|tiltak)$/u;

/**
 * Whether a heading opens an inspection decision's demands: a demands heading whose first item
 * is an imperative ("Åtgärder" over "- Se till att …"). Such demands carry no modal verb and no
 * recommending word, so only the heading says what they are; a heading of measures already
 * taken ("Vidtagna åtgärder") is no such heading.
 */
function demandsUnder(heading: string, next: Block | undefined): boolean {
  return (
    demandsHeading.test(heading) && next?.kind === "item" && imperativeStem.test(fold(next.text))
  );
}

/**
 * The clauses a recommending sentence lists after its verb, "att A, att B och att C", each
 * without its "att"; none where it holds one. The sentence's first "att" begins the list, and a
 * comma, "och" or "samt" before the next "att" ends each clause; in Danish and Norwegian ("Vi
 * anbefaler, at A, og at B") "at" and "og" stand for them. Two clauses ("att A och att B") are
 * two recommendations, as a secretary enters them (docs/import.md), unless the first holds a
 * marker of its own ("att säkerställa att A och att B"), which the second may continue.
 */
export function attClauses(sentence: string): string[] {
  // "at" marks a clause only beside "og", which no Swedish or English sentence holds.
  const marker = /\batt\s/u.test(sentence) || !/\bog\s+at\s/u.test(sentence) ? "att" : "at";
  const first = new RegExp(`\\b${marker}\\s`, "u").exec(sentence);
  if (!first) return [];
  const list = sentence.slice(first.index).replace(/\.$/u, "");
  const clauses = list
    .split(
      new RegExp(
        `,\\s+(?:(?:och|og|samt)\\s+)?(?=${marker}\\s)|\\s+(?:och|og|samt)\\s+(?=${marker}\\s)`,
        "u",
      ),
    )
    .map((c) => c.replace(new RegExp(`^${marker}\\s+`, "u"), "").trim());
  // "Vi anbefaler at kommunen sørger for at A, og at B": a comma before the second clause sets
  // it beside the first one whole, whose own "at" then carries only A.
  const beside = new RegExp(`,\\s+(?:(?:och|og|samt)\\s+)?${marker}\\s`, "u").test(list);
  const inner = new RegExp(`\\b${marker}\\s`, "u").exec(clauses[0] ?? "");
  // "Vi föreslår att kommunstyrelsen säkerställer att A och att B": the first clause's own
  // subject and verb in the present tense ("kommunstyrelsen säkerställer", "nämnden ser till")
  // before its "att" carry both, as "X bör se till att A och att B" does; the two are A and B.
  if (
    clauses.length === 2 &&
    inner &&
    /^(?:[\p{L}-]+\s+){1,4}?\p{L}{2,}r(?:\s+(?:till|for|til))?\s+$/u.test(
      (clauses[0] ?? "").slice(0, inner.index),
    )
  ) {
    if (!beside) clauses[0] = (clauses[0] ?? "").slice(inner.index + inner[0].length).trim();
  } else if (clauses.length === 2 && inner) return [];
  return clauses.length >= 2 && clauses.every((c) => c.split(/\s+/).length >= 2) ? clauses : [];
}

/**
 * An English recommending sentence with two "that" clauses ("The report recommends that the
 * Ministry provide A, and that the Board receive B."): two recommendations, the first with the
 * sentence's lead, the second from its "that", as an English report's reader enters them. Only
 * where the verb recommends and one ", and that" joins the two.
 */
function englishThatClauses(sentence: string): string[] {
  const lead =
    /^[^,;]{0,80}?\b(?:recommends?|recommended|suggests?|suggested|urges?|urged)\s+that\s/iu.exec(
      sentence,
    );
  if (!lead) return [];
  const joins = [...sentence.matchAll(/,\s+and\s+(?=that\s+\S)/gu)];
  if (joins.length !== 1) return [];
  const join = joins[0] as RegExpExecArray;
  const first = sentence.slice(0, join.index).trim();
  const second = sentence.slice(join.index + join[0].length).trim();
  return first.split(/\s+/u).length >= 6 && second.split(/\s+/u).length >= 4 ? [first, second] : [];
}

/**
 * The items a recommending sentence numbers after its "att" on one line, in small letters:
 * "Kommunstyrelsen rekommenderas att 1. fastställa … 2. dokumentera … 3. bjuda in …", "… att
 * 1) A, 2) B och 3) C". Each without its number and the comma or "och" that joined it to the
 * next; none unless the numbers run from 1 and there are two at least.
 */
function numberedClauses(sentence: string): string[] | undefined {
  const first = /(?<=\s)(?:att|at|å|to)\s+\(?1[.)]\s+(?=\p{Ll})/u.exec(sentence);
  if (!first) return undefined;
  const clauses: string[] = [];
  let rest = sentence.slice(first.index + first[0].length);
  for (let n = 2; ; n++) {
    const next = new RegExp(`\\s\\(?${n}[.)]\\s+(?=\\p{Ll})`, "u").exec(rest);
    const clause = next ? rest.slice(0, next.index) : rest;
    clauses.push(clause.replace(/[,;]?\s+(?:och|samt|og|and)$|[,;]$/u, "").trim());
    if (!next) break;
    rest = rest.slice(next.index + next[0].length);
  }
  return clauses.length >= 2 ? clauses : undefined;
}

/**
 * The words an item is cut at when sub-items carry it on: "genom att", "by", "through"; not a
 * bare "att", after which each sub-item may be a recommendation of its own.
 */
const danglingEnd = /\s(?:genom att|genom|by|through|by means of|gjennom å|ved å|via)$/iu;

/**
 * A sentence that says what its doer should do, on folded text: up to three words of subject
 * ("De", "Myndigheterna", "Tekniska nämnden", "The department"), then a verb of should.
 */
const doerShould =
  /^((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:bor|behover|ska|skall|skal|ma|should|must|shall)\s/u;
/** A pronoun that stands for the doer of the sentence before: "De bör även …", "They should also …". */
const doerPronoun = /^(?:de|dei|dom|den|det|they|it|he|she|han|hon|hun)$/u;

/**
 * A list item holding two sentences that each say what the doer should do ("Myndigheterna bör
 * säkerställa … . De bör även dokumentera …", "The agency should … . It should also …"): two
 * recommendations, each its own sentence. Every later sentence must have a doer of its own, a
 * pronoun or a body, before its verb of should; else the item stays whole.
 */
function itemAsks(item: string): string[] {
  const sentences = item.split(/(?<=\p{Ll}{2}[.!])\s+(?=\p{Lu})/u);
  if (sentences.length < 2 || sentences.length > 4) return [item];
  const doer = (sentence: string) => doerShould.exec(fold(sentence))?.[1];
  if (doer(sentences[0] ?? "") === undefined) return [item];
  const own = sentences.slice(1).every((sentence) => {
    const subject = doer(sentence);
    return (
      subject !== undefined &&
      /[.!]$/u.test(sentence) &&
      (doerPronoun.test(subject) || hasBodyWord(subject) || meansAuditedAgencies(subject))
    );
  });
  return own ? sentences : [item];
}

/** An intro naming whom the recommendations after it are made to: "… recommendations to VA:". */
const recommendationsMadeTo =
  /\b(?:recommendations|rekommendationer|rekommendationerna|anbefalinger|anbefalingerne|anbefalingene)\s+(?:to|till|til)\s+(?:the\s+)?([^\s:;,.][^:;,.]{0,78}?)\s*[:.]$/iu;
/** An officer named by title, not by a body: "Under Secretary for Health", "Chief Financial Officer". */
const officerTitle =
  /^(?:the\s+)?(?:(?:deputy|acting|under|assistant|associate|principal|executive)\s+)*(?:secretary|administrator|commissioner|director|chief|head|comptroller|registrar|inspector|surgeon|undersecretary)\b/iu;

/**
 * An action plan's cell of who is responsible that names officers only, none a body the
 * organisation has ("Fleet Manager", "Service Managers (Streetscene)", "Ekonomichef"): the
 * recommendation is to no body.
 */
const officerRole =
  /(?:manager|managers|officer|officers|director|controller|coordinator|lead|head|chef|chefer|sjef|leder|direktor|direktoren)$/u;
function officersOnly(cell: string, bodies: readonly KnownBody[]): boolean {
  if (cell.trim() === "") return false;
  const { known, unknown } = resolveAddressees(cell, bodies, []);
  return (
    known.length === 0 &&
    unknown.length > 0 &&
    unknown.every((name) =>
      officerRole.test(
        fold(name)
          .replace(/\s*\([^)]*\)$/u, "")
          .trim(),
      ),
    )
  );
}

/** "It should complete …": an ask whose subject is the body named just before; not "It should be noted". */
const pronounAsk =
  /^It\s+(?:should|must|needs\s+to)\s+(?!be\b|have\b|also\s+be\b|not\s+be\b)\p{Ll}/u;

/** Who speaks before a quotation: "The Auditor General said, '", "A spokesperson said, \"". */
const speechLead =
  /^[^'"“‘]{0,80}?\b(?:said|says|stated|states|added|noted|explained)[,:]?\s+['"“‘]/u;

/** "the Corporation's Board", "the Agency's management": a body's own governing part. */
const ownBoard =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,4}?\p{Lu}[\p{L}-]*)['’]s\s+(?:[Bb]oard|[Mm]anagement|[Cc]hief\s+[Ee]xecutive|[Ee]xecutive)\b/u;

/**
 * The body a capitalised name stands for: a body of that name, or the one body whose name ends
 * in it ("Corporation" for the Housing Corporation).
 */
function bodyByLastWords(
  name: string | undefined,
  bodies: readonly KnownBody[],
): KnownBody | undefined {
  if (!name) return undefined;
  const words = fold(name);
  const named = bodies.filter((x) => fold(x.name) === words || fold(x.name).endsWith(` ${words}`));
  return named.length === 1 ? named[0] : undefined;
}

/** "Auditors recommended (that) …", "The report also recommended …": the auditors' ask retold. */
const recommendedPast =
  /^(?:[Tt]he\s+)?(?:[Aa]uditors?|[Aa]udit|[Rr]eport|[Aa]uditor[- ][Gg]eneral|[Aa]uditor's\s+report|[Aa]udit\s+report)\s+(?:also\s+)?recommended\s+(?:that\s+)?(?=(?:the\s+)?\p{Lu})/u;

/** A council's resolution asking an officer to act: "City Council request the X to …". */
const councilAsks =
  /^(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}council\s+(?:requests?|directs?|asks?)\s+((?:the\s+)?\p{Lu}[^.;]{2,120}?),?\s+to\s+\p{Ll}/iu;

/**
 * The auditors' statement on discharge, to the assembly that grants it ("… rekommenderar att
 * styrelsen beviljas ansvarsfrihet", "Innan styrelsen kan få ansvarsfrihet måste den …", "we
 * recommend that the board be granted discharge"): the assembly's decision, no recommendation
 * for a body to act on. On folded text.
 */
const discharge =
  /\b(?:ansvarsfrihet|ansvarsfrihed|ansvarsfridom)\b|\bgrant(?:ed|ing)?\s+(?:\S+\s+){0,3}?discharge\b/u;

/**
 * A heading run into the line before a recommending sentence ("… Länsstyrelsens bedömning
 * Tillsynsplanen Länsstyrelsen rekommenderar socialnämnden att …"): the sentence begins at the
 * capitalised word before the verb, where the word before that has a capital too.
 */
const headingBeforeAsk =
  /(?<=(?:^|\s)\p{Lu}[\p{L}-]*)\s+(?=\p{Lu}[\p{L}-]*\s+(?:rekommenderar|anbefaler|tilrår|föreslår|foreslår|recommends)\s)/u;

/**
 * A heading of a few words run into the auditors' recommending sentence, the auditors' word in
 * capitals after a word in small letters ("Förslag till utveckling Vi föreslår att …", "Våra
 * förbättringsförslag Revisorerna rekommenderar …"): the sentence begins at the auditors.
 */
const headingBeforeAuditors =
  /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?\s+(?<=\p{Ll}\s+)(?=(?:Vi|We|Jag|Jeg|\p{Lu}\p{Ll}*(?:revisionen|revisorerna|revisorerne|revisjonen))\s+(?:rekommenderar|föreslår|foreslår|anbefaler|tilrår|recommend|suggest)\s)/u;

/** An intro naming who should act, its colon inside the sentence before small letters. */
const colonIntroRunOn = /\s(?:att|at|that)(?:\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?:\s+\p{Ll}/u;

/**
 * An item's first word in the Swedish infinitive, on folded text: the bidding verbs
 * ("säkerställa", "ta fram", "följa upp"), short ones that bid as often ("ge", "se över"), and
 * the verbs of taking up again ("återuppta", "återinföra", "återrapportera").
 */
const infinitiveStart =
  /^(?:ge|ta|se|gora|lata|anta|halla|verka|skapa|sakra|inratta|tillsatta|klargora|informera|forankra|implementera|initiera|bevaka|ater\p{L}{3,}|omprova|sammanstalla|undersoka|anpassa|samordna|begransa|tydliggora)\b/u;
/** Words after which an infinitive goes on in the same item ("ska ta fram", "kunna ge"). */
const carriesInfinitive = /^(?:ska|skall|bor|kan|kunna|maste|behover|vill|far|fa|ma|lat|lata)$/u;

/** Words after which a present-tense verb goes on in the same item ("og gjer", "at kommunen"). */
const joinsOn =
  /^(?:og|och|eller|samt|at|att|som|der|hvor|kor|da|når|nar|om|av|af|for|fra|fran|til|till|med|ved|pa|i|mot|mellom|etter|efter|under|over|hos|alle|nye|ein|en|et|ett|eit|den|det|dei|de|sine|sina|sin|sitt|and|or|that|the|of|to|by|all)$/u;

/** Whether a Swedish infinitive that bids begins at `at` in `text`, in small letters. */
function infinitiveAt(text: string, at: number): boolean {
  if (!/^\p{Ll}/u.test(text.slice(at, at + 1))) return false;
  const folded = fold(text.slice(at, at + 40));
  // The infinitive ends in a vowel: "dokumenteras", "genomförs" are passives.
  return (
    /^\p{L}*[aeiouy]\b/u.test(folded) &&
    (imperativeStem.test(folded) || infinitiveStart.test(folded))
  );
}

/**
 * An intro naming who should act run on into its items in small letters, their marks and stops
 * lost in a flattened page: "… anbefaler revisjonen at kommunen: 1. gjennomfører … 2. innfører
 * …", "… tilrår at rådmannen: sørgjer for … oppdaterer … innfører …". The intro becomes a
 * sentence ending in its colon and each item one after it: numbered items at their numbers in
 * turn from 1, unnumbered ones where a verb in the present tense begins after a word that does
 * not carry the sentence on ("og", "for", "alle"). Where the auditors speak again after the
 * last item ("… handsaming Vi tilrår vidare …"), that is a sentence of its own, and a page's
 * number after the last item ("… nettsider iv") is not its words.
 */
function introRunOnItems(part: string): string[] {
  const intro = colonIntroRunOn.exec(part);
  if (!intro) return [part];
  const colon = part.indexOf(":", intro.index);
  let rest = part.slice(colon + 1).trim();
  // The auditors' next sentence run on after the last item.
  let after: string | undefined;
  for (const m of rest.matchAll(/(?<=\p{Ll})\s+(?=\p{Lu})/gu)) {
    if (auditorsVoice.test(fold(rest.slice(m.index + m[0].length, m.index + 40)))) {
      after = rest.slice(m.index + m[0].length);
      rest = rest.slice(0, m.index);
      break;
    }
  }
  const items: string[] = [];
  if (/^\(?1[.)]\s+\p{Ll}/u.test(rest)) {
    rest = rest.replace(/^\(?1[.)]\s+/u, "");
    for (let n = 2; ; n++) {
      const next = new RegExp(`\\s\\(?${n}[.)]\\s+(?=\\p{Ll})`, "u").exec(rest);
      if (!next) break;
      items.push(rest.slice(0, next.index));
      rest = rest.slice(next.index + next[0].length);
    }
    items.push(rest);
  } else if (presentVerb.test(fold(rest.slice(0, 60)))) {
    // A word that looks like a verb in the present tense ("innfører", "bestiller") with an
    // object in "-er" after it ("rutiner", "varer") carries its item on; a noun in "-er"
    // ("leverandører") ends one.
    const verbLike = (word: string) => /^\p{L}{2,}(?:er|ar|ir|or|yr)$/u.test(word);
    const pieces: { from: number; words: number }[] = [{ from: 0, words: 0 }];
    let before = "";
    let beforeThat = "";
    for (const m of rest.matchAll(/\S+/gu)) {
      const word = fold(m[0]);
      const piece = pieces.at(-1) ?? { from: 0, words: 0 };
      if (
        piece.words >= 3 &&
        /^\p{Ll}/u.test(m[0]) &&
        /\p{Ll}$/u.test(before) &&
        !joinsOn.test(before) &&
        // A genitive ("kommunens"), an adjective's or a definite plural's "-e" ("private",
        // "innkjøpene") stands before a noun or its verb, not at an item's end.
        !/(?:s|e)$/u.test(before) &&
        !(verbLike(before) && joinsOn.test(beforeThat)) &&
        !/^(?:blir|bliver|gjelder|skjer)$/u.test(word) &&
        presentVerb.test(fold(rest.slice(m.index, m.index + 60)))
      )
        pieces.push({ from: m.index, words: 0 });
      (pieces.at(-1) ?? piece).words++;
      beforeThat = before;
      before = word;
    }
    // A piece of a word or two is no item: it goes back to the one before.
    for (const [i, piece] of pieces.entries()) {
      const to = pieces[i + 1]?.from ?? rest.length;
      const text = rest.slice(piece.from, to).trim();
      if (items.length > 0 && piece.words < 3) items[items.length - 1] += ` ${text}`;
      else items.push(text);
    }
  } else if (/^(?:att|at|that):$/u.test(part.slice(intro.index, colon + 1).trim())) {
    // "… rekommenderar vi kommunstyrelsen att: ta fram … införa … säkerställa …, följa upp …":
    // items in the infinitive whose marks were lost; each begins at a bidding verb after a
    // word in small letters or a comma that does not carry the sentence on ("och", "att",
    // "ska"), an item three words long at least.
    if (!infinitiveAt(rest, 0)) return [part];
    const starts: number[] = [0];
    let before = "";
    let words = 0;
    for (const m of rest.matchAll(/\S+/gu)) {
      const word = fold(m[0]);
      if (
        words >= 3 &&
        (before.endsWith(",") ||
          (/\p{Ll}$/u.test(before) && !joinsOn.test(before) && !carriesInfinitive.test(before))) &&
        infinitiveAt(rest, m.index)
      ) {
        starts.push(m.index);
        words = 0;
      }
      words++;
      before = word;
    }
    for (const [i, from] of starts.entries())
      items.push(rest.slice(from, starts[i + 1] ?? rest.length).trim());
  } else return [part];
  if (items.length < 2) return [part];
  const last = items.length - 1;
  items[last] = (items[last] ?? "").replace(/(?<=\p{Ll})\s+(?:[ivxl]{1,6}|\d{1,3})$/u, "");
  return [
    part.slice(0, colon + 1),
    ...items.map((item) => item.replace(/[,;]?\s+(?:og|och|samt|and)$|[,;]$/u, "").trim()),
    ...(after ? [after] : []),
  ].filter(Boolean);
}

/** A priority's cell in a table of recommendations: "Hög", "Medel", "Låg", "High". */
const priorityCell = /^(?:hög|medel|låg|høy|middels|lav|høj|high|medium|low)$/iu;

/**
 * The addressees' cell under a wrapped row's text: from `from`, paragraphs that name only the
 * organisation's bodies, a comma or a hyphen of a name split over two lines between them
 * ("Samhällsbyggnads-" / "nämnden"), a priority's cell after them or on the last name's line.
 * Nothing where the first paragraph names no body.
 */
function addresseeCells(
  blocks: readonly Block[],
  from: number,
  bodies: readonly KnownBody[],
): { to: string; end: number } | undefined {
  let to = "";
  let end = from - 1;
  for (let i = from; i < from + 6 && blocks[i]?.kind === "paragraph"; i++) {
    const cell = (blocks[i]?.text ?? "").trim();
    if (priorityCell.test(cell)) {
      if (!to) return undefined;
      end = i;
      break;
    }
    const name = cell.replace(/\s+\p{L}+$/u, (p) => (priorityCell.test(p.trim()) ? "" : p));
    // A name broken at a line's end: "Samhällsbyggnads-" / "nämnden" is one word.
    const joined = to.endsWith("-")
      ? `${/^\p{Ll}/u.test(name) ? to.slice(0, -1) : to}${name}`
      : to
        ? `${to} ${name}`
        : name;
    if (!namesOnlyKnown(joined.replace(/[,-]$/u, ""), bodies) && !/-$/u.test(name)) break;
    to = joined;
    end = i;
    if (name !== cell) break;
  }
  const names = to.replace(/[,-]$/u, "");
  return names && namesOnlyKnown(names, bodies) ? { to: names, end } : undefined;
}

/** A signature's place and date: "Mjölby den 25 augusti 2025 Helena Norrgård". */
const signedOff = /^\p{Lu}\p{Ll}+,?\s+den\s+\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}\b/u;
/** A sentence in the auditors' own voice: "Vi bedömer …", "Revisorerna kommer att …". */
const auditorsVoice = new RegExp(`^(?:${auditorNames})\\s`, "u");

/**
 * A sentence that begins with the body that should act and its verb of should ("Avdelningen
 * bör säkerställa …", "The department should …"): in a yearly report whose chapters go on
 * after a recommendations section, one that says so in its own chapter is a recommendation too.
 */
function doerAsked(sentence: string, bodies: readonly KnownBody[]): boolean {
  const subject = doerShould.exec(fold(sentence))?.[1];
  return (
    subject !== undefined &&
    !auditorsSelf.test(subject) &&
    !doerPronoun.test(subject) &&
    /[.!]$/u.test(sentence) &&
    bodyLike(subject, bodies)
  );
}

function bodyLike(phrase: string, bodies: readonly KnownBody[]): boolean {
  return (
    bodiesNamedIn(phrase, bodies).length > 0 || hasBodyWord(phrase) || meansAuditedAgencies(phrase)
  );
}

function startsWithBody(sentence: string, bodies: readonly KnownBody[]): boolean {
  const lead = subjectOf(sentence);
  return Boolean(lead && bodyLike(lead, bodies));
}

/**
 * "The Department of Industry, Science and Resources and the Department of Finance establish
 * …": an English recommendation in the subjunctive names its bodies as the subject, with a
 * verb that has no ending to find it by. Only names the organisation has count, one after
 * another from the sentence's start, followed by a word in small letters.
 */
function leadingBodies(sentence: string, bodies: readonly KnownBody[]): KnownBody[] {
  const found: KnownBody[] = [];
  // A body by its name, or by a short name the document gave it ("SKH inför …").
  const names = bodies
    .flatMap((body) => [body.name, ...(body.short ?? [])].map((name) => ({ body, name })))
    .sort((a, b) => b.name.length - a.name.length);
  let rest = sentence;
  for (;;) {
    rest = rest.replace(/^(?:,\s*|\s+and\s+|\s+och\s+|\s+og\s+)?(?:the\s+)?/iu, "");
    const next = names.find(
      ({ name }) => fold(rest).startsWith(fold(name)) && !/^\p{L}/u.test(rest.slice(name.length)),
    );
    if (!next) break;
    found.push(next.body);
    rest = rest.slice(next.name.length);
  }
  return found.length > 0 && /^\s+\p{Ll}/u.test(rest) ? found : [];
}

/** "Department of Agriculture", "Federal Communications Commission": an agency's name alone. */
function looksLikeAgency(text: string): boolean {
  return (
    /^(?:Department|Ministry|Office|Federal|National|General|Internal|Social|U\.S\.|Environmental|Small|Centers)\b[\p{L} ,&.'-]{0,80}$/u.test(
      text,
    ) && !/[.:]$/.test(text)
  );
}

/** "Federal Communications Commission The Chairman … should …": the agency a flattened table glued before the text. */
function gluedAgency(
  text: string,
  bodies: readonly KnownBody[],
): { text: string; agency?: string } {
  for (const body of bodies) {
    for (const name of [body.name, body.nameEn].filter((n): n is string => Boolean(n))) {
      if (text.startsWith(`${name} `) && /^\s*(?:The|A|An)\s/u.test(text.slice(name.length)))
        return { text: text.slice(name.length).trim(), agency: name };
    }
  }
  const glued =
    /^((?:[\p{Lu}][\p{L}&.'-]*|of|the|and|for)(?:\s+(?:[\p{Lu}][\p{L}&.'-]*|of|the|and|for)){1,8}?)\s+(The\s+\p{Lu}.*)$/u.exec(
      text,
    );
  if (glued?.[1] && glued[2] && looksLikeAgency(glued[1]))
    return { text: glued[2], agency: glued[1] };
  return { text };
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

/**
 * Addressees read with words that are not theirs ("nämnden i sin", "i socialnämndens
 * protokoll", "därutöver regionstyrelsen", "servicenämnden gemensamt"): a name no body has is
 * narrowed to the run of its words that names bodies the organisation has, or a generic word
 * for one ("nämnden"), where the words left name no body of their own.
 */
function narrowed(
  resolved: { known: KnownBody[]; unknown: string[] },
  bodies: readonly KnownBody[],
  context: readonly KnownBody[],
): { known: KnownBody[]; unknown: string[] } {
  const known = [...resolved.known];
  const unknown: string[] = [];
  for (const part of resolved.unknown) {
    const words = part.split(/\s+/u);
    let found: KnownBody[] | undefined;
    for (let k = Math.min(words.length - 1, 6); k >= 1 && !found; k--) {
      for (let i = 0; i + k <= words.length && !found; i++) {
        const rest = [...words.slice(0, i), ...words.slice(i + k)].join(" ");
        // "Nämnden för funktionshinder", "the Board of Health": a name of its own.
        if (hasBodyWord(rest) || /^(?:för|for|of|til)$/iu.test(words[i + k] ?? "")) continue;
        const run = resolveAddressees(words.slice(i, i + k).join(" "), bodies, context);
        if (run.known.length > 0 && run.unknown.length === 0) found = run.known;
      }
    }
    if (!found) unknown.push(part);
    else for (const body of found) if (!known.includes(body)) known.push(body);
  }
  return { known, unknown };
}

/** What an audit report says, item by item, with the line each item came from. */
export function extractAudit(
  blocks: Block[],
  organisationBodies: readonly KnownBody[],
): ImportedAudit {
  const whole = blocks.map((b) => b.text).join("\n");
  // "Scenkonsthögskolans (SKH)": the report names the body by its short name from there on.
  const bodies = withShortNames(whole, organisationBodies);
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
  const opening = blocks
    .slice(0, 12)
    .map((b) => b.text)
    .join("\n");
  const audited = bodiesNamedIn(`${opening}\n${summary}`, bodies).filter(
    (b) => !/fullmäktige|revision/i.test(b.name),
  );
  // The one body the text is about that does not head it: whom a letter's "ni" means.
  const letterhead = bodiesNamedIn(blocks[0]?.text ?? "", bodies);
  const addressees = audited.filter((b) => !letterhead.includes(b));
  const addressed = letterhead.length > 0 && addressees.length === 1 ? addressees[0] : undefined;
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
  // Recommendations in the passive or with a formal subject, naming no one (by their place).
  const impersonal = new Set<number>();
  // The auditors' asks in the passive that name no one and follow none to one body.
  const unnamedAsks = new Set<number>();
  // The bodies a text names that a recommendation can be addressed to.
  const namedIn = (text: string) =>
    bodiesNamedIn(text, bodies).filter((x) => !/revision|fullmäktige/i.test(x.name));
  // The committee a text last named, for "nämnden" in the sentences after it.
  let lastCommittee: KnownBody | undefined;
  // A clause cut from a recommending sentence is a recommendation by its place, so two words
  // ("kontrollen dokumenteres") are enough for it; anything else needs three.
  // The one body an intro says the recommendations are made to ("We are making the following
  // three recommendations to VA:"), for those whose sentence names only an officer within it.
  let madeTo: KnownBody | undefined;
  const add = (
    text: string,
    line: number,
    addressee: string | undefined,
    item = false,
    minWords = 3,
  ) => {
    let clean = text
      .replace(
        /\s*\((?:recommendation|rekommendation)\s+\d{1,2}\)(?:\s+(?:open|closed)\b.*)?$/iu,
        "",
      )
      .replace(/\s+\p{Lu}[^.]{0,80}\bresponse:\s.*$/u, "")
      // A paragraph's number before it ("19 The Office should …"), a page's number after its
      // last stop ("… undantagsfall. 6", or in parentheses as a transcript of the report adds
      // it: "… delårsrapporten. (8)"), and, in a news article, the quotation's dash and its
      // speaker ("– Kommunen bør …, sier revisor Silje Haugland til BT.") are not its words.
      .replace(leadingMark, "")
      .replace(/(?<=[.!?])\s+(?:\d{1,3}|\(\d{1,3}\))$/u, "")
      // A page's footer after its last stop: "… lösenordsreglerna. Ekby kommun 2026 4",
      // "… i besluten. Lövstads kommun 3 av 9".
      .replace(
        /(?<=[.!?])\s+\p{Lu}[^.!?\d]{2,60}?\s(?:(?:19|20)\d{2}\s+\d{1,3}|\d{1,3}\s+(?:av|of)\s+\d{1,3})$/u,
        "",
      )
      .replace(/,\s+(?:säger|sa|sier|siger|says|said)\s+[^.,]{3,100}\.$/u, "")
      // A news article quoting it: "\"The department should …,\" the report states."
      .replace(
        /^["“]([^"”]{12,600}?),?["”]\s+(?:[\p{L}'’-]+\s+){1,6}?(?:states|stated|says|said|notes|noted|writes|wrote|adds|added|concludes|concluded)\.$/u,
        "$1",
      )
      // A demand's legal reference after its stop ("… skriftligt. (3 och 8 §§ AFS 2023:1)"), and
      // the next heading run on after it, are not its words.
      .replace(/(?<=[.!?])\s*\([^()§]{0,80}§[^()]{0,80}\)(?:\s.*)?$/su, "")
      // An item that runs on into the next ("… services, and", "… under mandatperioden,",
      // "… by the spring; and").
      .replace(/(?:,\s*(?:(?:and|och|samt|og)\s*)?|;\s*(?:and|och|samt|og)\s*)$/u, "")
      .replace(/\s+/g, " ")
      .trim();
    // A quotation's closing mark after the last sentence of a quoted remark, its opening mark
    // paragraphs before: "… udarbejder en tilsynsplan.\"".
    if (/[.!?]["”]$/u.test(clean) && !/["“”]/u.test(clean.slice(0, -1))) clean = clean.slice(0, -1);
    // The same with single marks ("… maintenance plan.'"), an apostrophe inside a word no mark.
    if (/[.!?]['’]$/u.test(clean) && !/(?:^|\s)['‘]|['’](?=\s|$)/u.test(clean.slice(0, -1)))
      clean = clean.slice(0, -1);
    const key = fold(clean).replace(/[^\p{L}\p{N}]/gu, "");
    // A recommendation says what to do: a few words at least, never a bare "bör förbättras."
    if (
      clean.length < 12 ||
      clean.split(" ").length < minWords ||
      chapterRunIn.test(clean) ||
      /^(bör|behöver|should)\b/iu.test(clean) ||
      tableIntro.test(fold(clean)) ||
      answerDuty(fold(clean)) ||
      discharge.test(fold(clean)) ||
      seen.has(key)
    )
      return;
    seen.add(key);
    // "Nämnden" is the committee the text last named, else the audited one (see resolveAddressees).
    const context = [...new Set([...(lastCommittee ? [lastCommittee] : []), ...audited])];
    let to: KnownBody[] = [];
    let unknownTo: string[] = [];
    if (addressee && secondPerson.test(addressee.trim())) addressee = addressed?.name;
    if (addressee)
      ({ known: to, unknown: unknownTo } = narrowed(
        resolveAddressees(
          addressee
            .replace(/^["“]/u, "")
            .replace(leadingMark, "")
            .replace(/^the\s+/iu, ""),
          bodies,
          context,
        ),
        bodies,
        context,
      ));
    if (to.length === 0 && unknownTo.length === 0) {
      // The auditors who recommend ("Riksrevisionen rekommenderar att …") are never whom
      // they recommend to.
      // "City Council request the General Manager, Parks and Recreation, to …": the council
      // adopts it, and whom it asks to act is the addressee.
      const asked = councilAsks.exec(clean)?.[1];
      const lead = asked && bodiesNamedIn(asked, bodies).length > 0 ? asked : subjectOf(clean);
      const named =
        lead && bodyLike(lead, bodies) && !auditorsSelf.test(fold(lead))
          ? narrowed(resolveAddressees(lead, bodies, context), bodies, context)
          : { known: [] as KnownBody[], unknown: [] as string[] };
      to =
        named.known.length > 0
          ? named.known
          : leadingBodies(clean, bodies).filter((b) => !auditorsSelf.test(fold(b.name)));
      unknownTo = to.length > 0 ? [] : named.unknown;
      // "Vi rekommenderar att ni …": advice to whom the letter is written to.
      if (to.length === 0 && unknownTo.length === 0 && addressed && adviceToYou.test(clean))
        to = [addressed];
      // A bare list item in a report on one body is addressed to that body.
      if (item && to.length === 0 && unknownTo.length === 0 && audited.length === 1) to = audited;
      if (to.length === 0 && unknownTo.length === 0 && impersonalAdvice(clean))
        impersonal.add(result.recommendations.length);
    }
    // "The Under Secretary for Health should …" under "… recommendations to VA:": an officer
    // the organisation does not know by name acts for the body the recommendations are made to.
    if (
      madeTo &&
      to.length === 0 &&
      unknownTo.length > 0 &&
      unknownTo.every((name) => officerTitle.test(name))
    ) {
      to = [madeTo];
      unknownTo = [];
    }
    // "… anbefaler videre at kommunestyret får en oversikt …": the council is to be told, and
    // whom the recommendations before it went to is to tell it.
    const before = result.recommendations.at(-1);
    if (
      before &&
      before.to.length > 0 &&
      unknownTo.length === 0 &&
      to.length > 0 &&
      to.every((b) => councilName.test(fold(b.name))) &&
      councilTold.test(fold(clean))
    )
      to = before.to;
    result.recommendations.push({
      id: `R${result.recommendations.length + 1}`,
      text: clean,
      to,
      unknownTo,
      line,
    });
  };

  let list:
    | {
        addressee: string | undefined;
        past: boolean;
        bare: boolean;
        /** The count a sentence announced, and how many items have been taken under it. */
        announced?: { count: number; taken: number };
      }
    | undefined;
  // Under an announced count, an item must look like a recommendation, within the count.
  const takesItem = (text: string) => {
    const announced = list?.announced;
    if (!announced) return true;
    if (announced.taken >= announced.count || !shapedAsRecommendation(text, bodies)) return false;
    announced.taken++;
    return true;
  };
  // A table of recommendations: which column holds the text, and which the addressee.
  let table:
    | { text: number; to: number; width: number; resumed?: boolean; rows: number }
    | undefined;
  let wrappedTable = false;
  let inSection = false;
  // A recommendations section was open and a heading after it closed it.
  let sectionLeft = false;
  // The section was opened by an intro inside a paragraph, not by a heading.
  let openedInProse = false;
  // Under "Vår bedömning", in a report that ends each assessment with its recommendations.
  let assessment = false;
  let background = false;
  let pendingNumbered: { line: number } | undefined;
  let agency: string | undefined;
  // A report with a recommendations section restates them in its summary: only the section counts.
  const hasSection = blocks.some((b) => b.kind === "heading" && opensSection(b.text));
  // Items already read as the end of the item before them.
  let joinedUpTo = -1;
  // The recommendations an agency's field has not yet followed (see below).
  let agencyFrom = 0;
  for (const [index, b] of blocks.entries()) {
    if (index <= joinedUpTo) continue;
    const text = b.text;
    // "Agency: Department of Transportation: Office of Aviation Consumer Protection" under a
    // recommendation on a page of recommendations: the agency it is entered for, at the level
    // the field names last, is whom it is to, where that is a body the organisation has; the
    // officer the sentence names ("The Secretary of Transportation should …") heads it.
    const madeIntro = b.kind === "paragraph" ? recommendationsMadeTo.exec(text) : null;
    if (madeIntro) {
      const { known, unknown } = resolveAddressees(madeIntro[1] ?? "", bodies, []);
      madeTo = known.length === 1 && unknown.length === 0 ? known[0] : undefined;
    }
    const filedUnder = agencyFieldValue(text);
    if (filedUnder) {
      const last = agencyLevels(filedUnder).at(-1) ?? "";
      const { known, unknown } = resolveAddressees(last, bodies, []);
      // Only the recommendation right above the field: one whose own field was not read
      // keeps whom its sentence names.
      const above = result.recommendations.slice(agencyFrom).at(-1)?.line;
      if (known.length === 1 && unknown.length === 0 && above !== undefined && b.line - above <= 6)
        for (const r of result.recommendations.slice(agencyFrom))
          if (r.line === above) Object.assign(r, { to: known, unknownTo: [] });
      agencyFrom = result.recommendations.length;
      continue;
    }
    const named = namedIn(text);
    // A group's heading between a table's rows ("Issue: …") does not end the table, if the
    // rows after it are as wide as the table.
    // A table whose cells wrapped over lines, its header a row and each row after it a
    // paragraph of text, then its addressees' cell over a line or two ("Kommunstyrelsen," /
    // "Samhällsbyggnadsnämnden") and a priority ("Hög"): the text is the recommendation, the
    // names below it whom it is to. The rows go on while each text has names under it.
    const wrappedRow =
      b.kind === "paragraph" &&
      ((table !== undefined && table.to >= 0 && table.rows === 0) || wrappedTable)
        ? addresseeCells(blocks, index + 1, bodies)
        : undefined;
    if (wrappedRow) {
      add(text, b.line, wrappedRow.to, true);
      joinedUpTo = wrappedRow.end;
      wrappedTable = true;
      table = undefined;
      continue;
    }
    wrappedTable = false;
    if (b.kind !== "row") {
      if (table && blocks[index + 1]?.kind === "row") table.resumed = true;
      else table = undefined;
    }
    if (pendingNumbered && b.kind === "paragraph" && !/^paragraph\s+\d/iu.test(text)) {
      add(text, b.line, undefined, true);
      pendingNumbered = undefined;
      continue;
    }
    const number = numbered.exec(text);
    if (number && (b.kind !== "item" || !list)) {
      const rest = (number[2] ?? "").trim();
      // "Rekommendation 2: Tillse att …" stands as a list item does.
      if (rest.length > 12) add(rest, b.line, undefined, true);
      else pendingNumbered = { line: b.line };
      inSection = true;
      list = undefined;
      continue;
    }
    // A page's running footer or header taken for a heading ("Statsforvalteren i Vestre Fjord
    // Side 4 av 6") ends no list and opens no chapter.
    if (
      b.kind === "heading" &&
      /\b(?:side|sida|page)\s+\d{1,3}\s+(?:av|of)\s+\d{1,3}$/iu.test(text)
    )
      continue;
    if (b.kind === "heading") {
      const heading = fold(text);
      // "Till regeringen", "To the Department": in a recommendations section, a heading that
      // names whom the recommendations below it are to, a body, opens them as an intro does.
      const to: string | undefined = inSection
        ? /^(?:till|til|to)\s+(?:the\s+)?(.+?)\s*:?$/iu.exec(text)?.[1]
        : undefined;
      const addressed: string | undefined = to && bodyLike(to, bodies) ? to : undefined;
      const opened = addressed
        ? { addressee: addressed, past: false }
        : introOf(text, bodies, blocks[index + 1]?.kind === "item", audited);
      list = opened ? { ...opened, bare: true } : undefined;
      // A table's or a figure's caption ("Tabell 1. Revisorernas rekommendationer") is no
      // chapter: the section it stands in goes on after the table.
      openedInProse = false;
      // A section left for the next topic's heading: the report goes on with its chapters.
      if (inSection) sectionLeft = true;
      inSection =
        opensSection(text) ||
        demandsUnder(heading, blocks[index + 1]) ||
        (inSection && (caption.test(heading) || addressed !== undefined));
      assessment = assessmentHeading.test(heading);
      background = backgroundHeading.test(heading);
      if (named[0]) lastCommittee = named[0];
      // "Department of Agriculture" on its own line above the recommendation it owns.
      agency = looksLikeAgency(text) ? text : undefined;
      continue;
    }
    if (b.kind === "row") {
      const cells = b.cells ?? [];
      // Column names are the shared list's, so that every table reader knows the same ones.
      const textColumn = cells.findIndex((c) => columnRole(c) === "recommendation");
      if (textColumn >= 0) {
        table = {
          text: textColumn,
          // Any column naming who should act, as action plans name it too ("Riktas till").
          to: cells.findIndex((c) => columnRole(c) === "responsible"),
          width: cells.length,
          rows: 0,
        };
        continue;
      }
      if (table?.resumed)
        table = cells.length === table.width ? { ...table, resumed: false } : undefined;
      if (table) table.rows++;
      const recommendation = table && cells[table.text];
      // Without a column of addressees, a row goes to the committee the text last named
      // ("Rekommendationerna riktas till arbetslivsnämnden."), else stands as a bare item does.
      if (
        table &&
        recommendation &&
        !recommendation.endsWith("?") &&
        !noRecommendation.test(recommendation)
      ) {
        const cell = recommendation.replace(/^\d{1,2}[.)]\s+/u, "");
        // A cell that is a recommending sentence with two clauses ("Vi anbefaler, at A, og at
        // B") holds two recommendations, as a sentence in prose does.
        const clauses = recommendedTo(cell, bodies) ? attClauses(cell) : [];
        // A cell that begins with who should act ("Kommunstyrelsen och socialnämnden bör …")
        // names its own addressees.
        const to =
          table.to >= 0
            ? officersOnly(cells[table.to] ?? "", bodies)
              ? undefined
              : cells[table.to]
            : startsWithBody(cell, bodies)
              ? undefined
              : lastCommittee?.name;
        if (clauses.length > 0) for (const clause of clauses) add(clause, b.line, to, false, 2);
        else add(cell, b.line, to, table.to < 0);
      }
      continue;
    }
    // A list item no intro or recommendations section claims is read as prose, sentence by
    // sentence: a flattened layout (a chapter's number, a table's row, a quotation after a dash)
    // can make a list item of what holds a recommendation among other sentences.
    const prose = b.kind === "paragraph" || (b.kind === "item" && !list && !inSection);
    if (prose) {
      // "7. Resultat av uppföljningen 7.1 …": a chapter's number taken for a list's, its title
      // and text run on after it, ends the chapter before it as a heading does.
      if (b.kind === "item" && b.ordered && /^\p{Lu}/u.test(text))
        background = backgroundHeading.test(fold(text));
      if (
        /\((?:recommendation|rekommendation)\s+\d{1,2}\)(?:\s+(?:open|closed)\b.*)?$/iu.test(text)
      ) {
        const glued = gluedAgency(text, bodies);
        add(glued.text, b.line, glued.agency ?? agency);
        agency = undefined;
        continue;
      }
      if (looksLikeAgency(text)) agency = text;
      const whole = introOf(text, bodies, blocks[index + 1]?.kind === "item", audited);
      if (whole && !text.endsWith(":")) {
        list = { ...whole, bare: true };
        inSection = inSection || (!whole.past && !whole.itemsOnly);
        continue;
      }
      const between =
        list && text.length < 60 && !/[.!?]$/.test(text) && blocks[index + 1]?.kind === "item";
      // After an intro with no list marks, each one-sentence paragraph is an item.
      const bareItem =
        list?.bare === true &&
        !list.past &&
        /[.;]$/.test(text) &&
        !sentenceEnd.test(text.slice(0, -1)) &&
        text.length < 300;
      const own = subjectOf(text);
      if (bareItem && list && !(own && auditorsSelf.test(fold(own))) && takesItem(text)) {
        add(text, b.line, list.addressee);
        continue;
      }
      if (!between) list = undefined;
      // A sentence ends before a capital, or before a chapter's number run into the line
      // ("3.2 Utbildningsnämnden", "3. Revisionens bemærkninger").
      // An answer's label run into the line ("… underskott? … Kommentar Vi rekommenderar …")
      // begins a sentence too, and a page's footer that names the file ("5 Granskningsrapport
      // … 20251112.docx") ends none.
      const parts = text
        .replace(/\s+\d{1,3}\s+[^.!?]{0,120}\.(?:docx?|pdf)$/iu, "")
        // A page printed as one line ("3 1. Sammanfattande …") ends with its number too.
        .replace(/^(\d{1,3}\s.*?[\p{Ll})])\s+\d{1,3}$/su, "$1")
        .split(/(?<=[.!?:])\s+(?=[\p{Lu}"]|\d+(?:\.\d+)*\.?\s+\p{Lu})/u)
        .flatMap(introRunOnItems)
        .flatMap((part, n, all) => runTogetherItems(part, n, all, bodies))
        .flatMap((part) => runInDirectives(part, bodies))
        .flatMap((part) => part.split(headingBeforeAsk))
        .map((part) => part.replace(runInLabel, "").replace(headingBeforeAuditors, ""));
      // Where a run of items ended at a next intro, reading resumes there.
      let resumeAt = 0;
      for (const [n, sentence] of parts.entries()) {
        if (n < resumeAt) continue;
        const before = n > 0 ? namedIn(parts[n - 1] ?? "").at(-1) : undefined;
        if (before) lastCommittee = before;
        const folded = fold(sentence);
        // A follow-up's row run into the text: an earlier report's recommendation under its
        // year ("Rekommendation 2024: Nämnden bör … Status: Delvis genomförd."), or followed by
        // its status, is followed up, not made again.
        if (
          followedUpLabel.test(fold(parts[n - 1] ?? "")) ||
          /^(?:status|state)\s*:/u.test(fold(parts[n + 1] ?? ""))
        )
          continue;
        // A chapter's number and title run into the paragraph ("… leverantör. 3. Iakttagelser
        // 3.1 Mål …") end the chapter before it: background read no further than its own.
        // Such a chapter ends a section an intro in the text opened, as a heading would,
        // unless it opens one itself: the chapters' "Vår bedömning" after the summary's list.
        if (/^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(sentence)) {
          background = backgroundHeading.test(folded);
          if (openedInProse && !recommendationHeading.test(folded)) {
            inSection = false;
            openedInProse = false;
          }
        }
        if (sentence.endsWith(":")) {
          const opened =
            introOf(sentence, bodies, false, audited) ??
            (genericIntro.test(folded) ? { addressee: undefined, past: false } : undefined);
          if (opened) {
            list = { ...opened, bare: n === parts.length - 1 };
            if (!inSection && !opened.past && !opened.itemsOnly) {
              inSection = true;
              openedInProse = true;
            }
            // "… prioriteras: Kommunstyrelsen tar fram …. Tekniska nämnden ser över …": the
            // sentences after the colon that begin with a body, or that say what should be
            // done ("Protokollen bör justeras …"), are the recommendations.
            // Where the first sentence after the colon is an imperative and every one to the
            // paragraph's end is advice too (two at least, none in the auditors' own voice,
            // none a question or a signature's place and date), the list's marks were lost and
            // its items run on to the end: each is one.
            // A next intro ("Vidare rekommenderas socialnämnden att:") ends them, and its own
            // items follow it.
            const rest = parts.slice(n + 1);
            const nextIntro = rest.findIndex((p) => p.endsWith(":"));
            const listed = nextIntro < 0 ? rest : rest.slice(0, nextIntro);
            // Items that lost their stops with their marks end where a sentence with a stop
            // that is no item begins: that is the text after the list.
            const stopped = /[.!?]$/u.test(listed[0] ?? "")
              ? -1
              : listed.findIndex(
                  (p) =>
                    /[.!?]$/u.test(p) &&
                    !imperativeStem.test(fold(p)) &&
                    !presentVerb.test(fold(p)),
                );
            // Items that kept their stops end before a last piece without one that ends in a
            // page's number: the page's footer run on after them ("… anskaffelser. Utarbeidet
            // av X revisjon 9").
            const footer =
              stopped < 0 &&
              listed.length >= 2 &&
              /[.!?]$/u.test(listed[0] ?? "") &&
              /[^.!?:;,]\s\d{1,3}$/u.test(listed.at(-1) ?? "");
            const kept = footer ? listed.slice(0, -1) : listed;
            const after = stopped > 0 ? listed.slice(0, stopped) : kept;
            // An intro reached after such a run keeps its shape: one item is enough, in any
            // verb.
            const resumed = resumeAt > 0 && n === resumeAt;
            // The run also ends where the auditors recommend again in a sentence of their own
            // ("Vi rekommenderar även tekniska nämnden att …"); reading goes on there. Where
            // they judge, ask or sign instead, the sentences were never items.
            const voiced = (next: string) =>
              auditorsVoice.test(fold(next)) || next.endsWith("?") || signedOff.test(next);
            const stopAt = after.findIndex(
              (next) => auditorsVoice.test(fold(next)) && recommendedTo(next, bodies) !== undefined,
            );
            const run = stopAt > 0 ? after.slice(0, stopAt) : after;
            const ranOn =
              !opened.past &&
              (run.length >= 2 ||
                (run.length === 1 && (nextIntro >= 0 || resumed || stopAt > 0))) &&
              (resumed ||
                imperativeStem.test(fold(run[0] ?? "")) ||
                infinitiveAt(run[0] ?? "", 0) ||
                (subjectBeforeColon.test(folded) && presentVerb.test(fold(run[0] ?? "")))) &&
              !run.some(voiced);
            if (ranOn && stopAt > 0) {
              for (const next of run) add(next, b.line, opened.addressee, true);
              resumeAt = n + 1 + stopAt;
              continue;
            }
            for (const next of after) {
              const directive = needOf(next, bodies) !== undefined;
              if (ranOn && !directive) {
                add(next, b.line, opened.addressee, true);
                continue;
              }
              if (!directive && !(subjectOf(next) && startsWithBody(next, bodies))) break;
              add(next, b.line, undefined);
            }
            // Items that lost their stops, ended by the auditors recommending again in a
            // sentence with a stop ("… handsaming Vi tilrår vidare at kontrollutvalet …"):
            // reading goes on at that sentence, though a later intro ("Bilag 2:") ends the
            // paragraph's run.
            const again = stopped > 0 ? (listed[stopped] ?? "") : "";
            if (
              ranOn &&
              auditorsVoice.test(fold(again)) &&
              recommendedTo(again, bodies) !== undefined
            ) {
              resumeAt = n + 1 + stopped;
              continue;
            }
            if (ranOn && nextIntro >= 0) {
              resumeAt = n + 1 + nextIntro;
              continue;
            }
            break;
          }
          continue;
        }
        if (genericIntro.test(folded)) {
          list = { addressee: undefined, past: false, bare: n === parts.length - 1 };
          const count = announcedCount(folded);
          if (count) list.announced = { count, taken: 0 };
          // A count announced in a sentence opens no recommendations section by itself.
          else inSection = true;
          continue;
        }
        // "Auditors recommended the Division of Vehicles set a target …": a news report's past
        // tense, the body that is to act named right after the verb.
        const retold = recommendedPast.exec(sentence);
        if (retold && !background && !(hasSection && !inSection)) {
          const after = sentence.slice(retold[0].length);
          const to = leadingBodies(after, bodies).filter((x) => !auditorsSelf.test(fold(x.name)));
          if (to.length > 0) {
            add(sentence, b.line, to.map((x) => x.name).join(" and "));
            continue;
          }
        }
        if (
          background ||
          (hasSection && !inSection && !(sectionLeft && doerAsked(sentence, bodies))) ||
          notRecommendation.test(sentence) ||
          /rekommenderades|rekommenderade|recommended\b/i.test(folded)
        )
          continue;
        // An intro run on into its items in small letters ("Revisjonen tilrår at rådmannen:
        // sørgjer for … oppdaterer …") is no one recommendation.
        const advised = colonIntroRunOn.test(sentence)
          ? undefined
          : recommendedTo(sentence, bodies);
        if (advised) {
          // "… rekommenderas nämnden att A, att B och att C": one recommendation each.
          const said = advised.text ?? sentence;
          const clauses = numberedClauses(said) ?? attClauses(said);
          const from = result.recommendations.length;
          const english = clauses.length > 0 ? [] : englishThatClauses(said);
          if (clauses.length > 0)
            for (const clause of clauses) add(clause, b.line, advised.addressee, false, 2);
          else if (english.length > 0)
            // Each clause names whom it is to after its own "that".
            for (const clause of english) {
              const after = clause.slice((/\bthat\s+/u.exec(clause)?.index ?? -5) + 5).trim();
              const named = leadingBodies(after, bodies).map((x) => x.name);
              // "that the Corporation's Board receive …": the body's own board is the body.
              const own = bodyByLastWords(ownBoard.exec(after)?.[1], bodies);
              if (named.length === 0 && own) named.push(own.name);
              add(clause, b.line, named.length > 0 ? named.join(" and ") : undefined);
            }
          else add(advised.text ?? sentence, b.line, advised.addressee);
          // "Vi rekommenderar att kontona ersätts … och att användningen loggas.", "Vi föreslår
          // vidare att kostnaden redovisas …", "Vi anser att kostnaderna bör redovisas …": the
          // auditors' ask in the passive names no one; it goes to whom the recommendation
          // before it in the same paragraph went, where that was one body, else to whom most
          // of the report's recommendations go (see below).
          for (let i = from; i < result.recommendations.length; i++) {
            const r = result.recommendations[i];
            const before = result.recommendations[i - 1];
            if (!r || r.to.length > 0 || r.unknownTo.length > 0) continue;
            if (before?.line === b.line && before.to.length === 1 && before.unknownTo.length === 0)
              Object.assign(r, { to: [...before.to], addresseeFrom: "previous" });
            else unnamedAsks.add(i);
          }
          continue;
        }
        // A control's or an inspection's demand put to whom it is written to ("Ni behöver se
        // till att …", "Ni ska kunna visa …", "You must …"): that body's, the sentence whole.
        if (addressed && secondPersonDemand.test(sentence)) {
          add(sentence, b.line, addressed.name);
          continue;
        }
        // The auditors' overall verdict ("Vår sammanfattande bedömning är att X i huvudsak …
        // men att Y behöver …") is what the recommendations follow from, none itself.
        if (overallVerdict.test(folded)) continue;
        // "The Corporation cannot plan … . It should complete …": "It" is the body the sentence
        // before began with, where that is one the organisation has.
        if (pronounAsk.test(sentence) && n > 0) {
          // Within a quotation, its first words ("The Auditor General said, 'The Corporation
          // …"); the auditors are never whom they ask.
          const quoted = (parts[n - 1] ?? "").replace(speechLead, "");
          // The body by its name, or by its name's last words ("The Corporation" for the
          // Housing Corporation) where only one body's name ends so.
          const body = bodyByLastWords(
            /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,4}?\p{Lu}[\p{L}-]*)\s+\p{Ll}/u.exec(
              quoted,
            )?.[1],
            bodies,
          );
          if (body && !auditorsSelf.test(fold(body.name))) {
            add(sentence, b.line, body.name);
            continue;
          }
        }
        const needs = needOf(sentence, bodies);
        const plausible =
          needs !== undefined &&
          ((needs.split(/\s+/).length <= 6 && !needs.includes(",")) ||
            namesOnlyKnown(needs, bodies)) &&
          !auditorsSelf.test(fold(needs));
        // "X bör se till att A och att B": two recommendations, as after "rekommenderar".
        const needed = needs && plausible ? attClauses(sentence) : [];
        if (needs && needed.length > 0 && bodyLike(needs, bodies))
          for (const clause of needed) add(clause, b.line, needs, false, 2);
        else if (needs && plausible && bodyLike(needs, bodies)) add(sentence, b.line, needs);
        // A passive "X bör …" is a recommendation in a recommendations section, or at an
        // assessment's end where the report has no such section.
        else if (
          needs &&
          plausible &&
          (inSection || (assessment && !hasSection) || passiveAdvice(sentence))
        )
          add(sentence, b.line, undefined);
        else if (inSection && bodySentence.test(sentence)) add(sentence, b.line, undefined);
        // "Säkerställ att …", "Ensure that …": an imperative in a recommendations section is a
        // recommendation as a bare list item is.
        else if (inSection && imperative.test(folded)) add(sentence, b.line, undefined, true);
      }
      if (named.length > 0) lastCommittee = named.at(-1);
      continue;
    }
    // A list item.
    if (list) list.bare = false;
    // An item cut at a word that goes on ("… bör rikta tillsynen dit riskerna är störst,
    // genom att", "… by") is carried on by the sub-items after it, in small letters, to the
    // first that ends in a stop: one recommendation with them.
    let whole = text;
    if (danglingEnd.test(text)) {
      let next = index + 1;
      while (
        blocks[next]?.kind === "item" &&
        /^\p{Ll}/u.test(blocks[next]?.text ?? "") &&
        !/[.;!?]$/u.test(whole)
      ) {
        whole = `${whole} ${blocks[next]?.text ?? ""}`;
        next++;
      }
      joinedUpTo = next - 1;
    }
    // A summary's page number in small roman figures after an item without a stop, its page
    // flattened into one line ("… på kommunens nettsider iv"), is not its words.
    whole = whole.replace(/(?<=\p{Ll}{3})\s+(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$/u, "");
    if (list) {
      if (list.past) result.skippedEarlier++;
      else if (takesItem(whole))
        for (const ask of itemAsks(whole)) add(ask, b.line, list.addressee);
    } else if (inSection && !notRecommendation.test(text) && !statement.test(fold(text))) {
      add(whole, b.line, undefined, true);
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
  // A report on one body whose recommendations all go to it: one in the passive or with a
  // formal subject ("Rutinen bör förtydligas …", "Det är angeläget att åtgärder vidtas …") is
  // that body's too. Where others go elsewhere, to no one or to a body not known, it stays
  // without an addressee.
  const [only] = audited;
  const others = result.recommendations.filter((_, i) => !impersonal.has(i));
  if (
    only &&
    audited.length === 1 &&
    others.length > 0 &&
    others.every((r) => r.unknownTo.length === 0 && r.to.length === 1 && r.to[0] === only)
  )
    for (const i of impersonal) {
      const r = result.recommendations[i];
      if (r) Object.assign(r, { to: [only], addresseeFrom: "audited" });
    }
  // Otherwise one that says it goes on ("också", "även", "also"), or one right after the
  // auditors' recommending sentence, in the same paragraph as a recommendation to one body right
  // before it ("Kommunstyrelsen behöver följa upp … Det
  // behöver också säkerställas att …"), is that body's too.
  else
    for (const i of impersonal) {
      const r = result.recommendations[i];
      const before = result.recommendations[i - 1];
      if (
        r &&
        before &&
        before.line === r.line &&
        before.to.length === 1 &&
        before.unknownTo.length === 0 &&
        r.to.length === 0 &&
        (/^(?:\S+\s+){1,4}?(?:också|även|dessutom|vidare|også|dessuten|desuden|endvidere|videre|also|further)\s/iu.test(
          r.text,
        ) ||
          // Or right after the auditors' own recommending sentence ("Vi rekommenderar att
          // nämnden inför … Rutinen bör dokumenteras …"): the thing to be done is that body's.
          (auditorsVoice.test(fold(before.text)) &&
            recommendedTo(before.text, bodies) !== undefined))
      )
        Object.assign(r, { to: [...before.to], addresseeFrom: "previous" });
    }
  // The auditors' asks that name no one go to the one body most of the report's
  // recommendations are to (more than half of those to one body, two at least), as the
  // report's own subject: "Vi rekommenderar att gränsdragningen … dokumenteras" in a report
  // whose asks are mostly the municipal board's.
  const counts = new Map<KnownBody, number>();
  let toOne = 0;
  for (const [i, r] of result.recommendations.entries()) {
    if (unnamedAsks.has(i) || r.to.length !== 1 || r.unknownTo.length > 0) continue;
    const [body] = r.to;
    if (!body) continue;
    counts.set(body, (counts.get(body) ?? 0) + 1);
    toOne++;
  }
  const [most, times = 0] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0] ?? [];
  if (most && times >= 2 && times * 2 > toOne)
    for (const i of unnamedAsks) {
      const r = result.recommendations[i];
      if (r && r.to.length === 0 && r.unknownTo.length === 0)
        Object.assign(r, { to: [most], addresseeFrom: "most" });
    }
  return result;
}
