import { fold } from "./addressees.ts";
import { bidding } from "./extract-response.ts";
import { withoutMarker } from "./recommendation-marker.ts";
import { ordinals, sentences } from "./response-prose.ts";
import { readStanceIn, type StanceReading } from "./stance-words.ts";
import type { Block } from "./text-blocks.ts";

/**
 * A response read by its answers, whatever its layout: where the layout readers of
 * extract-response know no shape of a document, the document is cut into units (sentences,
 * list items, items run into a paragraph) and each stated stance is tied to a recommendation
 * before it. The pairing does not depend on how the recommendations are marked:
 *
 * - a stance that names its recommendations by place ("recommendations (a) and (c)", "den
 *   tredje rekommendationen") answers those;
 * - else the first recommendation after the previous answer, where the document puts each
 *   answer after its recommendation;
 * - else the first recommendation not answered yet, where the document lists them all and
 *   answers them afterwards in the same order.
 *
 * A section needs both a recommendation and an answer to it. Dated promises after an answer
 * are that answer's (extract-response decides what is a promise).
 */

interface AnswerUnit {
  text: string;
  line: number;
  heading?: boolean;
  /** A recommendation: a list's item after a recommending intro, a labelled one, or a sentence. */
  recommendation?: {
    text: string;
    listed: boolean;
    answer?: string;
    status?: boolean;
    /** Quoted whole with the auditors as its maker, its answer in the paragraphs after it. */
    quoted?: true;
  };
  stance?: StanceReading;
  /** The recommendations a stance names by place (1-based), if any. */
  places?: number[];
}

export interface AnswerSegment {
  number: number;
  text: string;
  line: number;
  /** None where the recommendation was told with its status only ("… remained red"). */
  stance?: StanceReading;
  stanceLine: number;
  /** The units after the answer, up to the next answer or recommendation. */
  following: AnswerUnit[];
  /** Read from answers printed before the recommendations they answer (`answersBefore`). */
  answeredBefore?: true;
}

/** Words that introduce the recommendations a list or a run of items holds. */
const recommendingIntro =
  /rekommend|recommend|anbefal|tilråd|tilrår|\b(?:bör|bør|behöver|should|must)\b|\b(?:föreslår|foreslår|suggests?)\b/iu;
/** "Riksrevisionen rekommenderar att myndigheten", "The auditors recommend that the Council". */
const brokenOffIntro =
  /\b(?:rekommenderar|anbefaler|tilrår|recommends?|recommended|föreslår|foreslår)\s+(?:[\p{L}-]+\s+){0,3}?(?:att|at|that)(?:\s+[\p{L}-]+){0,3}\s*$/iu;
/**
 * A sentence that recommends in its own words; the point of the report it cites may stand
 * between the verb and "att" ("Revisionsnämnden rekommenderar i punkt 4.4 att …"); a page
 * summing up the review may retell it in the past or the passive ("I missivet rekommenderade
 * revisorerna nämnden att …", "Vidare rekommenderades att …").
 */
const recommendingSentence =
  /\b(?:bör|bør|behöver|should|ought to)\b|\b(?:rekommenderar|rekommenderade|rekommenderades|anbefaler|anbefalede|anbefaledes|recommends?)\s+(?:(?:\p{L}+|\d{1,2}(?:\.\d{1,2})*)\s+){0,3}?(?:att|at|that)\b/iu;
/**
 * A recommendation under its label: "Recommendation: …", "Rekommendation 2: …", "Proposal for
 * improvement 1: …" (as Audit Wales names its recommendations that are not statutory), its
 * number perhaps a short code ("Proposal for Improvement P2:", "Recommendation R3:").
 */
const recommendationLabel =
  /^(?:(?:[\p{L}-]*revisorernas|[\p{L}-]*revisionens|the auditors?['’]?s?|internal audit)\s+)?(?:rekommendation|recommendation|anbefaling|tilråding|proposal\s+for\s+improvement)(?:\s+\p{Lu}{0,3}\d{1,2}[a-z]?)?\s*[:.]\s*(\S.{8,})$/iu;
/**
 * A recommending sentence's own label, which is not its wording: a short code with its number
 * ("KR1:", "R2 –", "P1", "Rec 3:"), a number with a letter ("1a."), and a label naming the
 * recommendation and its maker ("PAC recommendation:", "Key recommendation 2:", "Revisionens
 * rekommendation:"). Cut only where a sentence starting with a capital follows.
 */
const ownLabelFirst =
  /^(?:\(?\d{1,2}[a-z]?[.)]\s+)?(?:\p{Lu}{1,4}\s?\d{1,2}[a-z]?\s*[:–-]\s+|\p{Lu}{1,3}\d{1,2}\s+)?(?:(?:[\p{L}'’-]+\s+){0,2}?(?:recommendation|rekommendation|anbefaling|tilråding)(?:\s+\d{1,2}[a-z]?)?\s*[:–-]\s+)?(?=\p{Lu})/u;
function withoutOwnLabel(sentence: string): string {
  const label = ownLabelFirst.exec(sentence)?.[0] ?? "";
  const rest = sentence.slice(label.length);
  return label && rest.split(/\s+/u).length >= 4 ? rest : sentence;
}

/**
 * A numbered label inside a sentence, after the report's title or what came before it
 * ("'Springing Forward' - Recommendation 2: Councils should …"): the recommendation follows.
 */
const labelInside =
  /(?<=\s)(?:rekommendation|recommendation|anbefaling|tilråding)\s+\d{1,2}\s*:\s*(\S.{8,})$/iu;
/**
 * "For Fleet Cards, the recommendation that each card should be assigned to a vehicle had been
 * agreed by …", "the second recommendation, that fees should be reviewed, had not been
 * accepted …": a recommendation told inside the sentence that answers it, as a "that" clause
 * before the verb that states the answer. Found in two steps: the clause's start, then the
 * answer's verb after it.
 */
const embeddedStart = /\brecommendations?(?:\s*\([^()]{1,40}\))?,?\s+that\s+/iu;
const embeddedAnswer =
  /(?:,\s+(?:[\p{L}-]+\s+){1,3}?|,?\s+)(?=(?:had|has|have|was|were|is|are)\s+(?:not\s+|now\s+|also\s+)?(?:been\s+)?(?:(?:partially|partly|fully)\s+)?(?:agreed|accepted|rejected|declined|supported|not\s+agreed|not\s+accepted)\b)/iu;
/**
 * "… the recommendation that budgets should be certified remained red", "… was still open": a
 * tracker's status given instead of an answer; it states no stance.
 */
const embeddedStatus =
  /,?\s+(?=(?:remained|remains|was\s+still|is\s+still|stood|stands)\s+(?:at\s+)?(?:red|amber|green|open|outstanding|overdue|in\s+progress|not\s+(?:started|implemented|complete[d]?))\b)/iu;
/** "One recommendation, that references be kept on file, had been made": told, not answered. */
const embeddedMade = /,?\s+(?=(?:had|has|have|was|were)\s+(?:also\s+)?(?:been\s+)?made\b)/iu;
/**
 * What a recommendation asks in its own words: "should", "must", or the subjunctive the
 * minutes retell it in ("that all claims be authorised by a manager", "that stock be counted"):
 * a subject of a few words, then "be" and a participle.
 */
function asksInWords(text: string): boolean {
  return (
    /\b(?:should|must|ought to)\b/iu.test(text) ||
    /^(?:[\p{L}'’-]+\s+){1,6}?be\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|t)\b/iu.test(text)
  );
}
function embeddedRecommendation(
  sentence: string,
): { text: string; answer: string; verb: string; status?: boolean } | undefined {
  const start = embeddedStart.exec(sentence);
  if (!start) return undefined;
  const rest = sentence.slice(start.index + start[0].length);
  const answered = embeddedAnswer.exec(rest);
  const status = answered ? undefined : embeddedStatus.exec(rest);
  const end = answered ?? status ?? embeddedMade.exec(rest);
  if (!end) return undefined;
  const text = rest.slice(0, end.index).trim();
  if (!asksInWords(text) || text.split(/\s+/u).length < 4) return undefined;
  const answer = rest.slice(end.index + end[0].length).trim();
  // The answering verb and what qualifies it, up to its agent or the next clause.
  const verb = answer.split(/[,;:]|\s(?:by|and|as|since|because|but)\s/u)[0] ?? "";
  return { text, answer, verb, ...(status ? { status: true } : {}) };
}

/**
 * A recommendation retold with its maker as the subject ("The Auditor General proposed that the
 * Council should …"): the "that" clause; a sentence that itself says who should act ("The
 * Council should set out …"), whole.
 */
function findingThenAnswer(item: string): boolean {
  const said = sentences(item);
  return (
    said.length >= 2 &&
    said.some((s) => retoldRecommendation(s) !== undefined && !readStanceIn(s)) &&
    said.some(
      (s) =>
        retoldRecommendation(s) === undefined &&
        /^the\s+(?:[\p{L}'’-]+\s+){0,2}?(?:response|answer)\b/iu.test(s),
    )
  );
}

/**
 * "Noted that the report recommended that councils should prepare a plan, and agreed with the
 * management response that …", "Noted that the management response did not accept the
 * recommendation in the report that councils should report …, as …": a decision's item that
 * retells a recommendation as a "that" clause and states its answer before or after it, in
 * one sentence. The clause runs to the next clause that begins with a joining word; the
 * answer is what follows it, else what stands before it, where that states a stance.
 */
const retoldLead =
  /\b(?:(?:recommended|proposed|suggested)\s+that|recommendations?(?:\s+[^\s,;:.]+){0,6}?\s+that)\s+(?=\S)/iu;
const clauseEnd = /,\s+(?=(?:and|as|but|since|because|which|while)\s)|;/iu;
const nextThat = /^(?:and\s+)?that\s+(?=\S)/iu;
function retoldThenAnswered(
  sentence: string,
): { text: string; more?: string[]; answer: string; stance?: StanceReading } | undefined {
  const lead = retoldLead.exec(sentence);
  if (!lead) return undefined;
  const rest = sentence.slice(lead.index + lead[0].length);
  const end = clauseEnd.exec(rest);
  const text = (end ? rest.slice(0, end.index) : rest).trim();
  if (!/\b(?:should|ought to|must)\b/iu.test(text) || text.split(/\s+/u).length < 4)
    return undefined;
  let after = end ? rest.slice(end.index + end[0].length).trim() : "";
  // "recommended that A should …, and that B should …": two "that" clauses, two
  // recommendations; the answer follows the last.
  const more: string[] = [];
  for (let next = nextThat.exec(after); next; next = nextThat.exec(after)) {
    const clause = after.slice(next[0].length);
    const close = clauseEnd.exec(clause);
    const own = (close ? clause.slice(0, close.index) : clause).trim();
    if (!/\b(?:should|ought to|must)\b/iu.test(own) || own.split(/\s+/u).length < 4) break;
    more.push(own.replace(/[.!?]$/u, "").trim());
    after = close ? clause.slice(close.index + close[0].length).trim() : "";
  }
  if (more.length > 0) {
    const stance = after ? readStanceIn(after) : undefined;
    return {
      text,
      more,
      answer: after,
      ...(stance?.stance && stance.stance !== "no-stance" ? { stance } : {}),
    };
  }
  const before = sentence.slice(0, lead.index).trim();
  for (const answer of [after, before]) {
    const stance = answer ? readStanceIn(answer) : undefined;
    if (stance?.stance && stance.stance !== "no-stance") return { text, answer, stance };
  }
  // Answered in no words of stance ("and agreed that the Head of Service would bring a plan"):
  // the recommendation still holds its place among the others.
  return after ? { text, answer: after } : undefined;
}

/**
 * "The auditor had recommended that the Council should …", "The first recommendation, from the
 * review of fees, is that the Council should …", "The second, …, is that …": the "that" clause,
 * if any.
 */
function retoldByMaker(sentence: string): string | undefined {
  if (!/\b(?:should|ought to)\b/iu.test(sentence)) return undefined;
  const lead =
    /\b(?:proposed|recommended|suggested)\s+that\s+(?=\S)/iu.exec(sentence) ??
    recommendationIsThat.exec(sentence);
  return lead ? sentence.slice(lead.index + lead[0].length).trim() : undefined;
}
/**
 * A recommendation retold with the auditors as the subject, as a committee or a ministry retells
 * each before its answer: "Statsrevisorerna föreslår att ministeriet fastställer …",
 * "Revisionen rekommenderar vidare att …", "Rigsrevisionen anbefalede i beretningen, at …", "The
 * auditors also proposed that …": the clause after "att", "at" or "that", whatever its verb's
 * mood; a few words may stand between the verb and it. The item's own label and number may
 * stand before it, with a page's number and heading run in ("Förslag 2 Revisorerna föreslår att
 * …", "Anbefaling 3 Revisjonen anbefaler at …"); the Norwegian past as a follow-up page retells
 * it ("Riksrevisjonen anbefalte videre at departementet …").
 */
const auditorsPropose =
  /^(?:(?:\S+\s+){0,8}?(?:förslag|forslag|rekommendation|anbefaling|proposal|recommendation)\s+\d{1,2}[.:]?\s+)?(?:[\p{L}-]*revisor\p{L}*|[\p{L}-]*revision(?:en|ens)?|[\p{L}-]*revisjon(?:en)?|the\s+(?:[\p{L}-]+\s+)?auditors?|the\s+auditor\s+general)\s+(?:har\s+|have\s+|has\s+|had\s+)?(?:föreslår|föreslog|föreslagit|rekommenderar|rekommenderade|rekommenderat|foreslår|foreslog|foreslått|foreslået|anbefaler|anbefalede|anbefalet|anbefalte|anbefalt|tilrår|tilrådde|proposes?|proposed|recommends?|recommended|suggests?|suggested)\s+(?:[\p{L}-]+,?\s+){0,3}?(?:att|at|that),?\s+(?=\p{L})/iu;
/** The item's label and number before the auditors' retold recommendation (`auditorsPropose`). */
const itemLabelFirst =
  /^(?:\S+\s+){0,8}?(?:förslag|forslag|rekommendation|anbefaling|proposal|recommendation)\s+\d{1,2}[.:]?\s+(?=[\p{L}-]*revis|the\s)/iu;
/**
 * An audit body's finding that says what a unit is to do, quoted whole before the answer to it
 * ("Revisionsnämnden konstaterar att sektorn ska …", "Revisjonen mener at kommunen må …"): a
 * recommendation in all but the word, its lead kept.
 */
const auditorsFindMust =
  /^(?:\p{L}+\s+){0,3}?\p{L}*(?:revision|revisor|revisjon)\p{L}*\s+(?:konstaterar|konstaterer|anser|mener|menar|bedömer|vurderer|understryker|påpekar|påpeker)\s+(?:\p{L}+\s+){0,2}?att?\s+(?:[\p{L}-]+\s+){1,8}?(?:ska|skall|skal|måste|må|bör|bør)(?!\p{L})/iu;
/**
 * A recommendation told in the passive with its addressee, as a page retelling the report puts
 * the later ones after "Revisionen rekommenderar nämnden att …": "Vidare rekommenderas nämnden
 * att …", "Videre anbefales kommunedirektøren å …". Kept whole, its lead with it.
 */
const passiveRecommends =
  /^(?:[\p{L}-]+,?\s+){0,2}?(?:rekommenderas|anbefales|tilrådes)\s+(?:[\p{L}-]+\s+){1,3}?(?:att|at|å)\s+\p{L}/iu;
function retoldByAuditors(sentence: string): string | undefined {
  const lead = auditorsPropose.exec(sentence.trim());
  if (!lead) return undefined;
  const text = sentence.trim().slice(lead[0].length);
  return text.split(/\s+/u).length >= 4 ? text : undefined;
}
/**
 * A sentence whose subject is a recommendation, or its place in a list, and whose complement
 * is the "that" clause: "The first recommendation is that …", "Its main proposal, from the
 * review of X, was that …", "The second, …, is that …".
 */
const recommendationIsThat =
  /^(?:the|its|their|our|a|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:recommendations?|proposals?|first|second|third|fourth|fifth|last|final|other)(?:\s+[\p{L}-]+){0,2}?(?:\s*,[^,;.]{1,120},)?\s+(?:is|was)\s+that\s+(?=\S)/iu;

/**
 * Recommendations quoted whole in a sentence that tells who made them: 'They recommended that
 * "The Council should …"', 'The auditors made two key recommendations: "The Council should …"
 * and "The Council should …"', 'Revisorerna rekommenderade: ”Nämnden bör …”'. Each quotation
 * that is a recommending sentence of its own is one; the words around them are the sentence's
 * other parts, in order (what follows a quotation closed after its stop may be the answer).
 */
function quotedRecommendations(sentence: string): { text: string; quoted: boolean }[] | undefined {
  const parts: { text: string; quoted: boolean }[] = [];
  let at = 0;
  for (const m of sentence.matchAll(/["“”]([^"“”]{20,800})["”]/gu)) {
    const text = (m[1] ?? "").trim();
    if (!quotedBidding.test(text)) continue;
    const index = m.index ?? 0;
    if (parts.length === 0 && !madeBy.test(sentence.slice(0, index))) return undefined;
    const between = sentence.slice(at, index).trim();
    if (between && !/^(?:,|and|och|og|samt|;)?$/iu.test(between))
      parts.push({ text: between, quoted: false });
    parts.push({ text, quoted: true });
    at = index + m[0].length;
  }
  if (parts.length === 0) return undefined;
  const after = sentence.slice(at).trim();
  if (after && !/^[.,;:]?$/u.test(after))
    parts.push({ text: after.replace(/^[.,;:]\s*/u, ""), quoted: false });
  return parts;
}
/**
 * A recommendation named in passing by its own infinitive clause, in the sentence that answers
 * it, as a follow-up page or a minute retells the answers: "Vad gäller rekommendationen till
 * regeringen att ge en myndighet i uppdrag att … hade regeringen …", "Regeringen delade endast
 * delvis rekommendationen att inrätta ett …", "Anbefalingen om å innføre … vil kommunen …". The
 * clause runs to a stop, a comma or a colon, or to the verb the body answers with, standing
 * before its subject ("… avsåg regeringen", "… har nämnden"); the rest is the answer.
 */
const infinitiveLead =
  /(?<!\p{L})(?:rekommendation|anbefaling|anbefalingen|rekommendationen)(?:\s+(?:till|til)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?\s+(?:om\s+)?(?:att|å)\s+(?=\p{Ll})/iu;
const answeringBody =
  /\s(?=\p{L}+\s+(?:regeringen|departementet|[\p{L}-]*(?:nämnden|styrelsen|kommunen|regionen|förvaltningen|kontoret|verket|myndigheten|ledningen|direktøren|rådmannen|utvalget|styret|nemnda))(?!\p{L}))|\s*[.,;:!?](?:\s|$)/iu;
function retoldInfinitive(
  sentence: string,
): { text: string; answer: string; stance?: StanceReading; inPassing: true } | undefined {
  const lead = infinitiveLead.exec(sentence);
  if (!lead) return undefined;
  const rest = sentence.slice(lead.index + lead[0].length);
  const end = answeringBody.exec(rest);
  const text = (end ? rest.slice(0, end.index) : rest).trim();
  if (text.split(/\s+/u).length < 3) return undefined;
  // The noun stays in the answer ("delade endast delvis rekommendationen"): a stance may take it.
  const noun = /^\p{L}+/u.exec(lead[0])?.[0] ?? "";
  const answer = `${sentence.slice(0, lead.index)}${noun} ${end ? rest.slice(end.index) : ""}`
    .replace(/\s+/gu, " ")
    .trim();
  const stance = readStanceIn(sentence);
  return { text, answer, inPassing: true, ...(stance?.stance ? { stance } : {}) };
}

/**
 * A quoted recommendation's opening: its subject, a few words, then the modal ("The Council
 * should", "Nämnden bör", "Kommunen bør", "The Department of Health ought to").
 */
const quotedBidding =
  /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,6}?\s+(?:should|ought to|bör|bør|behöver|må|skal)(?!\p{L})/u;
/**
 * A recommendation with its number after it in brackets, and a status word after that:
 * "… at least annually. (Recommendation 1) Open", "… (Rekommendation 2) Pågående".
 */
const numberedAfter =
  /^(\p{Lu}.{19,}?[.!?])\s*\((?:recommendation|rec\.|rekommendation|anbefaling)\s+\d{1,3}\)(?:\s+\p{L}[\p{L} -]{0,30})?$/iu;
/** The words before a quotation that say it is a recommendation. */
const madeBy =
  /(?<!\p{L})(?:recommend\p{L}*|rekommend\p{L}*|anbefal\p{L}*|propos\p{L}*|föreslog|föreslår|foreslo\p{L}*|foreslår|uppman\p{L}*)(?!\p{L})/iu;

function retoldRecommendation(sentence: string): string | undefined {
  const retold = retoldByMaker(sentence);
  if (retold) return retold;
  if (!/\b(?:should|ought to)\b/iu.test(sentence)) return undefined;
  return /^(?:the|a|each|every|all)\s+(?:[\p{L}-]+\s+){0,3}?(?:should|ought to)\s/iu.test(sentence)
    ? sentence.trim()
    : undefined;
}

/**
 * A quotation in a news text ("– Vi har …, säger X."), the auditors speaking, or a member's
 * question in minutes ("It was asked whether the Council had accepted the recommendation",
 * "Councillor X asked if …", "… ?"): no answer.
 */
const notTheBodysAnswer =
  /^[–—-]\s|,\s*(?:säger|sier|siger|says|said)\s|^(?:[\p{L}-]*revisor\p{L}*|[\p{L}-]*revisionens?|[\p{L}-]*revisjonens?|the auditors?|internal audit)\s|\?\s*$/iu;
/**
 * What of a unit may answer: all of it, none of a question, and of a question answered in the
 * same sentence ("X asked whether …, and the Head of Y confirmed that …") what follows the
 * answering verb.
 */
function answeringPart(text: string): string {
  const asked = askedNotAnswered.exec(text);
  if (!asked) return text;
  const rest = text.slice(asked.index + asked[0].length);
  const answer =
    /\b(?:confirmed|advised|responded|replied|explained|said|stated|informed|answered|indicated)\b/iu.exec(
      rest,
    );
  return answer ? rest.slice(answer.index) : "";
}

/**
 * A decision on the response as a whole ("That … the Council's Cabinet response be agreed",
 * "the management responses were endorsed"): the committee's, no answer to one recommendation.
 */
const responseAgreed =
  /\b(?:responses?|reply|replies)\s+(?:be|was|were|is|are|had\s+been|has\s+been)\s+(?:agreed|noted|endorsed|approved|accepted)\b/iu;
const askedNotAnswered =
  /^(?:[\p{L}.'’-]+,?\s+){0,8}?(?:asked|queried|enquired|inquired|questioned)\s+(?:[\p{L}.'’()-]+\s+){0,4}?(?:whether|if|how|why|what|when)\s/iu;
/**
 * Letters that name a recommendation: "(a)", "(b)", or "a)" as the report lettered it
 * ("Angående a)").
 */
const letterPlace = /(?:\(|(?<![\p{L}\d]))([a-h])\)/gu;
/**
 * An ordinal, or a number after the word, naming one recommendation; not a chapter's number
 * ("i punkt 5.2", "point 3.1"), which cites the report, not a place in the list.
 */
const namedPlace = new RegExp(
  `\\b(?:(${Object.keys(ordinals).join("|")})\\s+(?:rekommendation\\p{L}*|recommendation|anbefaling\\p{L}*|punkt\\p{L}*|point|proposal)|(?:rekommendation\\p{L}*|recommendations?|anbefaling\\p{L}*|punkt(?:en)?|point)\\s+(?:nr\\.?\\s*)?(\\d{1,2})((?:\\s*,\\s*\\d{1,2}(?![\\d.,]\\d))*\\s+(?:och|and|og|samt|&)\\s+\\d{1,2})?)\\b(?![.,]\\d)`,
  "giu",
);

/** Words that point back to what was just answered. */
const saidOfTheLast =
  /(?<!\p{L})(?:därför|därmed|derfor|dermed|therefore|(?:den|denna|denne|this|that)\s+(?:rekommendation(?:en)?|anbefaling(?:en)?|recommendation))(?!\p{L})/iu;

/** An answer to two recommendations at once, by no place. */
const bothOfThem =
  /\b(?:båda|bägge|begge|both)\s+(?:(?:de|the|to)\s+)?(?:rekommendation\p{L}*|recommendations|proposals|anbefaling\p{L}*)/iu;

/**
 * An answer that opens by naming its subject: "On stock, …", "As regards opening hours, the
 * Chief Officer advised …", "När det gäller uppföljningen …", "Når det gjelder gebyr, …". The
 * subject's words, up to the comma or a few words on.
 */
const subjectFirst =
  /^(?:on|as regards|as to|regarding|with regard to|in relation to|turning to|när det gäller|vad gäller|angående|beträffande|rörande|når det gjelder|hva angår|hvad angår|med hensyn til)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)(?=,|\s+(?:the|a|an|så|har|är|er|var|ser)\b)/iu;

const stem = (word: string) => fold(word).slice(0, 5);
const contentWords = (text: string) => new Set((text.match(/\p{L}{5,}/gu) ?? []).map(stem));

/**
 * The recommendation an answer's subject names by its words ("On stock," of "workshop parts
 * stock should be counted …"): the one that shares more of the subject's words than any
 * other, none where two share as many.
 */
function subjectNamed(text: string, recommendations: readonly AnswerUnit[]): number | undefined {
  const subject = subjectFirst.exec(text.trim())?.[1];
  if (!subject) return undefined;
  const words = contentWords(subject);
  const shared = recommendations.map((r) => {
    const own = contentWords(r.recommendation?.text ?? r.text);
    return [...words].filter((w) => own.has(w)).length;
  });
  const most = Math.max(0, ...shared);
  if (most === 0 || shared.filter((n) => n === most).length > 1) return undefined;
  return shared.indexOf(most) + 1;
}

/** The recommendation a subject heading names: two words or more shared, with it alone. */
function headingNamed(text: string, recommendations: readonly AnswerUnit[]): number | undefined {
  const shares = recommendations.map((r) => sharedWords(text, r));
  const most = Math.max(0, ...shares);
  if (most < 2 || shares.filter((n) => n === most).length > 1) return undefined;
  return shares.indexOf(most) + 1;
}

/** How many of a recommendation's words a text shares, by their first letters. */
function sharedWords(text: string, recommendation: AnswerUnit): number {
  const own = contentWords(recommendation.recommendation?.text ?? recommendation.text);
  return [...contentWords(text)].filter((w) => own.has(w)).length;
}

const firstFewNamed = /\bthe\s+first\s+(two|three|four)\s+(?:recommendations|proposals|points)\b/iu;

/** The places of the recommendations a sentence names, in the order it names them. */
export function placesIn(sentence: string): number[] {
  const places = [...sentence.matchAll(letterPlace)].map(
    (m) => (m[1] ?? "a").toLowerCase().charCodeAt(0) - 96,
  );
  // "recommendations (i) and (ii)": Roman numerals after the word.
  if (namedByRoman.test(sentence))
    for (const m of sentence.matchAll(/\((i{1,3}|iv|vi{0,3}|ix|x)\)/gu))
      places.push(romans.indexOf(m[1] ?? "") + 1);
  // "accepted the first two proposals", "the first three recommendations": from the first on.
  const firstFew = firstFewNamed.exec(sentence)?.[1]?.toLowerCase();
  const few = firstFew ? ["two", "three", "four"].indexOf(firstFew) + 2 : 0;
  for (let place = 1; place <= few; place++) places.push(place);
  for (const m of sentence.matchAll(namedPlace)) {
    const place = m[2] ? Number(m[2]) : (ordinals[(m[1] ?? "").toLowerCase()] ?? 0);
    if (place > 0) places.push(place);
    // "i rekommendation 1 och 2", "recommendations 2, 3 and 5": the others named with it.
    for (const more of (m[3] ?? "").match(/\d{1,2}/gu) ?? []) places.push(Number(more));
  }
  return [...new Set(places)];
}

/** An item's closing "and", "och", comma or semicolon belongs to the list. */
const itemText = (text: string) =>
  text
    .trim()
    .replace(/[,;]\s*(?:(?:och|samt|and|og)\s*)?$/iu, "")
    .replace(/^(?:(?:och|samt|and|og)\s+)/iu, "")
    .trim();

/**
 * Items run into a paragraph after an intro: "Revisjonen anbefalte at kommunen – sikrer … –
 * utarbeider …", "… att nämnden: o reviderar … o kontrollerar …", "The audit made four recommendations: (a) that …; (b) that …; and (d) that
 * …". The intro, the items, and what runs on after the last item (from its first full stop, or
 * from a capital after a lower-case word where no stop closes it).
 */
export function inlineItems(
  text: string,
): { intro: string; items: string[]; after: string } | undefined {
  const dashes = text.split(/\s+[–—]\s+(?=\p{Ll})/u);
  // A word processor's hollow bullet flattened to a letter: "att nämnden: o reviderar … o
  // kontrollerar …".
  const hollow = text.split(/\s+o\s+(?=\p{Ll})/u);
  // "(a) that …; (b) that …", "a) att …, b) att …": each letter, in brackets or after a space,
  // as long as the letters run on in order; a letter that starts again ("… c) att …. Angående
  // a) …") begins what answers the list, not one more item.
  const lettered = lettersInOrder(text);
  // Letters right after the word name recommendations ("recommendations (a) and (b) were
  // accepted … Recommendation (c) was not"): an answer by letter, no list.
  const letters = namedByLetter.test(text) ? [] : lettered.list.split(letterMarker);
  // "(i) that …; (ii) that …; and (iii) that …": Roman numerals the same way.
  const numeralled = lettersInOrder(text, romanMarker);
  const numerals = namedByRoman.test(text) ? [] : numeralled.list.split(romanMarker);
  // "att 1) dokumentera …, 2) göra …": numbers the same way, from 1 and in order.
  const counted = lettersInOrder(text, numberMarker);
  const numbers = counted.list.split(numberMarker).filter((_, i) => i % 2 === 0);
  // "… made three recommendations: that the Council should …; that …; and that …": clauses
  // after a colon, each opening with "that" ("att", "at"), parted by semicolons.
  const clauses = text.split(thatClause);
  const parts = [dashes, hollow, letters, numerals, numbers, clauses].find(
    (split) => split.length >= 3,
  );
  if (!parts) return undefined;
  const rest =
    parts === letters
      ? lettered.rest
      : parts === numerals
        ? numeralled.rest
        : parts === numbers
          ? counted.rest
          : "";
  const [intro = "", ...items] = parts;
  // An answer naming them by letter ("accepted recommendations (a) and (c)") lists none.
  const introducing = sentences(intro).at(-1) ?? "";
  if (readStanceIn(introducing)) return undefined;
  // Clauses that each say who should act ("that the Council should …") recommend in their own
  // words, whatever the intro calls them ("Three proposals for improvement had been made: …").
  const asking = parts === clauses && items.every((item) => asksInWords(ownClause(item)));
  if (!recommendingIntro.test(introducing) && !asking) return undefined;
  const last = items.pop() ?? "";
  // Clauses that each open with "that" name their subject in capitals ("that the Council
  // should …"): only a full stop ends the last.
  const stop = (
    parts === clauses || parts === numerals
      ? /[.!?](?=\s+\p{Lu})/u
      : /[.!?](?=\s+\p{Lu})|\s(?=\p{Lu}\p{Ll}+s?\s+\p{Ll})/u
  ).exec(last);
  const lastItem = stop ? last.slice(0, stop.index) : last;
  const after = `${stop ? last.slice(stop.index + 1).trim() : ""} ${rest}`.trim();
  const own = (item: string) =>
    parts === clauses || parts === numerals ? item.replace(/^(?:that|att|at)\s+/iu, "") : item;
  return { intro, items: [...items, lastItem].map(itemText).map(own).filter(Boolean), after };
}

/** A clause without its opening "that" and the "and" or stop that closes it in a list. */
const ownClause = (item: string) =>
  itemText(item.replace(/[.!?].*$/su, "")).replace(/^(?:that|att|at)\s+/iu, "");

/** Where a clause opening with "that" begins after a colon or a semicolon. */
const thatClause = /[:;]\s*(?:(?:and|och|og|samt)\s+)?(?=(?:that|att|at)\s)/iu;

const namedByLetter =
  /\b(?:rekommendation\p{L}*|recommendations?|anbefaling\p{L}*|tilråding\p{L}*)\s+(?:\([a-h]\)|[a-h]\))/iu;
/** "1) …", the number's own group kept out of the split's parts by position. */
const numberMarker = /\s*[;,]?\s*(?:(?:and|och|og|samt)\s+)?(?<![\p{L}\d(])(\d{1,2})\)\s+/u;
const letterMarker = /\s*[;,]?\s*(?:(?:and|och|og)\s+)?(?:\([a-h]\)|(?<![\p{L}\d])[a-h]\))\s+/u;

/** The text up to the first letter out of order ("a) … b) … a)"), and the rest from there. */
function lettersInOrder(text: string, marker = letterMarker): { list: string; rest: string } {
  const first = marker === letterMarker ? "a" : marker === romanMarker ? "i" : "1";
  let expected = first;
  for (const m of text.matchAll(new RegExp(marker.source, "gu"))) {
    const letter =
      marker === romanMarker
        ? (/\(([ivx]{1,4})\)/u.exec(m[0])?.[1] ?? "")
        : (/([a-h]|\d{1,2})\)/u.exec(m[0])?.[1] ?? "");
    if (letter !== expected && expected !== first) {
      const at = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      return { list: text.slice(0, at).trimEnd(), rest: text.slice(at).trim() };
    }
    if (letter === expected)
      expected =
        marker === letterMarker
          ? String.fromCharCode(expected.charCodeAt(0) + 1)
          : marker === romanMarker
            ? (romans[romans.indexOf(expected) + 1] ?? "")
            : String(Number(expected) + 1);
  }
  return { list: text, rest: "" };
}

/** "(i) that …; (ii) that …": items numbered in small Roman numerals, in brackets. */
const romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
const romanMarker = /\s*[;,]?\s*(?:(?:and|och|og)\s+)?\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s+/u;
/** Numerals right after the word name recommendations: "recommendations (i) and (ii)". */
const namedByRoman =
  /\b(?:rekommendation\p{L}*|recommendations?|proposals?)\s+\((?:i{1,3}|iv|vi{0,3}|ix|x)\)/iu;

/**
 * How far an answer's promises reach: its own paragraph and the two after it, up to a heading.
 * Further on, a document's own business begins (the decision, members' questions, the next
 * item), whose dates are no answer's.
 */
const answerReach = 3;
function reaches(following: readonly AnswerUnit[], unit: AnswerUnit): boolean {
  const lines = new Set([...following.map((u) => u.line), unit.line]);
  return !unit.heading && lines.size <= answerReach;
}

/** "Responsible officer:", "Ansvarig:", "Action owner:": who answers for an answer's step. */
const ownerLabel =
  /^(?:(?:responsible|accountable|lead)(?:\s+(?:officer|person|party|manager))?|responsibility|action\s+owner|owner|ansvarig(?:a)?(?:\s+[\p{L}-]+)?|ansvarlig(?:e)?|ansvar)\s*:\s*\S/iu;

/**
 * "Target implementation date: March 2029", "Revised completion date: …", "Klart senast: …",
 * "Tidplan: …": when an answer's step is due, under its label on a line of its own.
 */
const dueLabel =
  /^(?:(?:revised|agreed|current|new)\s+)?(?:(?:target(?:ed)?|expected|planned)(?:\s+(?:completion|implementation))?\s+date|implementation\s+date|completion\s+date|due\s+date|klart\s+senast|klart|klar|ny\s+tidplan|tidplan|tidsplan|tidpunkt)\s*:\s*\S/iu;

/**
 * "… novks12b Upprätta en samlad förteckning över fordonen Ekonomikontoret delar …": a
 * recommendation in the imperative whose italics were lost, run into the comment after it
 * without a stop. It starts at a capitalised bidding verb and ends before the first capitalised
 * word after a word in small letters that no name follows; the comment is the rest.
 */
const capitalisedWord = /(?<![\p{L}\d])\p{Lu}\p{Ll}+/gu;
const runInEnd = /(?<=\p{Ll}{2})\s+(?=\p{Lu}\p{Ll})/gu;
const nameMayFollow =
  /^(?:att|och|som|till|för|av|med|hos|i|på|från|om|mot|under|inom|samt|eller|vid|enligt|mellan|genom|at|og|til|for|af|fra|the|to|of|and|by|in|with|from)$/iu;
function runInRecommendation(
  sentence: string,
): { before: string; text: string; after: string } | undefined {
  let start: number | undefined;
  for (const m of sentence.matchAll(capitalisedWord))
    if (bidding.test(`${fold(sentence.slice(m.index, m.index + 40))} `)) {
      start = m.index;
      break;
    }
  if (start === undefined) return undefined;
  runInEnd.lastIndex = start;
  for (let m = runInEnd.exec(sentence); m; m = runInEnd.exec(sentence)) {
    const text = sentence.slice(start, m.index).trim();
    if (nameMayFollow.test(text.slice(text.lastIndexOf(" ") + 1))) continue;
    if (text.split(/\s+/u).length < 4) return undefined;
    return { before: sentence.slice(0, start).trim(), text, after: sentence.slice(m.index).trim() };
  }
  return undefined;
}

/**
 * The run-in recommendations of a document's paragraphs, by sentence, kept only where two or
 * more are answered at once in their own sentence: then the layout is the document's, and the
 * others (answered in a later sentence) are taken too.
 */
function runInRecommendations(
  blocks: readonly Block[],
): Map<string, ReturnType<typeof runInRecommendation>> {
  const found = new Map<string, ReturnType<typeof runInRecommendation>>();
  let answeredAtOnce = 0;
  for (const b of blocks) {
    if (b.kind !== "paragraph") continue;
    for (const s of sentences(b.text.replace(/\n/g, " "))) {
      const run = runInRecommendation(s);
      if (!run || readStanceIn(run.text) || recommendingSentence.test(run.text)) continue;
      found.set(s, run);
      const stance = readStanceIn(run.after);
      if (stance?.stance && stance.stance !== "no-stance") answeredAtOnce++;
    }
  }
  return answeredAtOnce >= 2 ? found : new Map();
}

/** The document as units in reading order, recommendations marked. */
function answerUnits(blocks: readonly Block[]): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  // Whether the items or paragraphs that follow are the recommendations an intro announced.
  let listing = false;
  let underHeading = false;
  const push = (text: string, line: number, recommendation?: AnswerUnit["recommendation"]) => {
    const unit: AnswerUnit = { text, line };
    if (recommendation) unit.recommendation = recommendation;
    units.push(unit);
  };
  // The recommendation, then its answer, whose stance is the verb's ("had been agreed in part").
  const pushAnswered = (
    retold: {
      text: string;
      more?: string[];
      answer: string;
      stance?: StanceReading;
      inPassing?: boolean;
    },
    line: number,
  ) => {
    // Named in passing, the rest of its sentence is its answer wherever no reader ties another.
    push(retold.text, line, {
      text: retold.text,
      listed: true,
      ...(retold.answer && retold.inPassing ? { answer: retold.answer } : {}),
    });
    for (const text of retold.more ?? []) push(text, line, { text, listed: true });
    if (!retold.answer) return;
    units.push({ text: retold.answer, line, ...(retold.stance ? { stance: retold.stance } : {}) });
  };
  const pushEmbedded = (
    embedded: { text: string; answer: string; verb: string; status?: boolean },
    line: number,
  ) => {
    push(embedded.text, line, {
      text: embedded.text,
      listed: true,
      ...(embedded.status ? { status: true } : {}),
    });
    // Told as made ("… had been made"), it is answered in a sentence of its own.
    if (/^(?:had|has|have|was|were)\s+(?:also\s+)?(?:been\s+)?made\b/iu.test(embedded.answer))
      return;
    const unit: AnswerUnit = { text: embedded.answer, line };
    const stance = readStanceIn(`The recommendation ${embedded.verb}.`);
    if (stance?.stance && stance.stance !== "no-stance") unit.stance = stance;
    units.push(unit);
  };
  const runIn = runInRecommendations(blocks);
  for (const b of blocks) {
    if (b.kind === "row") {
      listing = false;
      continue;
    }
    if (b.kind === "heading") {
      // A title naming them ("Revisorernas rekommendationer"), not a label ("Decision status:
      // Recommendations Approved").
      // A title on their progress ("Update on Internal Audit Recommendations") lists none, nor
      // does a link to an attachment ("Appendix A - Recommendations, pdf").
      underHeading =
        /rekommendationer|recommendations|anbefalinger|tilrådingar/iu.test(b.text) &&
        !/\b(?:progress|update|implementation|tracker|tracking|follow[- ]up|status|appendix|annex|pdf)\b/iu.test(
          b.text,
        ) &&
        b.text.length < 80 &&
        !b.text.includes(":");
      listing = underHeading;
      // "Responsible officer: Head of Finance" or "Target implementation date: March 2029" on a
      // line of its own is the answer's label, no heading: it belongs to the answer above it.
      if (!underHeading)
        units.push({
          text: b.text,
          line: b.line,
          ...(ownerLabel.test(b.text) || dueLabel.test(b.text) ? {} : { heading: true }),
        });
      continue;
    }
    const lines = b.text.split("\n");
    if (b.kind === "item") {
      const [first = "", ...rest] = lines;
      const labelled = recommendationLabel.exec(first.trim());
      // An item that runs a list of its own into its text ("The Chair referred to the review,
      // which made three recommendations: that …; that …; and that …").
      const inline = labelled ? undefined : inlineItems(first);
      const embedded = labelled || inline ? undefined : embeddedRecommendation(first);
      const answered =
        labelled || inline || embedded || sentences(first).length > 1
          ? undefined
          : retoldThenAnswered(first);
      if (labelled?.[1])
        push(first, b.line, { text: withoutMarker(itemText(labelled[1])), listed: true });
      else if (embedded) pushEmbedded(embedded, b.line);
      else if (answered) pushAnswered(answered, b.line);
      else if (inline) {
        for (const s of sentences(inline.intro)) push(s, b.line);
        for (const item of inline.items) push(item, b.line, { text: item, listed: true });
        for (const s of sentences(inline.after)) push(s, b.line);
      } else if (listing && !findingThenAnswer(first)) {
        // The last item of a list flattened into a paragraph may run on into the answers, from
        // a label ("… bør seljast Vurdering: Til punkt 1: Rådmannen er samd …", "… Svar: …"):
        // the item ends there where what follows states a stance or names a recommendation.
        const label = /\s(?=\p{Lu}\p{Ll}+:\s+\p{Lu})/u.exec(first);
        const runOn = label ? first.slice(label.index + 1) : "";
        if (label && (readStanceIn(runOn) || placesIn(runOn).length > 0)) {
          const item = first.slice(0, label.index);
          push(item, b.line, { text: itemText(item), listed: true });
          for (const s of sentences(runOn)) push(s, b.line);
          listing = false;
        } else push(first, b.line, { text: itemText(first), listed: true });
      }
      // A list of what the auditors recommend under no intro ("Fakta: Revisionens
      // rekommendationer", then "- Nämnden bör …"): an item that recommends, no stance in it.
      else if (
        recommendingSentence.test(first) &&
        !readStanceIn(first) &&
        !findingThenAnswer(first)
      )
        push(first, b.line, { text: itemText(first), listed: true });
      // An item that tells a finding, the recommendation on it and the answer, sentence by
      // sentence ("Reporting was unclear. The Auditor General proposed that the Council should
      // … . The response accepted this …"): the recommending sentence is the recommendation.
      else if (findingThenAnswer(first))
        for (const s of sentences(first)) {
          const retold = retoldRecommendation(s);
          if (retold && !readStanceIn(s)) push(s, b.line, { text: retold, listed: true });
          else push(s, b.line);
        }
      // A numbered paragraph that retells the auditors' recommendation, then the answer ("2.
      // Rigsrevisionen anbefalede, at … . Ministeren oplyser, at …"): the clause is the one.
      else
        for (const s of sentences(first)) {
          const retold = retoldByAuditors(s);
          if (retold && !readStanceIn(s)) push(s, b.line, { text: retold, listed: true });
          else push(s, b.line);
        }
      for (const s of sentences(rest.join(" "))) push(s, b.line);
      continue;
    }
    const inline = inlineItems(b.text);
    if (inline) {
      for (const s of sentences(inline.intro)) push(s, b.line);
      for (const item of inline.items) push(item, b.line, { text: item, listed: true });
      for (const s of sentences(inline.after)) push(s, b.line);
      listing = false;
      continue;
    }
    const said = sentences(b.text.replace(/\n/g, " "));
    // Under a heading that names the recommendations, each short paragraph is one; one that
    // ends in a colon introduces them ("Riksrevisionen lämnar följande rekommendationer:").
    if (underHeading && /:\s*$/u.test(b.text)) {
      for (const s of said) push(s, b.line);
      listing = true;
      continue;
    }
    if (
      underHeading &&
      said.length <= 2 &&
      b.text.split(/\s+/).length >= 3 &&
      !readStanceIn(b.text)
    ) {
      push(b.text, b.line, { text: itemText(b.text), listed: true });
      continue;
    }
    underHeading = false;
    for (const s of said) {
      const quoted = quotedRecommendations(s);
      if (quoted) {
        for (const part of quoted)
          if (part.quoted) push(part.text, b.line, { text: part.text, listed: true });
          else for (const t of sentences(part.text)) push(t, b.line);
        continue;
      }
      // "The Administrator should … . (Recommendation 3) Open": a recommendations database's
      // entry, the recommendation's number and its status after it.
      const entry = numberedAfter.exec(s);
      if (entry?.[1] && recommendingSentence.test(entry[1]) && !readStanceIn(entry[1])) {
        push(s, b.line, { text: entry[1].trim(), listed: true });
        continue;
      }
      const run = runIn.get(s);
      if (run) {
        if (run.before) push(run.before, b.line);
        push(run.text, b.line, { text: run.text, listed: true });
        push(run.after, b.line);
        continue;
      }
      const labelled = recommendationLabel.exec(s) ?? labelInside.exec(s);
      const embedded = labelled ? undefined : embeddedRecommendation(s);
      const retold = labelled || embedded ? undefined : (retoldByMaker(s) ?? retoldByAuditors(s));
      const answered =
        labelled || embedded ? undefined : (retoldThenAnswered(s) ?? retoldInfinitive(s));
      if (labelled?.[1]) push(s, b.line, { text: withoutMarker(labelled[1]), listed: true });
      else if (embedded) pushEmbedded(embedded, b.line);
      else if (answered) pushAnswered(answered, b.line);
      // "The external auditor had recommended that the Council should …": the recommendation
      // retold with its maker, in minutes; the "that" clause is it.
      else if (retold && !readStanceIn(s))
        push(s, b.line, {
          text: retold,
          listed: true,
          ...(retoldByAuditors(s) === retold ? { quoted: true as const } : {}),
        });
      else if ((auditorsFindMust.test(s) || passiveRecommends.test(s)) && !readStanceIn(s))
        push(s, b.line, { text: s.trim(), listed: true, quoted: true });
      else if (recommendingSentence.test(s) && !readStanceIn(s))
        push(s, b.line, { text: withoutOwnLabel(s), listed: false });
      else push(s, b.line);
    }
    // A paragraph ending in a colon, or an intro naming recommendations, announces a list; so
    // does one that breaks off after "rekommenderar att myndigheten", the items completing it.
    listing =
      (/:\s*$/u.test(b.text) && recommendingIntro.test(b.text)) || brokenOffIntro.test(b.text);
  }
  const read = units.flatMap(answersByPlace);
  for (const unit of read) {
    if (
      unit.recommendation ||
      unit.stance ||
      notTheBodysAnswer.test(unit.text) ||
      responseAgreed.test(unit.text)
    )
      continue;
    // A unit that names recommendations by place ("Angående c)") without a stance still says
    // which recommendation the answer after it is to; so does a member's question.
    const places = placesIn(unit.text);
    if (places.length > 0) unit.places = places;
    const answering = answeringPart(unit.text);
    const stance = answering ? readStanceIn(answering) : undefined;
    if (!stance || stance.stance === "no-stance") continue;
    unit.stance = stance;
  }
  return read;
}

/**
 * One sentence answering recommendations by place in clauses of their own ("recommendations (i)
 * and (ii) had been accepted, …, and that recommendation (iii) had not been accepted"): a unit
 * for each clause, so that each states its own stance for the places it names.
 */
const placeClause =
  /(?:,\s+(?:and|while|but|whereas)\s+|;\s+(?:and\s+)?)(?=(?:that\s+)?(?:the\s+)?(?:rekommendation\p{L}*|recommendations?|proposals?)\b)/iu;
function answersByPlace(unit: AnswerUnit): AnswerUnit[] {
  if (unit.recommendation || unit.heading) return [unit];
  const parts = unit.text.split(placeClause);
  if (parts.length < 2 || parts.some((p) => placesIn(p).length === 0 || !readStanceIn(p)))
    return [unit];
  return parts.map((text) => ({ text, line: unit.line }));
}

/**
 * For each unit, whether the next unit after it that is a recommendation or states a stance is
 * a recommendation: an answer so followed stands between two recommendations, each answered in
 * turn, not in a run of answers to a list before them. Found in one pass from the end.
 */
function answeredInTurn(
  units: readonly AnswerUnit[],
  recommendations: readonly AnswerUnit[],
): boolean[] {
  const isRecommendation = new Set(recommendations);
  const out: boolean[] = new Array(units.length).fill(false);
  let next: boolean | undefined;
  for (let k = units.length - 1; k >= 0; k--) {
    out[k] = next === true;
    const unit = units[k] as AnswerUnit;
    if (isRecommendation.has(unit)) next = true;
    else if (unit.stance) next = false;
  }
  return out;
}

/** A recommendation's short code of its own at its start: "P1 …", "R2: …", "KR3 – …". */
const shortCode = /^(\p{Lu}{1,3}\d{1,2})(?=[\s:.–-])/u;

/**
 * The recommendations a response lists, in order, whether or not any answer follows them: the
 * items under a recommending intro and the labelled ones, or where it lists none, the
 * recommending sentences that open with a code of their own ("P1 The Council should …").
 */
export function listedRecommendations(
  blocks: readonly Block[],
): { text: string; line: number; code?: string; answer?: string }[] {
  const units = answerUnits(blocks);
  const listed = units.filter((u) => u.recommendation?.listed);
  const chosen =
    listed.length > 0
      ? listed
      : units.filter((u) => u.recommendation && shortCode.test(u.text.trim()));
  return chosen.map((u) => {
    const code = shortCode.exec(u.text.trim())?.[1];
    const answer = u.recommendation?.answer;
    return {
      text: u.recommendation?.text ?? u.text,
      line: u.line,
      ...(code ? { code } : {}),
      ...(answer ? { answer } : {}),
    };
  });
}

/**
 * For each unit, the place of the last unit before it that reads as a subject heading: marked
 * as a heading, or a few words and no closing stop that recommend nothing; -1 where none does.
 */
function lastHeadingBefore(units: readonly AnswerUnit[]): number[] {
  const found: number[] = [];
  let last = -1;
  for (const [i, u] of units.entries()) {
    found.push(last);
    const text = u.text.trim();
    if (
      u.heading ||
      (!u.recommendation && !/[.!?:;]$/u.test(text) && text.split(/\s+/u).length <= 8)
    )
      last = i;
  }
  return found;
}

/** A record's comment under its label: "Comments: …", "Agency response: …". */
const commentLabel =
  /^\s*(?:(?:agency|management|department|entity|auditee|council)(?:['’]s)?\s+)?(?:comments?|responses?)\s*:\s*\S/iu;

/**
 * Answers printed before the recommendations they answer (a database page copied with its
 * cells out of order, each comment above its "Recommendation:", a commentary that puts the
 * auditors' words after each answer): the first stance stands before the first recommendation,
 * none after the last, and no stretch between two recommendations holds two answers. Then each
 * stance answers the recommendation after it, and what stands between the two follows the
 * answer; a recommendation with no stance before it but words that may promise something (a
 * date, "kommer att …") opens a section with no stance. Undefined where the document is not so.
 */
function answersBefore(
  units: readonly AnswerUnit[],
  numberOf: ReadonlyMap<AnswerUnit, number>,
): AnswerSegment[] | undefined {
  const gaps: { units: AnswerUnit[]; stance?: AnswerUnit; recommendation?: AnswerUnit }[] = [
    { units: [] },
  ];
  // The comment under its label just before the first recommendation, when it states no stance
  // ("Comments: The agency indicated that it planned to issue the guidance by …"): the first
  // record's answer, read with the recommendation after it as the others are.
  let firstComment: AnswerUnit[] = [];
  for (const unit of units) {
    const gap = gaps.at(-1) as (typeof gaps)[number];
    if (gaps.length === 1 && !gap.stance && !numberOf.has(unit))
      firstComment = commentLabel.test(unit.text)
        ? [unit]
        : firstComment.length > 0 && (firstComment[0] as AnswerUnit).line === unit.line
          ? [...firstComment, unit]
          : [];
    if (numberOf.has(unit)) {
      if (gaps.length === 1 && !gap.stance) gap.units = firstComment;
      gap.recommendation = unit;
      gaps.push({ units: [] });
      continue;
    }
    if (unit.places) return undefined;
    // What stands before a record's labelled comment (the report's number and date, "Agency:",
    // "Status:") is no part of the answer.
    if (!gap.stance && gaps.length > 1 && commentLabel.test(unit.text)) gap.units = [];
    if (unit.stance) {
      if (gap.stance) return undefined;
      gap.stance = unit;
    }
    if (gap.stance) gap.units.push(unit);
    else if (gaps.length > 1) gap.units.push(unit);
  }
  const told = gaps.filter((g) => g.recommendation);
  const answered = told.filter((g) => g.stance);
  if (
    !(told[0]?.stance || (told[0]?.units.length ?? 0) > 0) ||
    gaps.at(-1)?.stance ||
    answered.length < 2
  )
    return undefined;
  // Each recommendation opened by its own label and number ("Förslag 3 Revisorerna föreslår att
  // …"): an item begins there, and its answer follows it; the stance above the first is the
  // summary's.
  if (told.every((g) => itemLabelFirst.test(g.recommendation?.text ?? ""))) return undefined;
  const segments: AnswerSegment[] = [];
  for (const gap of told) {
    const r = gap.recommendation as AnswerUnit;
    const promising = gap.units.some((u) =>
      /\b(?:senast|kommer\s+att|will|by)\b|\d{4}/iu.test(u.text),
    );
    if (!gap.stance && !promising) continue;
    segments.push({
      number: numberOf.get(r) ?? 0,
      text: r.recommendation?.text ?? r.text,
      line: r.line,
      ...(gap.stance?.stance ? { stance: gap.stance.stance } : {}),
      stanceLine: gap.stance?.line ?? r.line,
      following: gap.units,
      answeredBefore: true,
    });
  }
  return segments;
}

/**
 * The sections the answers open: each stance tied to its recommendation (see the module's
 * comment). Listed recommendations (items, labelled ones) are numbered by their place in the
 * list; where the document lists none, recommending sentences are, in order.
 */
export function answerSegments(blocks: readonly Block[]): AnswerSegment[] {
  const units = answerUnits(blocks);
  const listed = units.some((u) => u.recommendation?.listed);
  const recommendations = units.filter(
    (u) => u.recommendation && (u.recommendation.listed || !listed),
  );
  // Recommendations under short codes of their own ("P1 The Council should …", "R2: …"): an
  // answer that names a code ("P3 had already been met") names that recommendation's place.
  const byCode = new Map<string, number>();
  for (const [i, r] of recommendations.entries()) {
    const code = shortCode.exec(r.text.trim())?.[1];
    if (code && !byCode.has(code)) byCode.set(code, i + 1);
  }
  if (byCode.size >= 2)
    for (const unit of units) {
      if (unit.recommendation || unit.places) continue;
      const named = [...unit.text.matchAll(/(?<![\p{L}\d])(\p{Lu}{1,3}\d{1,2})(?![\p{L}\d])/gu)]
        .map((m) => byCode.get(m[1] ?? ""))
        .filter((n): n is number => n !== undefined);
      if (named.length > 0) unit.places = [...new Set(named)];
    }
  const recommendationsOnLine = new Map<number, number>();
  for (const r of recommendations)
    recommendationsOnLine.set(r.line, (recommendationsOnLine.get(r.line) ?? 0) + 1);
  const inTurn = answeredInTurn(units, recommendations);
  // Each unit's place and each recommendation's number, looked up rather than searched for, and
  // the last short heading-like line before each unit: an answer's work stays the same however
  // long the document is.
  const placeOf = new Map(units.map((u, i) => [u, i]));
  const numberOf = new Map(recommendations.map((r, i) => [r, i + 1]));
  const headingBefore = lastHeadingBefore(units);
  const before = answersBefore(units, numberOf);
  if (before) return before;
  let recommendationsBefore = 0;
  const answered = new Map<AnswerUnit, AnswerSegment>();
  let previousAnswer = -1;
  let segment: AnswerSegment[] = [];
  const segments: AnswerSegment[] = [];
  // The places the last unit without a stance named ("Angående c) Nämnden bedömer …"): the
  // next stance within reach answers those.
  let named: { places: number[]; following: AnswerUnit[] } | undefined;
  for (const [at, unit] of units.entries()) {
    if (numberOf.has(unit)) {
      recommendationsBefore++;
      segment = [];
      named = undefined;
      continue;
    }
    if (!unit.stance && unit.places) {
      segment = [];
      named = { places: unit.places, following: [unit] };
      continue;
    }
    if (!unit.stance && named) {
      if (reaches(named.following, unit)) named.following.push(unit);
      else named = undefined;
      continue;
    }
    if (!unit.stance) {
      const following = segment[0]?.following;
      if (following && reaches(following, unit)) following.push(unit);
      else segment = [];
      continue;
    }
    // The same stance again in the answer's own paragraph, said of what was just answered ("…
    // ser inte behov av fasta gränser … . Stadsledningskontoret avstyrker därför den
    // rekommendationen."), restates it.
    const last = segment[0];
    if (
      last &&
      !unit.places &&
      saidOfTheLast.test(unit.text) &&
      last.stanceLine === unit.line &&
      last.stance?.stance === unit.stance.stance &&
      reaches(last.following, unit)
    ) {
      last.following.push(unit);
      continue;
    }
    const before = recommendations.slice(0, recommendationsBefore);
    // Under a subject heading ("Kontroller av manuella lönetillägg", a few words on a line of
    // their own with no stop) that shares two words or more with one recommendation only, the
    // answer is that one's.
    // A heading above the last recommendation told before the answer is that recommendation's
    // own ("Tilstandsvurdering af broerne", then "2. Rigsrevisionen anbefalede, at … .
    // Ministeren oplyser …"): the answer follows the recommendation, not the heading's words.
    const headingAt = headingBefore[at] ?? -1;
    const lastTold = placeOf.get(recommendations[recommendationsBefore - 1] as AnswerUnit) ?? -1;
    const heading =
      headingAt > previousAnswer && headingAt > lastTold ? units[headingAt] : undefined;
    const bySubject =
      subjectNamed(unit.text, recommendations) ??
      (heading ? headingNamed(heading.text, recommendations) : undefined);
    const places = unit.places ?? named?.places ?? (bySubject ? [bySubject] : undefined);
    let targets: AnswerUnit[];
    if (places)
      targets = places.flatMap((p) =>
        recommendations[p - 1] ? [recommendations[p - 1] as AnswerUnit] : [],
      );
    else {
      const open = before.filter((r) => !answered.has(r));
      const sinceLast = open.filter((r) => (placeOf.get(r) ?? -1) > previousAnswer);
      // "instämmer i båda rekommendationerna" ("both recommendations", "begge anbefalingene"):
      // the next two.
      const count = bothOfThem.test(unit.text) ? 2 : 1;
      targets = (sinceLast.length > 0 ? sinceLast : open).slice(0, count);
      // A recommendation told alone in the answer's own item or paragraph ("• … The Council
      // should set out … . The response did not agree …"): the answer is that one's.
      const nearest = before.at(-1);
      if (
        count === 1 &&
        nearest &&
        !answered.has(nearest) &&
        nearest.line === unit.line &&
        recommendationsOnLine.get(unit.line) === 1
      )
        targets = [nearest];
      // Recommendations and answers in turn ("… rekommenderar att bolaget … . Kommentar: Bolaget
      // instämmer. … rekommenderar att …"): the answer is the recommendation's just before it,
      // not an earlier one left without an answer (a "bör" in the summary above them).
      if (
        count === 1 &&
        nearest &&
        sinceLast.length > 1 &&
        sinceLast.includes(nearest) &&
        inTurn[at]
      )
        targets = [nearest];
      // The next one in order, where the answer shares none of its words but shares two or
      // more with one other still open ("did not agree with recharging client services for
      // damage" after an answer that passed over the first): the answer names that one.
      const [next] = targets;
      if (count === 1 && next && sharedWords(unit.text, next) === 0) {
        const shares = open.map((r) => sharedWords(unit.text, r));
        const most = Math.max(0, ...shares);
        if (most >= 2 && shares.filter((n) => n === most).length === 1)
          targets = [open[shares.indexOf(most)] as AnswerUnit];
      }
    }
    targets = targets.filter((r) => !answered.has(r));
    if (targets.length === 0) {
      const following = segment[0]?.following;
      if (following && reaches(following, unit)) following.push(unit);
      continue;
    }
    previousAnswer = at;
    // One answer to several recommendations: what follows it is shared, and extract-response
    // gives each promise in it to the one whose words it shares.
    // The places named before, where the answer names others itself ("Till punkt 2) … Till
    // punkt 3) Kontrollen infördes …"), were another's: what followed them is not this one's.
    const ownPlaces = unit.places && named && unit.places.join() !== named.places.join();
    const following: AnswerUnit[] = [...(ownPlaces ? [] : (named?.following ?? [])), unit];
    named = undefined;
    segment = targets.map((r) => ({
      number: numberOf.get(r) ?? 0,
      text: r.recommendation?.text ?? r.text,
      line: r.line,
      stance: unit.stance as StanceReading,
      stanceLine: unit.line,
      following,
    }));
    for (const [i, r] of targets.entries()) answered.set(r, segment[i] as AnswerSegment);
    segments.push(...segment);
  }
  // A recommendation told with its tracker status and no answer ("… remained red") is still one
  // the response speaks of: it opens a section, with no stance and nothing read as its answer.
  for (const r of recommendations)
    if (r.recommendation?.status && !answered.has(r))
      segments.push({
        number: numberOf.get(r) ?? 0,
        text: r.recommendation.text,
        line: r.line,
        stanceLine: r.line,
        following: [],
      });
  // A recommendation quoted whole with the auditors as its maker ("Revisionsnämnden konstaterar
  // att sektorn ska …", "Riksrevisjonen anbefalte at departementet …") and answered in what
  // follows it without a stance in words ("Sektorn reviderar kraven …, de tas i bruk …"): that
  // answer, up to the next recommendation, stance or heading, is its own; extract-response
  // reads its steps. Each unit is looked at once, from the recommendation before it.
  if (segments.length > 0)
    for (const r of recommendations) {
      // One under its own label and number is left to the pass below.
      if (!r.recommendation?.quoted || answered.has(r) || itemLabelFirst.test(r.text)) continue;
      const following: AnswerUnit[] = [];
      for (let k = (placeOf.get(r) ?? units.length) + 1; k < units.length; k++) {
        const u = units[k] as AnswerUnit;
        if (u.recommendation || u.stance || u.places || u.heading) break;
        if (following.length > 0 && !reaches(following, u)) break;
        following.push(u);
      }
      if (following.length > 0)
        segments.push({
          number: numberOf.get(r) ?? 0,
          text: r.recommendation.text,
          line: r.line,
          stanceLine: r.line,
          following,
        });
    }
  // A recommendation retold under its own label and number, among others so retold and
  // answered, that the response leaves without a stance ("Förslag 4 Revisorerna föreslår att
  // regeringen … . Det är en fråga för regeringen, och verket tar inte ställning …") is still one it speaks of.
  if (segments.length >= 2 && recommendations.every((r) => itemLabelFirst.test(r.text)))
    for (const r of recommendations)
      if (!answered.has(r))
        segments.push({
          number: numberOf.get(r) ?? 0,
          text: r.recommendation?.text ?? r.text,
          line: r.line,
          stanceLine: r.line,
          following: [],
        });
  // Recommending sentences told under no list or label and left unanswered before the first
  // one answered ("Några av observationerna bör åtgärdas skyndsamt" in a summary above the
  // recommendations answered in turn) hold no place among them.
  if (!listed && segments.length > 0) {
    const first = Math.min(...segments.map((s) => s.number));
    for (const s of segments) s.number -= first - 1;
  }
  return segments.sort((a, b) => a.number - b.number);
}
