import { fold } from "./addressees.ts";
import { namesUnit } from "./flattened-table.ts";

/**
 * The officer or unit a promise names as its subject, the one who takes the step: "HR-avdelningen
 * tar fram en mall …", "Rektorn kommer att lämna en analys …", "Ekonomichefen får i uppdrag att
 * …", "The Head of Revenues will issue …", "Personalsjefen skal legge fram …". Another committee
 * than the one answering may be it too ("Bildningsnämnden ska lägga fram …"); the answering body
 * itself, a council or committee in English, and the writer's own generic name ("Förvaltningen
 * kommer att …", "The Department will …") are not. A step told in the perfect ("har tagit
 * fram") is done, and its subject answers for no promise.
 */
export function stepDoer(step: string, own?: string): string | undefined {
  const words = step.trim().replace(leadingArticle, "").split(/\s+/u, 12);
  if (!/^\p{Lu}/u.test(words[0] ?? "")) return undefined;
  // The shortest run of capitalised words from the first that ends in a unit's or officer's word.
  let k = 0;
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    const word = words[n - 1] ?? "";
    if (!/^\p{Lu}/u.test(word) || /[,.;:]$/u.test(word)) break;
    if (namesUnit(letters(word))) {
      k = n;
      break;
    }
  }
  if (k === 0) return undefined;
  const head = letters(words[k - 1] ?? "");
  if (/(?:committee|council|board)$/u.test(head)) return undefined;
  if (own !== undefined && fold(words.slice(0, k).join(" ")) === fold(own)) return undefined;
  let end = nameEnd(words, k);
  if (end === k && genericName.test(head)) return undefined;
  // The service in brackets after a title: "The Chief Officer (People and Resources) will …".
  if (words[end]?.startsWith("(")) {
    const close = words.findIndex((w, i) => i >= end && i < end + 5 && w.endsWith(")"));
    if (close >= 0) end = close + 1;
  }
  return actingVerb.test(words[end] ?? "") ? words.slice(0, end).join(" ") : undefined;
}

/**
 * Where an officer's name that ends in its k-th word goes on after it: "of Finance", "för
 * familjehemsenheten", "vid trafikförvaltningen".
 */
function nameEnd(words: readonly string[], k: number): number {
  if (words[k] === "of") {
    let n = k + 1;
    const capital = (w?: string) => /^\p{Lu}/u.test(w ?? "");
    while (
      capital(words[n]) ||
      (/^(?:and|&)$/u.test(words[n] ?? "") && capital(words[n + 1]) && capital(words[n - 1]))
    )
      n++;
    return n > k + 1 ? n : k;
  }
  if (/^(?:för|vid|inom|ved|for|på)$/u.test(words[k] ?? ""))
    // The shortest run of at most three words after it that ends in a unit's word.
    for (let n = k + 1; n < Math.min(words.length, k + 4); n++)
      if (namesUnit(letters(words[n] ?? ""))) return n + 1;
  return k;
}

/**
 * The officer or unit a sentence says the responsibility lies with: "ansvaret ligger hos
 * föreningsenheten", "Ansvaret ligger hos økonomisjefen", "ansvaret påhviler
 * økonomiafdelingen", "responsibility for this rests with the Head of Revenues". Never a
 * committee or council.
 */
export function responsibilityWith(sentence: string): string | undefined {
  const m = responsibilityLies.exec(sentence);
  if (!m) return undefined;
  // Only the words of the name, up to a stop: "hos föreningsenheten." is "föreningsenheten".
  const text = sentence.slice(m.index + m[0].length, m.index + m[0].length + 120);
  const words = text
    .slice(0, /[,.;:]/u.exec(text)?.index ?? text.length)
    .split(/\s+/u)
    .filter(Boolean);
  const k = words.slice(0, 4).findIndex((w) => namesUnit(letters(w))) + 1;
  if (k === 0 || committeeName.test(letters(words[k - 1] ?? ""))) return undefined;
  return words.slice(0, nameEnd(words, k)).join(" ");
}

const responsibilityLies =
  /(?<!\p{L})(?:ansvaret|responsibility)(?:\s+(?:for|för)(?:\s+[\p{L}-]+){1,4}?)?\s+(?:(?:ligger|vilar|lies|rests|sits)\s+(?:hos|på|with)|påhviler|pahviler)\s+(?:the\s+)?/iu;
const committeeName =
  /(?:namnd|namnden|styrelse|styrelsen|fullmaktige|udvalg|udvalget|utvalg|utvalget|committee|council|board)$/u;

const letters = (word: string) => fold(word).replace(/[^\p{L}]/gu, "");
const leadingArticle = /^(?:the|den|det)\s+(?=\p{Lu})/iu;

/** The writer's own name for itself, or a word that says no more than "a unit". */
const genericName =
  /^(?:forvaltning|forvaltningen|namnd|namnden|namnderna|styrelse|styrelsen|kontoret|kontor|enhet|enheten|avdelning|avdelningen|avdeling|avdelingen|afdeling|afdelingen|ledningen|kansliet|kansli|gruppen|teamet|staben|stab|udvalget|utvalget|udvalg|utvalg|department|unit|team|lead|head|ansvarig)$/u;

/**
 * The verb that follows a step's subject: a modal or auxiliary of the future (reported in
 * minutes as "would"), or a verb in the
 * present (Swedish and Nordic "-r": "tar", "följer", "udarbejder"), not the perfect's "har" nor
 * a preposition that ends in "r".
 */
const actingVerb =
  /^(?:ska|skall|skal|kommer|vil|will|would|shall|avser|planerar|planlegger|agter|intends|plans|(?!(?:har|hade|harr|ar|är|er|var|for|för|efter|etter|under|över|over|eller|där|når|när|hur|der|her|mer|fler|fra|før)$)\p{Ll}{1,14}(?:ar|er|ir|or|ör|år|ur|ær|ør)|tar|gør|gör|får|går|ser|ger|gir)$/u;

/**
 * The body an English recommendation opens with by its proper name, two words or more in
 * capitals: "HM Prison and Probation Service should introduce …", "Border Force should …".
 * Where another answers for it (the government, a department), that body takes the step. Not a
 * generic opening ("The Department should …", "Councils should …"), a committee or council,
 * nor the answering body itself.
 */
export function namedAddressee(recommendation: string, own?: string): string | undefined {
  const m = namedShould.exec(recommendation.trim()) ?? theAgencyShould.exec(recommendation.trim());
  const named = m?.[1];
  if (!named) return undefined;
  const last = letters(named.split(/\s+/u).at(-1) ?? "");
  if (/(?:committee|council|councils|board|government)$/u.test(last)) return undefined;
  if (own !== undefined && fold(named) === fold(own)) return undefined;
  return named;
}

/**
 * "The Coastal Protection Agency should …", "The Charity Commission should …": a proper name
 * after "The" where it ends in an agency's word, so no generic opening ("The Department
 * should").
 */
const theAgencyShould =
  /^The\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}'’-]*){0,4}\s+(?:Agency|Authority|Service|Office|Commission|Administration|Inspectorate|Executive|Bureau|Directorate|Regulator|Institute))\s+should\s/u;
const namedShould =
  /^(?!(?:The|A|An|All|Each|Every|Our|Its|This|These|We|It)\s)(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}'’-]*){1,5})\s+should\s/u;
