import { readStance, type Stance, stanceVocabulary, statedStanceWords } from "@sparbar/core";

/**
 * Stances as responses state them, read so that import never reads a stance differently from
 * `sparbar check`. A `Ställningstagande:` line is read exactly as check reads it. In prose, a
 * phrase of check's closed vocabulary ("instämmer delvis", "delar inte") is read by that
 * vocabulary where the prose states it, and the other ways responses say it ("är positiv
 * till", "ställer sig bakom", "concurs") each stand for one phrase of it. A phrase the
 * vocabulary places between two stances ("instämmer inte helt", "instämmer i huvudsak") gives
 * no stance: the reviewer chooses, as check would make them.
 */
export type StanceReading =
  | { stance: Stance; at: number }
  | { stance?: undefined; between: string; suggestions: string[]; at: number };

/**
 * What may stand between an answering verb and the rest of its phrase when the sentence puts
 * its subject after the verb, as a reporter or a paper retelling the answer does ("håller
 * styrelsen helt med", "ställer sig nämnden bakom", "säger styrelsen nej till", "är styrelsen
 * bara delvis enig"): a body or a pronoun, then a few adverbs. The same phrase is read in
 * either word order; a "delvis" or "inte" among the adverbs qualifies it as in any clause.
 */
const subjectInside = String.raw`(?:(?:[\p{L}-]*(?:nämnden|styrelsen|förvaltningen|kontoret|ledningen|rådet|utskottet|fullmäktige|kommunen|regionen|direktören|chefen|rådmannen)|vi|de|man)\s+)?(?:(?:helt|fullt ut|bara|endast|delvis|i viss mån|till viss del|dock|däremot|också|även|inte|ej|heller)\s+){0,3}`;

/** A pattern of an answering phrase with room for the subject inside it (`subjectInside`). */
export const eitherOrder = (before: string, after: string, flags = "iu") =>
  new RegExp(`${before}\\s+${subjectInside}${after}`, flags);

/** Ways of stating a stance that are not the vocabulary's words, with the phrase each means. */
/**
 * The verb, then the recommendation by its code ("P1", "R 2", "AFI3") or number, possibly after
 * its kind's word, and others joined to it; not followed by "in part" or "in principle".
 */
function acceptedByCode(verb: string): RegExp {
  const code = String.raw`(?:\p{Lu}{1,4}\s?\d{1,2}|\d{1,2})(?![\p{L}\d])`;
  return new RegExp(
    String.raw`(?<!\p{L})${verb}\s+(?:(?:the\s+)?(?:[Rr]ecommendations?|[Pp]roposals?)\s+)?${code}(?:\s*(?:,|and|&)\s*${code})*(?!\s+(?:in\s+(?:part|principle)|of|out\s+of)\b)`,
    "u",
  );
}

const otherWords: [RegExp, string][] = [
  // "Inte fullt ut" (not fully) is "inte helt", which the vocabulary places between two stances.
  [
    /\b(?:instämmer|delar)\s+(?:[\p{L}-]+\s+){0,2}?(?:inte|ej)\s+(?:fullt ut|fullständigt|till fullo)(?!\p{L})/iu,
    "instämmer inte helt",
  ],
  // The recommendation put first: "Den tredje rekommendationen delar nämnden inte".
  [
    /(?<=rekommendation\p{L}*\s+(?:(?:nr\.?\s*)?\d{1,2}\s+)?)(?:delar|instämmer i)\s+(?:[\p{L}-]*(?:nämnden|styrelsen|förvaltningen|kontoret)|vi)\s+(?:inte|ej)\b/iu,
    "instämmer inte",
  ],
  [
    /(?<=rekommendation\p{L}*\s+(?:(?:nr\.?\s*)?\d{1,2}\s+)?)(?:delar|instämmer i)\s+(?:[\p{L}-]*(?:nämnden|styrelsen|förvaltningen|kontoret)|vi)\s+delvis\b/iu,
    "instämmer delvis",
  ],
  [
    /(?<=rekommendation\p{L}*\s+(?:(?:nr\.?\s*)?\d{1,2}\s+)?)(?:delar|instämmer i)\s+(?:[\p{L}-]*(?:nämnden|styrelsen|förvaltningen|kontoret)|vi)\b/iu,
    "instämmer",
  ],
  // Swedish ways besides the vocabulary's: "håller med", "tillstyrks", "ser positivt på".
  [/\bhåller (?:inte|ej) med\b|\bavstyrk(?:s|er)\b/iu, "instämmer inte"],
  [/\bhåller delvis med\b/iu, "instämmer delvis"],
  [/\btillstyrk(?:s|er)\b/iu, "instämmer"],
  // "ser positivt på", "ser kommunstyrelsen positivt på revisorernas förslag".
  [eitherOrder(String.raw`\bser`, String.raw`positivt på(?![\p{L}\d])`), "instämmer"],
  // In either word order; a "delvis" or "inte" inside qualifies it (`qualifiedInClause`).
  [eitherOrder(String.raw`\bhåller`, String.raw`med\b`), "instämmer"],
  // Consenting to what is asked: "Styrelsen går med på att …", "ville inte gå med på", "gick
  // delvis med på förslaget"; Norwegian "går med på", Danish "går med til". Only before what is
  // consented to, or at the clause's end: "gick med på mötet" says where one went.
  [
    eitherOrder(
      String.raw`\b(?:gå|går|gick|gått)`,
      String.raw`med\s+(?:på|til)(?=\s*(?:[.,;:]|$)|\s+(?:att|at|det|detta|dette|den|denna|denne|rekommendation\p{L}*|förslag\p{L}*|forslag\p{L}*|krav\p{L}*|anbefaling\p{L}*|påbud\p{L}*|pålegg\p{L}*)(?!\p{L}))`,
    ),
    "instämmer",
  ],
  [eitherOrder(String.raw`\bsäger`, String.raw`nej till\b`), "instämmer inte"],
  [
    eitherOrder(String.raw`(?<!\p{L})är`, String.raw`(?:enig|eniga|överens) (?:med|i|om)\b`),
    "instämmer",
  ],
  // What the auditors said, put first: "Revisorernas synpunkter på delegationen delar nämnden
  // delvis", as "Den tredje rekommendationen delar nämnden inte" below.
  [
    eitherOrder(
      String.raw`(?<=(?:rekommendation|synpunkt|bedömning|kritik)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?)delar`,
      String.raw`(?:delvis|inte|ej|helt)?(?=\s*[.,;]|\s*$|\s+(?:med|och|men)\b)`,
    ),
    "instämmer",
  ],
  // Finland-Swedish: "Styrelsen omfattar rekommendationen (delvis)"; a "delvis" or "inte" in
  // the clause qualifies it as it does any agreeing verb.
  [/\bomfattar (?:[\p{L}-]+ ){0,2}?rekommendation\p{L}*/iu, "instämmer"],
  // Norwegian and Danish: "er enig i", "delvis enig" ("delvist enig"), "er uenig", and in the
  // plural where two bodies answer ("… og Økonomiforvaltningen er enige").
  // Nynorsk writes "samd", "usamd", "ikkje samd".
  [/\b(?:er )?(?:uenige?|ikke enige?|usamde?|ikkje samde?|ikke samde?)\b/iu, "instämmer inte"],
  [/\bdelvist? (?:enige?|samde?)\b/iu, "instämmer delvis"],
  // Disagreeing in part is agreeing in part: "Kommunen er delvis uenig i …", "delvis oenig".
  [/\bdelvist? (?:uenig|usamd|oenig)\b/iu, "instämmer delvis"],
  // An order or a finding taken "til etterretning" is one the body will follow (what "ta til
  // etterretning" means of a demand); a report or a status so taken is only noted (below).
  [
    /\bta(?:r|ger|ge)?\s+(?:pålegg|pålæg|lovbrudd|lovbrud|avvik|merknad|bemærkning|anbefaling|påpekning)\p{L}*\s+til\s+e[tf]terretning\b/iu,
    "instämmer",
  ],
  [/\b(?:er|seg) (?:heilt |helt )?(?:enige?|samde?)\b/iu, "instämmer"],
  // Norwegian and Danish "deler revisjonens vurdering", "deler ikke denne anbefaling", "deler
  // delvis Rigsrevisionens opfattelse" (a "delvis" or "ikke" in the clause qualifies it); not
  // "deler av …", the parts of something.
  [
    /(?<!\p{L})deler\s+(?!av\s|af\s)(?:[\p{L}-]+\s+){0,2}?(?:vurdering|vurderinger|oppfatning|opfattelse|konklusjon|konklusion|synspunkt|anbefaling|bedømmelse)\p{L}*/iu,
    "instämmer",
  ],
  // English answers that accept or reject.
  [
    /\b(?:does not|do not|did not) accept\b|\bnot (?:been )?accepted\b|\brejects?\b/iu,
    "does not agree",
  ],
  [/\b(?:partially|partly) accept(?:s|ed)?\b/iu, "partly agrees"],
  // Retold in minutes with the answering side as the subject: "management agreed, with the
  // review to be carried out by …", "the service accepted and that a plan would follow"; a
  // committee's "agreed" is its own decision, not an answer.
  [
    /\b(?:management|(?:the\s+)?officers?|the\s+(?:service|department|directorate|administration|executive|cabinet|government|ministry|agency))\s+(?:had\s+|has\s+|have\s+)?(?:agreed|accepted)(?=\s*[,;]|\s+and\s+that\b)/iu,
    "agrees",
  ],
  // Retold in the passive or with the step named: "the recommendation had not been agreed, as
  // …", "was rejected" (not "had not yet been agreed", which is still open), "agreed to
  // implement the recommendation" (not "in part").
  [
    /\bnot\s+been\s+agreed\b|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+rejected\b/iu,
    "does not agree",
  ],
  [
    /\bagreed\s+to\s+(?:implement|adopt|take\s+forward)\s+(?:the|this|that|these|both|all|each)\s+(?:[\p{L}-]+\s+){0,2}?(?:recommendations?|proposals?)\b(?!\s+in\s+(?:part|principle))/iu,
    "agrees",
  ],
  // Declining the step in English as "avser inte" does in Swedish: "did not propose to publish
  // a separate document", "does not intend to set up a panel"; not a delay ("does not intend
  // to wait"), nor a stopgap declined until the step itself can be taken ("did not intend to
  // introduce a manual check in the meantime").
  [
    /\b(?:does|do|did)\s+not\s+(?:propose|intend|plan)\s+to\s+(?!wait|delay|defer|postpone)(?![^.;!?]*\b(?:in\s+the\s+meantime|meanwhile|in\s+the\s+interim|for\s+the\s+time\s+being)\b)\p{L}/iu,
    "does not agree",
  ],
  // A body that declines to do what was recommended: "avser därför inte att genomföra sådana
  // kontroller", "avser inte att införa …", "har inte för avsikt att …".
  [
    /\b(?:avser|planerar)\s+(?:därför\s+|heller\s+|i nuläget\s+)?inte\s+att\s+(?:genomföra|införa|inrätta|vidta|göra|ta fram|följa)\b|\bhar\s+inte\s+för\s+avsikt\s+att\b/iu,
    "instämmer inte",
  ],
  // Keeping the practice as it is: "vil derfor ikke endre praksis", "kommer inte att ändra
  // arbetssättet", "vil ikke ændre den nuværende praksis".
  [
    /\b(?:(?:vil|skal|vill|ska|agter)\s+(?:derfor\s+|därför\s+|dermed\s+)?(?:ikke|ikkje|inte|ej)\s+(?:å\s+|att\s+|at\s+)?|kommer\s+(?:derfor\s+|därför\s+)?(?:ikke|inte|ej)\s+(?:å|att|at|til\s+å)\s+)(?:endre|ändra|ændre)\s+(?:(?:sin|sitt|den|dagens|nåværende|nuværende|nuvarande|gjeldende|gällande)\s+){0,2}(?:praksis|praksisen|praxis|praxisen|arbetssätt|arbetssättet|arbeidsmåte|arbeidsmåten|arbejdsgang|arbejdsgangen|rutinen|rutinene|rutinerna|ordningen)\b(?!\s+(?:før|innan|innen|förrän|inntil|tills|indtil|until)\b)/iu,
    "instämmer inte",
  ],
  // A step promised, then "men" and another part not taken: "Registret ska kompletteras med
  // uppgifter om skick, men någon ny förteckning tas inte fram", "Rutinen skal revideres, men
  // et eget system innføres ikke".
  [
    /(?<!\p{L})(?:ska|skall|skal|kommer att|vil)\s+(?!(?:inte|ej|ikke|ikkje)\s)[^.;!?]{0,160}?,?\s+men\s+[^.;!?]{0,80}?(?<!\p{L})(?:tas|införs|genomförs|görs|inrättas|byggs|innføres|gjennomføres|gjøres|opprettes|indføres|gennemføres|gøres|oprettes)\s+(?:inte|ej|ikke|ikkje)(?!\p{L})/iu,
    "instämmer delvis",
  ],
  // One part agreed, another not: "agreed with the first part of the Committee's
  // recommendation and disagreed with the second part".
  [
    /\bagreed with (?:the |one )?(?:first|second|third|one|some|part)\b[^.;]{0,120}?\b(?:disagreed|did not agree|rejected|not accepted)\b/iu,
    "instämmer delvis",
  ],
  // Retold in minutes: "agreed that a target was needed", "accepted that a review was
  // necessary": the point conceded is the recommendation's.
  [
    /\b(?:agreed|accepted|acknowledged)\s+that\s+(?:[\p{L}-]+\s+){1,5}?(?:was|were|is|are)\s+(?:needed|necessary|required|warranted)\b/iu,
    "agrees",
  ],
  // An inspector's demand judged: "Staden anser att uppmaningen delvis är befogad", "har en
  // annan uppfattning".
  [
    /\b(?:anser|bedömer)\s+att\s+(?:uppmaningen|anvisningen|rekommendationen|kritiken|påpekandet|kravet|anmärkningen)\s+(?:endast\s+)?delvis\s+är\s+(?:befogad|befogat|motiverad|motiverat|rimlig|riktig)\b/iu,
    "instämmer delvis",
  ],
  [/\bhar\s+en\s+annan\s+(?:uppfattning|bedömning)\b/iu, "instämmer inte"],
  // The proposal judged well-founded, as a committee answers auditors' proposals: "Utskottet
  // anser att förslaget är motiverat", Danish and Norwegian "finder, at forslaget er
  // velbegrundet" ("… men att …" after it qualifies it, as any agreeing reading).
  [
    /\b(?:anser|bedömer|menar|finner|finder|mener|vurderer),?\s+(?:[\p{L}-]+\s+){0,2}?(?:att|at),?\s+(?:förslaget|förslagen|rekommendationen|rekommendationerna|forslaget|forslagene|anbefalingen|anbefalingerne|anbefalingene)\s+(?:är|er)\s+(?:(?:väl|vel|helt|mycket|meget)\s+)?(?:motiverad|motiverat|motiverade|befogad|befogat|befogade|välgrundad|välgrundat|välgrundade|berättigad|berättigat|berättigade|begrundet|begrundede|velbegrundet|velbegrundede|berettiget|berettigede)(?!\p{L})/iu,
    "instämmer",
  ],
  // What was asked for, given in another form: "får därmed det de efterfrågat, men i en annan
  // form", "but in a different form".
  [
    /\b(?:men|fast)\s+i\s+(?:en\s+)?annan\s+form\b|\bbut\s+in\s+(?:a\s+)?(?:different|another)\s+form\b|\bmen\s+i\s+(?:en\s+)?anden\s+form\b/iu,
    "instämmer delvis",
  ],
  // What the answer will not do, retold ("management would not carry it out", "will not
  // implement this"), and a recommendation met no further than in part ("could be met only in
  // part", "is only partly implemented").
  [
    /\b(?:will|would|shall|does|do|did)\s+not\s+(?:carry\s+(?:it|this|them|that)\s+out|implement\s+(?:it|this|them|that|the\s+recommendation)|take\s+(?:it|this|the\s+recommendation)\s+forward)\b/iu,
    "does not agree",
  ],
  [
    /\b(?:met|implemented|addressed|achieved)\s+only\s+in\s+part\b|\bonly\s+(?:be\s+)?(?:partly|partially)\s+(?:met|implemented|addressed)\b/iu,
    "partly agrees",
  ],
  [/\baccepts? (?:recommendations? )?(?:\d{1,2} )?in principle\b/iu, "partly agrees"],
  // The matter taken up to be considered, with a reservation in the same sentence: "vil
  // vurdere dette i budsjettarbeidet, men jeg vil understreke at …", "ska överväga frågan, men
  // …": neither agreeing nor declining, in part.
  [
    /(?<!\p{L})(?:vil|skal|ska|skall|kommer\s+att|kommer\s+til\s+å)\s+(?:vurdere|överväga|utreda|utrede|se\s+nærmere\s+på|se\s+över)\s+(?:dette|detta|det|saken|frågan|spørsmålet|forslaget|förslaget|anbefalingen|rekommendationen)(?!\p{L})[^.;!?]{0,200}?,?\s+(?:men|dock)\s/iu,
    "instämmer delvis",
  ],
  // A recommendation named by its code or number, as minutes name them: "the Council accepted
  // P1", "accepted recommendations R2 and R3", "rejected proposal 4" (never "in principle").
  [acceptedByCode("accepted"), "agrees"],
  [acceptedByCode("rejected"), "does not agree"],
  // "was accepted in full", "is accepted in its entirety": said of the whole, nothing held back;
  // retold in minutes, "the service accepted the recommendation" (or "the proposal", as Audit
  // Wales names its proposals for improvement), "the strategy had been
  // accepted as a recommendation and …".
  [
    /\baccepts?\b|\baccepted(?:\s+(?:in full|in its entirety|fully))?(?=\s*(?:[.;:]|$))|\b(?:was|were|had been|has been|have been)\s+(?:fully\s+)?accepted(?:\s+(?:as\s+(?:a|the)\s+recommendation|and)\b|,\s+(?=(?:with|and)\s))|\b(?:has|have|had)\s+accepted\b|\baccepted\s+(?:this|it)(?=\s+(?:and|but)\s|\s*[.;,])|\baccepted\s+(?:the|this|that|both|all)\s+(?:[\p{L}-]+\s+){0,2}?(?:recommendations?|proposals?)\b/iu,
    "agrees",
  ],
  // A government's answer under "Response": "Supported.", "Supported in principle.", "Not
  // supported." The bare participle only, so "is supported by" states nothing.
  [/\bnot supported(?=\s*(?:[.;:]|$))/iu, "does not agree"],
  // An action plan's cell opens with it, the answer after a dash: "Agreed in principle – …".
  // Standing alone as the position ("Management response: Agreed in part.", "Government
  // position: Agreed in part"), "Agreed in part" is the middle one of the three an action plan
  // offers (agreed, in part, not agreed); in prose, "agrees in part" still lies between two
  // stances, as check reads it.
  [
    /\b(?:(?:supported|accepted) (?:in principle|in part)|agreed in (?:principle|part))(?=\s*(?:[.,;:–—]|-\s|$))/iu,
    "partly agrees",
  ],
  [/(?<!\bnot )\bsupported(?=\s*(?:[.;:]|$))/iu, "agrees"],
  // The subject may stand inside the phrase: "Däremot ställer sig regionstyrelsen inte bakom
  // …", "Även uppföljningen är regionstyrelsen positiv till".
  [/\bställer sig (?:[\p{L}-]+ ){0,2}?(?:inte|ej) bakom\b/iu, "instämmer inte"],
  [/\bställer sig (?:[\p{L}-]+ ){0,2}?(?:helt )?bakom\b/iu, "instämmer"],
  [eitherOrder(String.raw`\bställer sig`, String.raw`bakom\b`), "instämmer"],
  [/(?<!\p{L})är (?:[\p{L}-]+ ){0,2}?positiva? till\b/iu, "instämmer"],
  [/\bavser inte\b/iu, "instämmer inte"],
  // Norwegian and Danish as "avser inte": a body that will not take the step, "Rådmannen vil
  // derfor ikke samle innkjøpsfunksjonen", "… og vil ikke utarbeide en separat plan",
  // "Forvaltningen vil ikke tage initiativ til …"; not a thing that will not be or give
  // something ("en stikprøvekontrol vil ikke give yderligere sikkerhed", "vil ikke være mulig"),
  // nor a step put off ("vil ikke starte opp før høsten").
  [
    /(?<=(?:^|\s)(?:[\p{L}-]+(?:en|et|ne)|vi|jeg|og|men)\s+)vil\s+(?:derfor\s+|dermed\s+|likevel\s+|heller\s+|dog\s+)?(?:ikke|ikkje)\s+(?!(?:være|vere|vær|bli|blive|kunne|få|gi|give|gje|gjelde|gælde|skje|ske|føre|medføre|endre|ændre)(?!\p{L}))(?:å\s+|at\s+)?\p{L}(?![^.;!?]{0,120}?(?<!\p{L})(?:før|inden|innen|inntil|indtil)(?!\p{L}))/iu,
    "instämmer inte",
  ],
  // Judging otherwise than the auditors: "Här gör nämnden en annan bedömning", Norwegian "gjør
  // en annen vurdering", Danish "foretager en anden vurdering", "takes a different view".
  // In part: "gör en delvis annan bedömning", "gör delvis en annan bedömning" (before the
  // whole, which starts at the same word).
  [
    /\b(?:gör|gjør|gør|foretager)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:delvis|delvist)\s+(?:en\s+)?|en\s+(?:delvis|delvist)\s+)(?:annan|annen|anden)\s+(?:bedömning|vurdering)\b|\btakes? a partly different view\b/iu,
    "instämmer delvis",
  ],
  [
    /\b(?:gör|gjør|gør|foretager)\s+(?:[\p{L}-]+\s+){0,2}?(?:en )?(?:annan|annen|anden)\s+(?:bedömning|vurdering)\b|\btakes? a different view\b/iu,
    "instämmer inte",
  ],
  [/\bdelvis (?:instämmer|delar|överens)\b/iu, "instämmer delvis"],
  // Meeting the recommendation: "Rekommendationen tillgodoses (delvis)".
  [/\brekommendation\p{L}* tillgodoses (?:endast |bara )?delvis\b/iu, "instämmer delvis"],
  [/\brekommendation\p{L}* tillgodoses\b/iu, "instämmer"],
  // Met already: "Kontoret bedömer att rekommendationen redan är tillgodosedd".
  [
    /\brekommendation\p{L}* (?:redan )?är (?:redan )?(?:tillgodosedd|tillgodosett|uppfylld|uppfyllt)\b/iu,
    "instämmer",
  ],
  // Taking a recommendation to heart, in either word order: "tar delvis till sig
  // rekommendationen" (a "delvis" or "inte" inside qualifies it).
  [eitherOrder(String.raw`\btar`, String.raw`till sig\b`), "instämmer"],
  // Seeing no need for what is recommended: "anser (bedömer) inte att en särskild plan behövs", "anser
  // inte att det behövs en särskild enhet", "anser inte att en månatlig uppföljning tillför
  // tillräckligt", "anser inte att en gemensam lösning är ändamålsenlig" (Norwegian and Danish
  // "mener ikke at … er hensiktsmessig"), "Någon ytterligare ordning behövs därför inte", and
  // the view without "att": "… ansåg regeringen inte vara ändamålsenlig".
  [
    /\b(?:anser|bedömer|menar) (?:[\p{L}-]+ ){0,2}?(?:inte|ej) att (?:[\p{L}-]+ ){0,8}?(?:behövs|krävs|tillför|är (?:nödvändi|motivera|befoga|ändamålsenli|lämpli)\p{L}*)|\b(?:mener|anser|vurderer|finner) (?:[\p{L}-]+ ){0,2}?(?:ikke|ikkje) at (?:[\p{L}-]+ ){0,8}?(?:trengs|trengst|kreves|er (?:nødvendi|hensiktsmessi|formålstjenli)\p{L}*)|\b(?:behövs|krävs) (?:därför |dock |heller )?(?:inte|ej)\b|\b(?:anser|bedömer) (?:[\p{L}-]+ ){0,2}?(?:inte|ej) (?:vara|som) (?:nödvändi|motivera|befoga|ändamålsenli|lämpli)\p{L}*/iu,
    "instämmer inte",
  ],
  // The same with the negation inside the clause the view opens: "mener at … og at det ikke er
  // hensiktsmessig med en egen rapportering", "anser att det inte är ändamålsenligt att …",
  // and the view in the passive: "Någon särskild uppföljning bedöms inte tillföra något",
  // "anses inte behövas", Norwegian "vurderes ikke å være nødvendig".
  [
    /\b(?:mener|anser|vurderer|finner|menar|bedömer) (?:[\p{L}-]+ ){0,2}?att? (?:[\p{L}-]+ ){0,10}?(?:det|detta|dette) (?:(?:ikke|ikkje|inte|ej) (?:er|är)|(?:er|är) (?:ikke|ikkje|inte|ej)) (?:nødvendi|hensiktsmessi|formålstjenli|nödvändi|ändamålsenli|motivera|befoga)\p{L}*|\b(?:bedöms|anses|vurderes|anses) (?:därför |derfor |dock )?(?:inte|ej|ikke|ikkje) (?:tillföra|behövas|tilføre|trenges|(?:vara|være) (?:nødvendi|hensiktsmessi|nödvändi|ändamålsenli|motivera|befoga)\p{L}*)(?!\p{L})/iu,
    "instämmer inte",
  ],
  // Seeing no ground for the step: Norwegian and Danish "meiner det ikkje er grunnlag for å
  // selje …", "ser ikke grunnlag for at …", "finder ikke grundlag for …", Swedish "ser ingen
  // grund för att …".
  [
    /\b(?:(?:(?:er|finst|finnes|finns|findes)\s+(?:det\s+)?(?:ikke|ikkje|inte|ej)|det\s+(?:ikke|ikkje|inte|ej)\s+(?:er|finst|finnes|finns|findes))\s+(?:noko\s+|noe\s+|nogen\s+|någon\s+)?(?:grunnlag|grundlag|grund)|(?:ser|finner|finder)\s+(?:[\p{L}-]+\s+){0,2}?(?:ikke|ikkje|inte|ej)\s+(?:noko\s+|noe\s+|nogen\s+)?(?:grunnlag|grundlag|grund)|(?:ser|finner|finder|finns|er)\s+(?:[\p{L}-]+\s+){0,2}?(?:inget|ingen|intet|inga)\s+(?:grunnlag|grundlag|grund))\s+(?:for|för|til)\b/iu,
    "instämmer inte",
  ],
  // Refusing what is asked, whatever is offered in its stead: "… och det tänker vi inte göra".
  [
    /\b(?:det|detta) (?:tänker|avser|kommer) (?:[\p{L}-]+ ){0,2}?(?:inte|ej) (?:att )?göra\b/iu,
    "instämmer inte",
  ],
  // Declining to carry the recommendation out: "avser därför inte att genomföra
  // rekommendationen", "kommer inte att införa rekommendationen", "vil ikke gjennomføre
  // anbefalingen", "vil ikke følge opp denne anbefalingen", "will not implement the
  // recommendation" (in part, "i den form" named, it is still declined as written).
  [
    /\b(?:avser|kommer|tänker|planerar|vil|kommer til|will|does|do|intends?)\s+(?:[\p{L}-]+\s+){0,2}?(?:inte|ej|ikke|ikkje|not)\s+(?:att\s+|å\s+|to\s+)?(?:genomföra|införa|verkställa|följa(?:\s+upp)?|gjennomføre|iverksette|følge(?:\s+opp)?|gennemføre|implement|adopt|carry out)\s+(?:[\p{L}-]+\s+){0,1}?(?:rekommendation\p{L}*|anbefaling\p{L}*|recommendations?)\b/iu,
    "instämmer inte",
  ],
  // The recommendation declined in the passive: "Rekommendationen genomförs därför inte",
  // "Rekommendationen kommer inte att genomföras", Norwegian "Anbefalingen følges ikke opp",
  // "The recommendation will not be implemented".
  [
    /\b(?:rekommendation|anbefaling|recommendation)\p{L}*\s+(?:(?:genomförs|införs|följs|verkställs|gjennomføres|følges|iverksettes|gennemføres)\s+(?:därför\s+|derfor\s+|alltså\s+)?(?:inte|ej|ikke|ikkje)\b|(?:kommer|vil|skal)\s+(?:därför\s+|derfor\s+)?(?:inte|ej|ikke|ikkje)\s+(?:att\s+|å\s+|til\s+at\s+)?(?:genomföras|införas|följas|verkställas|bli\s+gjennomført|gjennomføres|følges|gennemføres|blive\s+gennemført)\b|(?:will|shall)\s+not\s+be\s+(?:implemented|adopted|carried out)\b)/iu,
    "instämmer inte",
  ],
  // Refraining from the step: "avstår därför från att redovisa den", Danish "afstår fra at",
  // Norwegian "avstår fra å"; not from commenting ("avstår från att yttra sig"), which takes
  // no side.
  [
    /\b(?:avstår|afstår)\s+(?:därför\s+|derfor\s+|dock\s+|tills vidare\s+)?(?:från|fra)\s+(?:att|å|at)\s+(?!yttra|uttala|udtale|uttale|kommentera|kommentere|lämna\s+(?:synpunkter|yttrande)|avge|afgive|avgi)/iu,
    "instämmer inte",
  ],
  // Proposing or saying that it will not be carried out: "föreslår därför att
  // rekommendationen inte genomförs".
  [
    /\b(?:föreslår|anser)\s+(?:därför\s+)?att\s+rekommendationen\s+(?:inte|ej)\s+(?:genomförs|införs|verkställs)\b|\brekommendationen\s+kommer\s+(?:därför\s+)?(?:inte|ej)\s+att\s+(?:genomföras|införas|verkställas)\b/iu,
    "instämmer inte",
  ],
  // An action plan's answer that opens with the status of the recommendation, bare or after
  // its label: "Nämndens åtgärd: Genomförs.", "Genomförs delvis.", "Åtgärdas inte.",
  // "Gjennomføres.", "Gennemføres delvist." (a "delvis" or "inte" after it qualifies it, as in
  // any clause), and what is done already: "Redan åtgärdat.", "Allerede gennemført.".
  [
    /(?:^\s*|:\s+)(?:genomförs|åtgärdas|införs|verkställs|beaktas|gjennomføres|iverksettes|gennemføres|implementeres|redan (?:åtgärdat|genomfört|infört|åtgärdad|genomförd|införd)|allerede (?:gjennomført|gennemført|iverksatt|implementeret|utbedret|rettet))(?=\s*(?:[.;:–—]|-\s|$)|\s+(?:delvis|delvist|inte|ej|ikke|ikkje)\s*(?:[.;:–—]|-\s|$))/iu,
    "instämmer",
  ],
  // What the auditors or the inspectors saw, found to be right: "Länsstyrelsens iakttagelse
  // stämmer", "Revisorernas bedömning är riktig", Norwegian "Revisjonens vurdering stemmer",
  // "The finding is accurate" (a "delvis" or "inte" after it qualifies it, as in any clause).
  [
    /\b(?:iakttagelse|bedömning|beskrivning|slutsats|kritik|vurdering|merknad|bemærkning|konklusjon|konklusion|finding|observation|assessment|conclusion)\p{L}{0,4}\s+(?:stämmer|stemmer|är\s+(?:(?:helt|delvis|inte)\s+)?(?:riktig|korrekt)\p{L}?|er\s+(?:(?:helt|delvis|ikke)\s+)?(?:riktig|korrekt)\p{L}?|(?:is|are)\s+(?:(?:partly|not)\s+)?(?:accurate|correct))(?!\p{L})/iu,
    "instämmer",
  ],
  // An answer cell that opens with the bare word: "Delvis. Nämnden kommer att …".
  [/^\s*(?:delvis|delvist|til dels|partly|partially)\s*[.:;–-]/iu, "instämmer delvis"],
  // More ways to agree, agree in part or not, in Swedish, Norwegian, Danish and English.
  [
    /\bser (?:[\p{L}-]+ ){0,3}?(?:inte|inget|inga|ej|ikke|ingen) (?:något |några |noe )?(?:behov|skäl|grunn|anledning)\b|\bmotsätter sig\b|\bställer (?:sig|oss|vi oss|nämnden sig|styrelsen sig) (?:starkt |mycket |därför )?(?:frågande|tveksam|tveksamma|kritisk|kritiska) till\b|\bavvisar\b|\bavslår\b|\bavslås\b|\bstøtter ikke\b|\bstøtter ikkje\b|\b(?:does|do) not support\b|\bnot agreed\b|\bdisagreed\b/iu,
    "instämmer inte",
  ],
  // "Partially supports" as "partially agrees"; "in part" lies between, as check's "agrees in part".
  [/\bpartially supports?\b/iu, "instämmer delvis"],
  [
    /\bvälkomnar\b|(?<!\p{L})är (?:helt )?(?:enig|eniga|överens) (?:med|i|om)\b|\b(?:godtar|accepterar|bifaller)\b|\bbifalls\b|\btar till sig\b|\bansluter sig till\b|\bhar inget att invända\b|\bhar (?:inga|inte några) invändningar mot\b|\bstøtter\b|\btilslutter? sig\b|\bslutter seg til\b|\btar [\p{L} ]{0,30}til følge\b|\bsupports? the (?:recommendation|finding|auditor)|\bwelcomes? the (?:recommendation|report|review)/iu,
    "instämmer",
  ],
  [/\bdo(?:es)? not (?:concur|agree)\b|\bnon-?concurs?\b/iu, "does not agree"],
  [
    /\bconcurs? in principle\b|\b(?:partially|partly) (?:agree|concur)(?:s|d)?\b/iu,
    "partly agrees",
  ],
  [
    /\bconcurs?\b|\bagreed(?=\s*(?:[.;:–—]|-\s|$))|\bagreed with (?:the|this|these|that|each|both|all) (?:[\p{L}’'-]+ ){0,2}?(?:recommendations?|proposals?)\b/iu,
    "agrees",
  ],
  // What the body does already meets the recommendation: "the framework already published
  // meets this recommendation", "the recommendation is already met"; not "does not meet".
  [
    /(?<!\bnot\s)\bmeets?\s+(?:this|the|that)\s+recommendation\b|\brecommendation\s+(?:is|was|has\s+been)\s+(?:already\s+)?met\b/iu,
    "agrees",
  ],
  // Retold in minutes, of an action plan's line: "management had agreed this action", "the
  // action had been agreed but its date moved", "both recommendations were agreed"; not "agreed
  // in part", "agreed to defer", "agreed with the auditors", nor "not agreed".
  [
    /\b(?:has|have|had)\s+agreed\s+(?:this|the|that|these|both|all|each)\s+(?:[\p{L}-]+\s+){0,2}?(?:actions?|recommendations?)\b(?!\s+in\s+(?:part|principle))|\b(?:actions?|recommendations?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+agreed\b(?!\s+(?:in\s+(?:part|principle)|to|with|that)\b)/iu,
    "agrees",
  ],
];

/**
 * Weaker ways of answering, read only where the text states no stance otherwise: a body that
 * says it already does what is recommended agrees with it; one that only takes note of the
 * report ("noterar", "tar til etterretning", "noted") states no stance.
 */
const weakWords: [RegExp, string][] = [
  [
    /(?<!\p{L})(?:är|har) (?:\p{L}+ ){0,2}?redan (?:\p{L}+ )?(?:genomför|åtgärda|infört|införd|på plats|påbörja|revider|ändra|justera|uppdatera|komplettera|rätta|upprätta|fastställ)\p{L}*|\b(?:rekommendationen|kravet|bristen|påpekandet|anmärkningen|avvikelsen|anbefalingen|anbefalingerne|pålegget|kravene|bristerna|punkten|punktet)\s+(?:är|anses|er|anses vara|ansees|regnes|betraktes|anses som|regnes som|betraktes som|betragtes som)\s+(?:\p{L}+\s+)?(?:tillgodosedd|tillgodosett|uppfylld|uppfyllt|uppfyllda|genomförd|genomfört|åtgärdad|åtgärdat|åtgärdade|oppfylt|rettet|lukket|utbedret|gjennomført|gennemført|fullført)\b|\b(?:detta|det|dette)\s+(?:görs|sker|gøres|gjøres|skjer)\s+(?:redan|allerede)\b|\bfinns redan\b|\bredan är (?:\p{L}+ )?(?:på plats|genomför\p{L}*|åtgärdad\p{L}*|infört|införd)|\balready (?:been )?(?:implemented|in place|addressed|completed|underway|changed|updated|revised|amended|corrected|met)\b|\ber allerede (?:gjennomført|iverksatt|på plass)\b|\bhar allerede (?:\p{L}+ )?(?:ændret|endret|justeret|justert|opdateret|oppdatert|rettet|gennemført|gjennomført|indført|innført)\b/iu,
    "instämmer",
  ],
  [
    /\bnoterar\b|\btar (?:del av|informationen till)\b|\blägger [\p{L} ]{0,30}till handlingarna\b|\btar [\p{L} ]{0,30}til (?:etterretning|orientering)\b|\btager [\p{L} ]{0,30}?til efterretning\b|\bnoted\b/iu,
    "inget ställningstagande",
  ],
];

/**
 * Where a phrase of the vocabulary may begin in prose. "delar" is also the plural of "del", so
 * it counts only before what is shared (a judgement, a picture, a view, a recommendation), a few words allowed
 * between ("delar dock inte …", "delar överlag …", "delar kommunstyrelsen i viss mån …").
 */
const vocabularyStart =
  /(?<!\p{L})(?:instämmer|agrees?|disagrees?|fully agrees|does not agree|inget ställningstagande|delar(?=\s+(?:[\p{L}]+\s+){0,4}?(?:[\p{L}:]+s\s+)?(?:bedömning|bild|uppfattning|slutsats|synpunkt|syn|ståndpunkt|rekommendation)\p{L}*))(?!\p{L})/giu;

/**
 * An answer retold after the fact, in the past tense: "Nämnden instämde i …", "delade däremot
 * inte bedömningen", "höll med", "ställde sig bakom", "ansåg inte att … behövs", Norwegian and
 * Danish "var enig". Read as the present the patterns know, word for word.
 */
const pastTense =
  /(?<!\p{L})(?:concurred|instämde|delade|höll|välkomnade|ställde(?= sig)|tillstyrkte|avstyrkte|godtog|accepterade|ansåg|bedömde|avsåg|gjorde(?= (?:\p{L}+ )?(?:en )?(?:annan|delvis))|såg(?= (?:\p{L}+ ){0,3}?(?:positivt|inget|inga|inte|något))|tog(?= (?:\p{L}+ ){0,2}?till sig)|hade(?= inget att invända)|var(?= (?:\p{L}+ )?(?:helt |heilt |delvis |delvist )?(?:enige?|uenige?|samde?|usamde?)(?!\p{L})))(?!\p{L})/giu;
const presentOf: Record<string, string> = {
  concurred: "concurs",
  instämde: "instämmer",
  delade: "delar",
  höll: "håller",
  välkomnade: "välkomnar",
  ställde: "ställer",
  tillstyrkte: "tillstyrker",
  avstyrkte: "avstyrker",
  godtog: "godtar",
  accepterade: "accepterar",
  ansåg: "anser",
  bedömde: "bedömer",
  avsåg: "avser",
  gjorde: "gör",
  såg: "ser",
  tog: "tar",
  hade: "har",
  var: "er",
};
function inPresent(text: string): string {
  return text.replace(pastTense, (word) => {
    const present = presentOf[word.toLowerCase()] ?? word;
    return word[0] === word[0]?.toUpperCase()
      ? `${present[0]?.toUpperCase() ?? ""}${present.slice(1)}`
      : present;
  });
}

/** The first stance a text states, or the between-phrase it states instead of one. */
export function readStanceIn(said: string): StanceReading | undefined {
  const text = withoutNeitherNor(inPresent(said));
  // "Agree or Disagree: Partially agree", "Instämmer/Instämmer ej: Instämmer ej": a field whose
  // name holds the stance words it asks for is answered by its value, never by its name.
  const field = fieldName.exec(text);
  if (field && readAsWritten(field[1] ?? "")) {
    const value = readAsWritten(text.slice(field[0].length));
    if (value) return { ...value, at: value.at + field[0].length };
  }
  const reading = readAsWritten(text);
  return reading?.stance === "disagrees" ? promisedBefore(text, reading) : reading;
}

/**
 * "Treasury neither agreed nor disagreed with this recommendation", Swedish "varken tillstyrker
 * eller avstyrker", Norwegian "verken enig eller uenig": both ways denied, which states no
 * stance. The phrase is blanked out, its length kept, so that the rest is read alone.
 */
const neitherNor =
  /(?<!\p{L})(?:neither|varken|verken|hverken)\s+(?:\p{L}+\s+){0,2}?(?:agree[sd]?|concur(?:s|red)?|accept(?:s|ed)?|support(?:s|ed)?|tillstyrker|instämmer|enig|enige|samd)\s+(?:nor|eller)\s+(?:\p{L}+\s+){0,2}?(?:disagree[sd]?|non-?concur(?:s|red)?|reject(?:s|ed)?|oppose[sd]?|avstyrker|uenig|uenige|usamd)(?!\p{L})/giu;
function withoutNeitherNor(text: string): string {
  return text.replace(neitherNor, (m) => " ".repeat(m.length));
}

/**
 * A promise, then "men"/"but" and the view that what is recommended is not needed, in one
 * sentence: "avser att redovisa incidenterna i årsberättelsen, men anser inte att en separat
 * rapport behövs", "will publish the figures annually but does not agree that a quarterly
 * return is needed". The body does part of it its own way: that is agreeing in part.
 */
const promiseThenBut =
  /(?<!\p{L})(?:(?:avser|kommer|planerar|tänker|ämnar|vil|skal|akter|agter)\s+(?!(?:inte|ej|ikke|ikkje)\s)(?:\p{L}+\s+)?(?:att|å|at)|will(?!\s+not)|intends?\s+to|plans?\s+to)\s[^.;!?]*?(?<!\p{L})(?:men|but)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A disagreeing reading after a promise of the same sentence, read as agreeing in part. */
function promisedBefore(text: string, reading: StanceReading): StanceReading {
  const before = text.slice(Math.max(0, reading.at - 300), reading.at);
  const sentence = before.slice(before.search(/[^.;!?]*$/u));
  if (!promiseThenBut.test(sentence)) return reading;
  const stance = readStance("instämmer delvis");
  return stance ? { stance, at: reading.at } : reading;
}

/** A field's name before its value: a few words and a colon at the start, no sentence. */
const fieldName = /^\s*([\p{L}][\p{L}'’/ -]{1,40}?)\s*:\s+(?=\S)/u;

/**
 * How much text after a stance word the vocabulary reads: far more than its longest phrase and
 * the word after it, and bounded, so that a long paragraph with a stance word in every sentence
 * is read in time linear in its length, not from each word to the paragraph's end.
 */
const proseWindow = 160;

function readAsWritten(text: string): StanceReading | undefined {
  const own = statedStanceWords(text.trim());
  if (own !== undefined) {
    const stance = readStance(own);
    return stance ? { stance, at: 0 } : undefined;
  }
  const found: StanceReading[] = [];
  for (const match of text.matchAll(vocabularyStart)) {
    const at = match.index ?? 0;
    // A stop right after a word is set apart, so that a between-phrase ending a sentence
    // ("Management agrees in part.") is known as one, as it is before a space.
    const read = stanceVocabulary.readInProse(
      text.slice(at, at + proseWindow).replace(/(?<=\p{L})([.,;:!?])/gu, " $1"),
    );
    if (read.ok) found.push({ stance: read.value, at });
    else if (read.suggestions.length > 0)
      found.push({
        between: (/^\S+(?:\s+\S+){0,2}/u.exec(text.slice(at))?.[0] ?? "").replace(/[.,;:!?]$/, ""),
        suggestions: read.suggestions,
        at,
      });
  }
  for (const [pattern, phrase] of otherWords) {
    const match = pattern.exec(text);
    if (!match) continue;
    const stance = readStance(phrase);
    const between = stance ? undefined : stanceVocabulary.readInProse(phrase);
    if (stance) found.push({ stance, at: match.index });
    // Before the vocabulary's reading of the same words: "instämmer inte fullt ut" is longer
    // than the "instämmer inte" it begins with.
    else if (between && !between.ok && between.suggestions.length > 0)
      found.unshift({ between: match[0], suggestions: between.suggestions, at: match.index });
  }
  // A weaker answer is read by its own words alone, not by the clause before it: "att
  // rapporteringen av ej verkställda beslut redan är på plats" is done, whatever "ej" says of
  // the decisions.
  if (found.length === 0) {
    const weak = weakWords
      .map(([pattern, phrase]) => ({ match: pattern.exec(text), stance: readStance(phrase) }))
      .filter(({ match, stance }) => match && stance && !negation.test(match[0]))
      .map(({ match, stance }) => ({ stance, at: match?.index ?? 0 }) as StanceReading)
      .sort((a, b) => a.at - b.at)[0];
    return weak;
  }
  // Where two readings start at the same word, the one of the longer phrase came first above.
  const first = found.sort((a, b) => a.at - b.at)[0];
  return first?.stance === "agrees" ? qualifiedInClause(text, first) : first;
}

/**
 * The words around a stance verb that belong to its clause: back to the clause's start, forward
 * to what is agreed with ("att", "that", "at") or the next clause. A negation or a "partly"
 * anywhere in them qualifies the verb, in any word order: "instämmer däremot inte", "delar
 * regeringen delvis", "We do not agree", "tilslutter sig ikke".
 */
const clauseBreak =
  /[.;:!?,]|(?<!\p{L})(?:att|that|at|som|which|who|men|but|och|and|samt|og|eller|or|to|eftersom|because)(?!\p{L})/iu;
const negation =
  /(?<!\p{L})(?:inte|ej|icke|ikke|ikkje|not|never|no longer|aldrig|n't)(?!\p{L})(?!\s+(?:minst|bara|enbart|endast|least|only|just|bare|mindst|blot|kun)(?!\p{L}))/iu;
const inPart =
  /(?<!\p{L})(?:delvis|delvist|partly|partially|in part|til dels|till viss del|till en del|i viss mån)(?!\p{L})/iu;
const notFully =
  /(?<!\p{L})(?:helt|fullt ut|fullständigt|till fullo|fully|entirely|completely|heilt|fuldt ud)(?!\p{L})/iu;

/** The clause around a stance read at `at`, from its start to its end. */
function stanceClause(text: string, at: number): string {
  const before = text.slice(0, at).split(clauseBreak).at(-1) ?? "";
  const after = text.slice(at);
  const verb = /^\S+/u.exec(after)?.[0].length ?? 0;
  const end = clauseBreak.exec(after.slice(verb));
  return `${before.split(/\s+/).slice(-4).join(" ")} ${after.slice(0, verb + (end?.index ?? after.length))}`;
}

/**
 * Agreeing, then judging otherwise on the rest in the same sentence: "kan tilslutte sig, at
 * afstemningen dokumenteres bedre, men finder ikke, at en månedlig afstemning står mål med …",
 * "instämmer i att … men anser inte att …", "men vill inte …", "agrees …, but does not
 * consider …", "delar bedömningen men har en annan uppfattning om …", "anser att förslaget är
 * motiverat för nya, men att det inte är ändamålsenligt för …" (the judging verb's second
 * clause); in the Nordic languages a view of its own after "men" ("er enig i at … bør
 * synliggjøres, men mener at en full tallfesting vil kreve …") holds the rest back too. A verb of judging or wanting must be negated: "men kan inte ske före 2028" only says
 * when.
 */
const butJudgesOtherwise =
  /^[^.;!?]*?(?<!\p{L})(?:men|but)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:finder|anser|mener|menar|synes|tycker|bedömer|vurderer|vill|vil|considers?|believes?|does|do)\s+(?:[\p{L}-]+\s+){0,1}?(?:ikke|ikkje|inte|ej|not)(?!\p{L})|(?:har|takes|has)\s+(?:en\s+|a\s+)?(?:annan|annen|anden|different)\s+(?:uppfattning|bedömning|syn|vurdering|opfattelse|view)|(?:att|at|that)\s+(?:det|detta|dette|den|it|this)\s+(?:inte|ej|ikke|ikkje|is\s+not|was\s+not)(?!\p{L})|(?:mener|menar|anser|finner|finder)\s+(?:dog\s+|dock\s+|likevel\s+|ändå\s+)?(?:att|at)\s)/iu;

/** An agreeing reading as its clause qualifies it: negated, negated in part, or partly. */
function qualifiedInClause(text: string, reading: StanceReading): StanceReading {
  const clause = stanceClause(text, reading.at);
  const phrase = negation.test(clause)
    ? notFully.test(clause)
      ? "instämmer inte helt"
      : "instämmer inte"
    : inPart.test(clause) || butJudgesOtherwise.test(text.slice(reading.at))
      ? "instämmer delvis"
      : undefined;
  if (phrase === undefined) return reading;
  const stance = readStance(phrase);
  if (stance) return { stance, at: reading.at };
  const between = stanceVocabulary.readInProse(phrase);
  return between.ok
    ? { stance: between.value, at: reading.at }
    : { between: clause.trim(), suggestions: between.suggestions, at: reading.at };
}

/**
 * Whether a text opens with an answer: a stance stated within its first words ("Concur.",
 * "Nämnden instämmer.", "Økonomiudvalget er enig …"), not under a label ("Management response:
 * Agreed.", which a report prints as well as a response).
 */
export function answersAtOnce(text: string): boolean {
  // A writer's position under its label ("Government position: Agreed", "Nämndens
  // ställningstagande: Instämmer") is the answer itself, a label reports do not print.
  const answer = text.replace(writersPosition, "");
  const reading = readStanceIn(answer);
  return (
    reading?.stance !== undefined &&
    reading.stance !== "no-stance" &&
    reading.at < 40 &&
    !answer.slice(0, reading.at).includes(":")
  );
}

/** The label of a writer's position on a recommendation, at a text's start. */
const writersPosition =
  /^\s*(?:[\p{L}’'-]+\s+){0,2}?(?:position|ståndpunkt|ställningstagande|standpunkt)\s*:\s*/iu;
