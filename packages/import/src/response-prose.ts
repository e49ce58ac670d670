import { answersAtOnce } from "./stance-words.ts";
import type { Block } from "./text-blocks.ts";

/**
 * Responses written in running prose: the sentences of a paragraph, the recommendations a
 * response lists in one sentence or quotes each in a sentence of its own, and their places
 * ("den andra rekommendationen"). What the sections are is decided in extract-response; this
 * module only finds where prose names a recommendation.
 */

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[\p{Lu}*\d])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Ordinal words and the place each names, in Swedish, Norwegian and English. */
export const ordinals: Record<string, number> = {
  första: 1,
  andra: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sjätte: 6,
  sjunde: 7,
  åttonde: 8,
  nionde: 9,
  tionde: 10,
  // Norwegian ("den første anbefalingen"); "andre" is the second only before the singular.
  andre: 2,
  første: 1,
  fjerde: 4,
  sjette: 6,
  sjuende: 7,
  syvende: 7,
  åttende: 8,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

/**
 * "Revisorerna rekommenderar också nämnden att »säkerställa …«": a response that quotes each
 * recommendation in a sentence of its own and answers it in the sentences after. The
 * recommendation is what the quotation marks hold, else what follows "att". A few words may
 * come first: a page's number and the area's heading run into the line ("2 Ärendeberedning
 * Stadsrevisionen rekommenderar …"). A sentence that sums up ("rekommenderar bland annat att
 * …") quotes none.
 */
const auditorName =
  "(?:\\p{L}*revision(?:en|snämnden|sutskottet)?|\\p{L}*revisjonen|\\p{L}*revisor(?:erna|erne|ene)|internal audit|pwc|ey|kpmg|deloitte|the auditors?)";
const recommendingVerb = "(?:rekommenderar|anbefaler|recommends?)";
const alsoWord = "(?:också|även|vidare|dessutom|også|endvidere|desuden|also|further)";
// The auditors first ("Rigsrevisionen anbefaler endvidere, at …") or the verb first after a
// word that orders the list ("Endelig anbefaler Rigsrevisionen, at …"); a comma may stand
// before "att", as Danish puts one.
const recommendingSentence = new RegExp(
  `^(?:(?:[\\p{L}\\d():]+\\s+){0,5}?${auditorName}\\s+${recommendingVerb}|(?:\\p{L}+\\s+)?${recommendingVerb}\\s+${auditorName})(?:\\s+${alsoWord})?(?:\\s+[\\p{L}-]+){0,4}?,?\\s+(?:att|at|å|that)\\s+(.+?)\\.?$`,
  "iu",
);

/**
 * "Nämnden bör minska andelen timanställda.", "Kommunen bør utarbeide …", "Der bør foretages
 * …": the report's recommendation repeated word for word, whoever it is to; not a clause said
 * of it ("Målet er at fristen skal holdes …").
 */
const directive =
  /^\p{Lu}[\p{L}-]*(?:\s+(?!(?:att|at|that|som|om)\s)[\p{L}-]+){0,4}?\s+(?:bör|bør|behöver|should|skal|ska)\s+\p{L}/u;

/**
 * Whether `next` answers the directive before it: it states a stance at once, or its subject
 * says what it will do ("Nämnden bör ta fram nyckeltal … . Nämnden avser att införa …").
 */
function answeredBy(said: string, next: string): boolean {
  if (answersAtOnce(next)) return true;
  const subject = /^\p{Lu}[\p{L}-]*/u.exec(said)?.[0];
  return (
    subject !== undefined &&
    next.startsWith(`${subject} `) &&
    !directive.test(next) &&
    /^\S+\s+(?:avser|kommer|planerar|har|tar|vil|skal|vill|will|plans|intends)\b/u.test(next)
  );
}

/**
 * The recommendation a sentence quotes, if it quotes one: after the auditors' recommending verb,
 * or, where `next` (the sentence after it) answers it at once, a directive repeated from the
 * report ("Nämnden bör … . Nämnden instämmer.").
 */
export function recommendationQuoted(sentence: string, next?: string): string | undefined {
  if (/\b(?:bland annat|bl\.\s?a\.|blant annet|among other things)/iu.test(sentence))
    return undefined;
  const said = recommendingSentence.exec(sentence.trim())?.[1];
  // "Revisjonen anbefaler at rådmannen:": a lead-in to a list quotes nothing itself; nor does a
  // sentence that lists several ("rekommenderar nämnden att A, att B samt att C").
  if (said && (/:\s*$/u.test(said) || listedInProse(sentence).length >= 2)) return undefined;
  if (!said) {
    // A table's header run into the first row ("… nedan. Rekommendation Nämndens svar Nämnden
    // bör …") is no part of it.
    const bare = sentence
      .trim()
      .replace(
        /^.*?\b(?:rekommendation|anbefaling|recommendation)\p{L}*\s+(?:\p{L}+s\s+)?(?:svar|kommentar|response|bemærkning)\p{L}*\s+(?=\p{Lu})/iu,
        "",
      );
    return next !== undefined && directive.test(bare) && answeredBy(bare, next) ? bare : undefined;
  }
  const quoted = /^[»"“”«]([^»"“”«]+)[«"“”»]$/u.exec(said.trim())?.[1];
  if (quoted) return quoted.trim();
  // A sentence that holds one recommendation is the recommendation whole, its lead included,
  // whether the clause has a subject of its own ("Internal Audit recommends that Facilities
  // Management require …", "Revisionsnämnden rekommenderar att bildningssektorn utarbetar …")
  // or the addressee stands before it ("Revisorerna rekommenderar nämnden att ta fram …"); it
  // starts at the auditors' name, where that stands first in capitals after a page's number
  // and the area's heading run into the line.
  const trimmed = sentence.trim();
  const runIn = furnitureBeforeAuditors.exec(trimmed)?.[1];
  return runIn && /^\p{Lu}/u.test(trimmed.slice(runIn.length))
    ? trimmed.slice(runIn.length)
    : trimmed;
}
const furnitureBeforeAuditors = new RegExp(
  `^((?:[\\p{L}\\d():]+\\s+){1,5}?)${auditorName}\\s+(?:${alsoWord}\\s+)?${recommendingVerb}`,
  "iu",
);

/**
 * "… lämnat tre rekommendationer: att nämnden säkerställer …, att avvikelser …, samt att
 * nämnden inrättar …" (or "… ett antal rekommendationer, bland annat att …, att … och att …",
 * those the text names): recommendations listed inside one sentence, each beginning with "att",
 * after a colon or after the recommending verb, or an inspectorate's demanding one ("IVO kräver
 * att …").
 */
export function listedInProse(sentence: string): string[] {
  // After "rekommendation(er) …:", or straight after the verb: "Revisorerna rekommenderar
  // socialnämnden att …, att … och att …", in a response retelling the report in the past tense
  // too ("rekommenderade").
  const list =
    /\brekommendation(?:er|erna)?\b[^:.]{0,40}(?::|,\s+(?:bland annat|bl\.\s?a\.|däribland))\s+(att\s.+?)\.?$/iu.exec(
      sentence,
    )?.[1] ??
    /\b(?:rekommenderar|rekommenderade|föreslår|föreslog|kräver|krävde)\s+(?:(?:också|även|vidare)\s+)?(?:[\p{L}-]+\s+){0,4}?(att\s.+?)\.?$/iu.exec(
      sentence,
    )?.[1];
  // "IVO kräver att nämnden säkerställer att A, att B och att C": an inspectorate's demand
  // frames the list with its first clause; what the body shall see to is each "att" clause
  // after it. (Auditors' "rekommenderar att nämnden säkerställer att A, …" keeps its frame.)
  const demanded = /\b(?:kräver|krävde)\s/iu.test(sentence);
  if (list)
    return attItems(
      demanded
        ? list.replace(
            /^att\s+(?:[\p{L}-]+\s+){1,2}?(?:säkerställer|tillser|ser till)\s+(?=att\s)/iu,
            "",
          )
        : list,
    );
  // "JO uttalar att IVO bör …, att IVO bör … och att IVO bör …": whatever the verb that retells
  // them, clauses that each say who should act are the recommendations, every one of them.
  const retold = new RegExp(`\\b(${shouldClause.source}.+?)\\.?$`, "iu").exec(sentence)?.[1];
  const items = retold ? attItems(retold) : [];
  return items.every((item) => new RegExp(`^${shouldClause.source}`, "iu").test(item)) ? items : [];
}

/** "att IVO bör …", "att nämnden borde …": a clause that says who should act. */
const shouldClause = /att\s+(?:[\p{L}:-]+\s+){1,3}?(?:bör|bør|borde|should)\s/u;

/** The "att" clauses of a list inside one sentence; none where it holds fewer than two. */
function attItems(list: string): string[] {
  const items = list
    .split(/,\s+(?:samt\s+|och\s+)?(?=att\s)|\s+(?:samt|och)\s+(?=att\s)/u)
    .map((item) => item.trim());
  return items.length >= 2 ? items : [];
}

/** How many sentences of the paragraphs quote a recommendation each. */
export function quotedSentences(blocks: readonly Block[]): number {
  const all = blocks.filter((b) => b.kind === "paragraph").flatMap((b) => sentences(b.text));
  return all.filter((s, i) => recommendationQuoted(s, all[i + 1])).length;
}

const counted: Record<string, number> = {
  två: 2,
  tre: 3,
  fyra: 4,
  two: 2,
  three: 3,
  four: 4,
  to: 2,
};

/**
 * The places of several recommendations one sentence names: "rekommendation 1 och 2",
 * "rekommendationerna 1, 2 och 4", "de två första rekommendationerna", "den första och den
 * tredje rekommendationen". Empty where it names fewer than two.
 */
export function placesNamed(sentence: string): number[] {
  const numbers =
    /\b(?:rekommendation(?:erna|er)?|recommendations?|anbefaling(?:ene|er)?)\s+(?:nr\.?\s*)?(\d{1,2}(?:\s*(?:,|och|samt|and|og|&)\s*\d{1,2})+)\b/iu.exec(
      sentence,
    )?.[1];
  if (numbers) return (numbers.match(/\d{1,2}/g) ?? []).map(Number);
  const first =
    /\b(?:de|the|dei)\s+(?:(två|tre|fyra|to|tre|fire)\s+(?:första|første)|first\s+(two|three|four))\s+(?:rekommendationerna|recommendations|anbefalingene)\b/iu.exec(
      sentence,
    );
  const count = first ? (counted[(first[1] ?? first[2] ?? "").toLowerCase()] ?? 0) : 0;
  if (count >= 2) return Array.from({ length: count }, (_, i) => i + 1);
  const ordinal = Object.keys(ordinals).join("|");
  const pair = new RegExp(
    `\\b(?:den\\s+)?(${ordinal})\\s+(?:och|samt|and|og)\\s+(?:den\\s+|the\\s+)?(${ordinal})\\s+(?:${recommendationWord}|rekommendationerna|recommendations)\\b`,
    "iu",
  ).exec(sentence);
  const places = pair ? [pair[1], pair[2]].map((w) => ordinals[(w ?? "").toLowerCase()] ?? 0) : [];
  return places.every((n) => n > 0) ? places : [];
}

/** A recommendation in the singular: "rekommendationen", "recommendation", "anbefalingen". */
export const recommendationWord = "rekommendation(?:en)?|recommendation|anbefaling(?:en)?";

/** An ordinal naming a recommendation anywhere in a text: "i den andra rekommendationen". */
const placeInText = new RegExp(
  `\\b(?:${Object.keys(ordinals).join("|")})\\s+(?:${recommendationWord})\\b`,
  "iu",
);

/**
 * A response written in running prose answers its recommendations in the middle of a
 * paragraph: where a paragraph names a recommendation by its place, lists recommendations, or
 * the response quotes two or more in sentences of their own, its sentences are read one by one.
 */
export function proseSentences(blocks: readonly Block[]): Block[] {
  const quotedCount = quotedSentences(blocks);
  return blocks.flatMap((b) => {
    if (b.kind !== "paragraph" && b.kind !== "item") return [b];
    const parts = sentences(b.text);
    const prose =
      parts.some((p) => placeInText.test(p) || listedInProse(p).length > 0) ||
      (quotedCount >= 2 && parts.some((p, i) => recommendationQuoted(p, parts[i + 1])));
    // A meeting page's summary set as a list item is prose all the same.
    return prose && parts.length > 1
      ? parts.map((text): Block => ({ kind: "paragraph", text, line: b.line }))
      : [b];
  });
}
