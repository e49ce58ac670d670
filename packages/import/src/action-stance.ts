import { readStanceIn, type StanceReading } from "./stance-words.ts";

/**
 * A response that answers each recommendation only by the step it decides ("Åtgärd:
 * Förvaltningsstadgan ses över …", "Tiltak: Rutinen revideres …") states its stance by that
 * decision: a step taken up is agreeing, a step taken up in part while the rest is declined
 * ("… tas in i utbildningen, men det föreslagna programmet genomförs inte") is agreeing in part,
 * and a step declined ("Rekommendationen genomförs inte") is disagreeing, as the stance words
 * read it. A step already in place with nothing more to change ("Träffarna har ordnats sedan
 * 2025; ingen ändring föreslås") meets the recommendation as it is.
 */
const nordicActionLabel =
  /^(?:planerad\s+|beslutad\s+|föreslagen\s+)?(?:åtgärd(?:er)?|tiltak|foranstaltning(?:er)?)\s*:\s*/iu;

/** A clause's own negation: "inte", "ej", "ikke", "ingen", … */
const negation = /(?<!\p{L})(?:inte|ej|icke|ikke|ingen|inget|inga|intet|aldrig)(?!\p{L})/iu;

/** Nothing more to change: the negation says no further step is needed, not that none is taken. */
const nothingMore =
  /(?<!\p{L})(?:ingen|inga|inget|ikke\s+noen?|ingen\s+ytterligare|inga\s+ytterligare|ingen\s+yderligere)\s+(?:ytterligare\s+|yderligere\s+|ny\s+|nya\s+|annan\s+|nye\s+)?(?:ändring(?:ar)?|förändring(?:ar)?|åtgärd(?:er)?|endring(?:er)?|ændring(?:er)?|tiltak)(?!\p{L})/iu;

/** "men", "dock", "mens", "but", a semicolon: where a decision turns to another part. */
const turn = /;\s*|,?\s+(?:men|dock|mens|but)\s+/iu;

export function actionStance(sentence: string): StanceReading | undefined {
  const label = nordicActionLabel.exec(sentence.trim());
  if (!label) return undefined;
  const said = sentence.trim().slice(label[0].length);
  if (said.length === 0) return undefined;
  const stated = readStanceIn(said);
  if (stated) return stated;
  const clauses = said.split(turn).filter((c) => c.trim().length > 0);
  const declines = clauses.map((c) => negation.test(c.replace(nothingMore, "")));
  if (declines[0]) return undefined;
  if (declines.some(Boolean)) return { stance: "partly-agrees", at: label[0].length };
  return { stance: "agrees", at: label[0].length };
}

/**
 * A promise to take a step by a date, in Swedish, Norwegian or Danish ("ska vara klar senast …",
 * "vil bli lagt ut innen …", "kommer att redovisas i april 2027"), with no negation in it: a
 * decision to act on the recommendation. Read only for a section whose answer states no stance
 * in words, of all its dated measures.
 */
const promising =
  /(?<!\p{L})(?:ska|skall|skal|kommer att|kommer til å|vil|avser att|agter at|har til hensigt at)(?!\p{L})/iu;

export function promisedStance(
  measures: readonly { text: string; due?: unknown }[],
): StanceReading | undefined {
  const dated = measures.filter((m) => m.due);
  return dated.some((m) => promising.test(m.text)) && !dated.some((m) => negation.test(m.text))
    ? { stance: "agrees", at: 0 }
    : undefined;
}

/**
 * An answer that states no stance in words but says the body has begun the step ("har påbörjat
 * en utredning", "har redan inlett arbetet med …", Norwegian "har rettet bruddet", Danish "har
 * igangsat …") or means to take it ("avser att införa en sådan rutin", "har för avsikt att …",
 * "planlegger å …", "agter at …"), with no negation in that sentence: a decision to act on the
 * recommendation, read as agreeing. Read only where no stance is stated otherwise, and never
 * from a sentence that also declines something ("avser inte att …" is read by the stance words).
 */
const begunStep =
  /(?<!\p{L})(?:har|hade|er|var|is|has)\s+(?:(?:redan|nu|allerede|nå|nu\s+också|också|även|også)\s+)?(?:påbörjat|inlett|startat|igångsatt|rettet|utbedret|lukket|begynt\s+(?:på|med)|startet|igangsatt|igangsat|påbegyndt|iværksat|iverksatt)(?!\p{L})/iu;
const meansTo =
  /(?<!\p{L})(?:avser|avsåg|planerar|planerade|ämnar|agter|akter|planlegger|planlægger)\s+(?:[\p{L}-]+\s+){0,2}?(?:att|å|at)\s+\p{L}|(?<!\p{L})har\s+(?:för|til)\s+(?:avsikt|hensigt|hensikt)\s+(?:att|at|å)\s+\p{L}/iu;
const declining =
  /(?<!\p{L})(?:inte|ej|icke|ikke|ikkje|ingen|inget|inga|intet|aldrig|not)(?!\p{L})/iu;

export function stepTakenStance(sentence: string): StanceReading | undefined {
  const match = begunStep.exec(sentence) ?? meansTo.exec(sentence);
  if (!match || declining.test(sentence)) return undefined;
  return { stance: "agrees", at: match.index };
}

/**
 * A step taken only in part, said beside it in an answer that states no stance in words: its
 * reach cut back ("Planen kommer dock inte att omfatta bolagens investeringar", "vil det bare
 * omfatte avtaler over …", "skal kun gælde …"), a case left out ("… men inte vid enstaka
 * ändringar", "men ikke ved …"), or a part declined in the passive ("Ett nytt system införs
 * inte.", "Et eget register opprettes ikke."). An agreeing reading taken from the step is then
 * agreeing in part.
 */
const reachCut =
  /(?<!\p{L})(?:(?:inte|ej|ikke|ikkje)\s+(?:att\s+|å\s+|at\s+)?(?:omfatta|omfatte|gälla|gjelde|gælde|innefatta|inkludere|inkluder)|(?:bara|endast|enbart|bare|kun|berre)\s+(?:att\s+|å\s+|at\s+)?(?:omfatta|omfattar|omfatte|omfatter|gälla|gäller|gjelde|gjelder|gælde|gælder|avse|avser))(?!\p{L})|(?<!\p{L})(?:men|dock|mens)\s+(?:inte|ikke|ikkje|ej)\s+(?:vid|för|när|ved|for|når|i)(?!\p{L})/iu;
const partDeclined =
  /(?<!\p{L})(?:införs|inrättas|tas\s+fram|genomförs|upprättas|innføres|opprettes|gjennomføres|etableres|indføres|oprettes|gennemføres)\s+(?:därför\s+|derfor\s+|dock\s+|likevel\s+)?(?:inte|ej|ikke|ikkje)\s*[.;]?\s*$/iu;

export function takenInPart(said: readonly string[]): boolean {
  return said.some((text) =>
    splitSentences(text).some((s) => reachCut.test(s) || partDeclined.test(s.trim())),
  );
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/u);
}

/**
 * A step declined, then one taken all the same, by a date: "anser inte att en separat plan
 * behövs. … tas dock en gemensam anvisning fram före utgången av juni 2027", Danish "er ikke
 * enig i, at … En analyse forelægges dog udvalget i november 2027", Norwegian "… skal likevel
 * legges fram innen …". The body does part of what was recommended: agreeing in part. Read of
 * a disagreeing answer's dated measures; a step it only offers with no date is not enough.
 */
const allTheSame =
  /(?<!\p{L})(?:dock|ändå|likväl|likevel|likevæl|allikevel|alligevel|dog|imidlertid|however|nevertheless)(?!\p{L})/iu;

export function declinedThenTaken(measures: readonly { text: string; due?: unknown }[]): boolean {
  return measures.some((m) => m.due && allTheSame.test(m.text) && !declining.test(m.text));
}
