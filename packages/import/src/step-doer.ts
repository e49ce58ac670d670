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
  const words = step.trim().replace(leadingArticle, "").split(/\s+/u, 8);
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
  // What belongs to the officer's name after it: "of Finance", "för familjehemsenheten".
  let end = k;
  if (words[end] === "of") {
    let n = end + 1;
    while (n < words.length && /^\p{Lu}/u.test(words[n] ?? "")) n++;
    if (n > end + 1) end = n;
  } else if (/^(?:för|vid|inom|ved|for|på)$/u.test(words[end] ?? "")) {
    // The shortest run of at most three words after it that ends in a unit's word.
    for (let n = end + 1; n < Math.min(words.length, end + 4); n++)
      if (namesUnit(letters(words[n] ?? ""))) {
        end = n + 1;
        break;
      }
  }
  if (end === k && genericName.test(head)) return undefined;
  return actingVerb.test(words[end] ?? "") ? words.slice(0, end).join(" ") : undefined;
}

const letters = (word: string) => fold(word).replace(/[^\p{L}]/gu, "");
const leadingArticle = /^(?:the|den|det)\s+(?=\p{Lu})/iu;

/** The writer's own name for itself, or a word that says no more than "a unit". */
const genericName =
  /^(?:forvaltning|forvaltningen|namnd|namnden|namnderna|styrelse|styrelsen|kontoret|kontor|enhet|enheten|avdelning|avdelningen|avdeling|avdelingen|afdeling|afdelingen|ledningen|kansliet|kansli|gruppen|teamet|staben|stab|udvalget|utvalget|udvalg|utvalg|department|unit|team|lead|head|ansvarig)$/u;

/**
 * The verb that follows a step's subject: a modal or auxiliary of the future, or a verb in the
 * present (Swedish and Nordic "-r": "tar", "följer", "udarbejder"), not the perfect's "har" nor
 * a preposition that ends in "r".
 */
const actingVerb =
  /^(?:ska|skall|skal|kommer|vil|will|shall|avser|planerar|planlegger|agter|intends|plans|(?!(?:har|hade|harr|ar|är|er|var|for|för|efter|etter|under|över|over|eller|där|når|när|hur|der|her|mer|fler|fra|før)$)\p{Ll}{1,14}(?:ar|er|ir|or|ör|år|ur|ær|ør)|tar|gør|gör|får|går|ser|ger|gir)$/u;
