import { responseProbability } from "./learned-kind.ts";
import { answersAtOnce, eitherOrder } from "./stance-words.ts";

/**
 * Whether a text is an audit report or a response to one, with how sure the guess is. A response
 * quotes the report it answers, so the words that only a response uses (a stance, a decision to
 * adopt a statement, an action plan) weigh more than the report's vocabulary it repeats.
 */
export type ImportKind = "audit" | "response";

/**
 * A recommendation named apart by its content ("the recommendation that …", "rekommendationen
 * om att …") and, within the same sentence, the answer it had.
 */
const retoldAnswer =
  /\b(?:recommendation,?\s+(?:that|to)|(?:rekommendationen|anbefalingen|anbefalinga|tilrådinga|tilrådingen)(?:\s+om)?,?\s+(?:att|at))\b[^.;\n]{0,220}?\s(?:(?:had|has|was)\s+(?:not\s+)?(?:been\s+)?(?:agreed|accepted|rejected|declined)\b(?!\s+with\b)|(?:har|hade|er|blev|ble|vart|blitt|blevet)\s+(?:inte\s+|ikke\s+|ikkje\s+)?(?:blitt\s+|blevet\s+)?(?:accepterats|godtagits|tillstyrkts|avslagits|avstyrkts|akseptert|avvist|tatt til følge|accepteret|afvist|imødekommet)(?!\p{L}))/giu;

const responseCues: [RegExp, number][] = [
  // A statement, but not one asked for: "överlämnar rapporten för yttrande" is the auditors'
  // covering letter.
  [/\b(?<!\bför\s+)(?:yttrande|uppföljande yttrande|återrapportering)\b/giu, 1],
  [/\b(?:svar på|yttrande över)\s+(?:revisions|gransknings|revisorernas|\p{L}*revisionens)/giu, 3],
  [
    /\bföreslås besluta\b|\bbeslutar att anta\b|\bantar tjänsteskrivelsen\b|\bgodkänner förvaltningens\b/giu,
    3,
  ],
  // Agreeing, and sharing (or not) someone's view in any words: "delar revisorernas bedömning",
  // "Regeringen delar Riksrevisionens uppfattning", "delar inte bedömningen", "delar i huvudsak
  // Länsstyrelsens bedömningar", Norwegian and Danish "deler ikke revisjonens vurdering",
  // "deler Rigsrevisionens opfattelse".
  [
    /\binstämmer\b|\bdelar\s+(?:inte\s+|delvis\s+|helt\s+|i\s+huvudsak\s+)?(?:\p{L}+s\s+)?(?:bedömning|uppfattning|slutsats|iakttagelse)(?:en|ar|arna|er|erna)?\b|\bdeler\s+(?:ikke\s+|delvis\s+)?(?:\p{L}+s\s+)?(?:vurdering|oppfatning|opfattelse|konklusjon|konklusion)/giu,
    2,
  ],
  // The government's written answer to a national audit report declares it dealt with
  // ("granskningsrapporten är slutbehandlad"), and a body states what it means to do.
  [/\bslutbehandlad\b/giu, 2],
  [/\b(?:regeringen|nämnden|styrelsen|förvaltningen|kommunstyrelsen)\s+avser\s+att\b/giu, 1],
  [/\bavser inte\b|\bställningstagande\b/giu, 2],
  // An answer in either word order: a paper says "Nämnden ställer sig bakom", a reporter
  // retelling it "Även kravet på utbildning ställer sig styrelsen bakom", "håller styrelsen
  // helt med", "säger styrelsen nej till", "är styrelsen bara delvis enig".
  [eitherOrder(String.raw`\bställer sig`, String.raw`bakom\b`, "giu"), 2],
  [eitherOrder(String.raw`\bhåller`, String.raw`med\b`, "giu"), 2],
  [eitherOrder(String.raw`\bsäger`, String.raw`nej till\b`, "giu"), 2],
  [
    eitherOrder(
      String.raw`(?<!\p{L})är`,
      String.raw`(?:positiva? till|(?:enig|eniga|överens) med)\b`,
      "giu",
    ),
    2,
  ],
  [/(?<!\p{L})åtgärdsplan\b|\bförvaltningens kommentar|\bkommentar:/giu, 2],
  // A report that says the management's answers are in it ("Management's responses are included
  // in the report") is no answer itself.
  [
    /\b(?:concurs?|(?:partially\s+)?concurred(?!\s+with\s+(?:all\s+|both\s+|each\s+of\s+)?(?:\p{L}+\s+){0,2}?recommendations\b)|does not concur|did not concur|agency comments|management(?:['’]s)? responses?(?!\s+(?:are|is|were|have been)\s+(?:included|set out|reproduced|attached|shown|presented|summari[sz]ed)\b)|response to the draft)\b/giu,
    2,
  ],
  // English and Norwegian answers: "The government agrees with the Committee's recommendation",
  // "We partially agree", a tracker of agreed actions with target dates, "til orientering".
  [
    /\b(?:the government|the department|management|we)\s+(?:partially\s+|partly\s+)?(?:agrees?|disagrees?|accepts?)\b|\bgovernment response\b|\btreasury minutes\b/giu,
    2,
  ],
  // Any body by its name, in capitals: "The Commission agrees", "The Board partially agrees".
  [
    /\b[Tt]he (?:\p{Lu}[\p{L}-]+ ){1,3}(?:partially |partly )?(?:agrees|disagrees|accepts|does not agree)\b/gu,
    2,
  ],
  // Reports print the management's answers and target dates too, so those count for nothing.
  [/\bagreed actions?\b/giu, 1],
  [/\bhandlingsplan\b|\bhandleplan(?:en|er)?\b|^(?:åtgärd|ansvarig|klart)\s*:/gimu, 1],
  [
    /\bmed anledning av (?:revisorernas|revisionens|stadsrevisionens|kommunrevisionens) (?:rapport|granskning|revisionsrapport)/giu,
    2,
  ],
  [/\b(?:departmental |management )?action plan\b|^response:\s*(?:accepted|agreed|concur)/gimu, 2],
  [/\b(?:(?:er|sier seg) (?:delvist? |ikke )?|delvist? )u?enig\b|\btil orientering\b/giu, 2],
  // Nynorsk: "Fylkesrådmannen er samd / delvis samd / ikkje samd", "fråsegn" (a statement).
  [/\b(?:(?:er|seier seg) (?:delvis |ikkje )?|delvis )u?samd\b/giu, 2],
  [/\bfråsegn(?:a)?\b/giu, 1],
  // An answer under its writer's label in English ("Department Response: Agree.", "Agency
  // response: Accepted"); "Management response:", which reports print too, counts above.
  [/\b(?:department|agency|entity|auditee|ministry|council|region)(?:['’]s)? response\s*:/giu, 2],
  // A writer's position on each recommendation under its label ("Government position: Agreed").
  [/^(?:[\p{L}’'-]+\s+){0,2}?position\s*:/gimu, 2],
  // An answer under its writer's label ("Styrelsens svar:", "Nämndens svar:"), and
  // Finland-Swedish "omfattar rekommendationen".
  [/\b\p{L}+s svar\s*:|\bomfattar (?:inte )?rekommendation/giu, 2],
  // Whoever answers, in any tense: "The Head of HR agreed with the recommendation", "continued
  // to accept the recommendation"; Danish minutes take a report "til efterretning".
  [
    /\b(?:agree[sd]?|accept(?:s|ed)?)\s+(?:with\s+)?the\s+(?:audit\s+)?recommendations?\b|\btage[sr]? til efterretning\b/giu,
    2,
  ],
  // Minutes retelling an executive's or cabinet's answer to what was addressed to it: "The
  // Cabinet accepted the proposal in part", "P1 was accepted", "recommendation 3 was rejected",
  // "The Council's response accepted this", "the response did not agree that …", "In outlining
  // the Cabinet's response to the four proposals".
  [
    /\b(?:accept(?:s|ed)?|reject(?:s|ed)?|did not (?:accept|agree(?: with)?))\s+the\s+(?:\p{L}+\s+)?proposals?\b|\b(?:P|R|recommendation|proposal)\s*\d+\s+(?:was|were|is|has been)\s+(?:(?:partly|partially|fully|not)\s+)?(?:accepted|agreed|rejected)\b|\bresponse (?:accepted|agreed|did not (?:agree|accept)|rejected|stated)\b|\b\p{L}+['’]s\s+(?:proposed\s+|draft\s+)?response\s+to\s+the\s+(?:\p{L}+\s+)?(?:proposals|recommendations)\b/giu,
    2,
  ],
  // A decision on the answer: "RESOLVED – That the letter and the Council's response be noted",
  // "the management responses set out in Appendix 1 be approved", Swedish "svaret godkänns",
  // Norwegian "uttalelsen vedtas", Danish "besvarelsen godkendes".
  [
    /\bresponses?\b[^.\n]{0,40}?\bbe (?:noted|approved|agreed|endorsed|adopted)\b|\b(?:svaret|yttrandet|uttalelsen|tilbakemeldingen|besvarelsen|udtalelsen)\s+(?:godkänns|antas|noteras|godkjennes|vedtas|godkendes)\b/giu,
    2,
  ],
  // The wider ways of answering a recommendation (stance-words.ts) and a management's comment.
  [
    /\bvälkomnar\b|\bavvisar\b|\bser (?:inget|inte något|inga) behov\b|\bhar inget att invända\b|\bstøtter anbefaling|\btar [\p{L} ]{0,30}til følge\b|\bmanagement comments?\b|\b(?:supports|welcomes) the recommendation/giu,
    2,
  ],
  // Minutes reporting an officer's answer: "the Chief Officer advised that the service did not
  // agree with …", "explained that the service accepted the recommendation", "advised that a
  // review had been agreed in part", "advised that recommendations (a) and (b) were accepted".
  // A few words of subject at most, so that "confirmed that she would follow up the agreed
  // actions" is no answer.
  [
    /\b(?:advised|explained|confirmed|stated|said|reported) that (?:[\p{L}-]+ |\([a-h\d]\) ){0,5}?(?:(?:had|has) (?:been )?|was |were )?(?:accepted|agreed|did not agree|disagreed|declined|rejected)\b/giu,
    2,
  ],
  // Norwegian for the statement a response is: "I sin uttalelse til rapporten …".
  [/\buttalelse\b/giu, 1],
  // One recommendation retold with its answer in the same sentence, as minutes of a follow-up
  // do: "the recommendation that each card should be assigned to a vehicle had been agreed by the
  // Head of Fleet", "The second recommendation, that …, had not been accepted", Swedish
  // "rekommendationen om att … har accepterats", Norwegian "anbefalingen om at … er tatt til
  // følge", Danish "anbefalingen om, at … er blevet afvist". A report saying its recommendations
  // "have been agreed with management" states no answer of its own, and names none apart.
  [retoldAnswer, 2],
];
const auditCues: [RegExp, number][] = [
  [/\b(?:revisionsrapport|granskningsrapport|forvaltningsrevisjon|performance audit)\b/giu, 1],
  [
    /\b(?:vi|revisorerna|riksrevisionen|revisionsnämnden)\s+rekommenderar\b|\brekommenderar\s+vi\b|\brekommenderas\b/giu,
    2,
  ],
  [/\brevisionsfråg|\bsammanfattande (?:revisionell )?bedömning\b|\brevisionskriterier\b/giu, 2],
  [
    /\bwe (?:also |further |therefore |again )?recommend\b|\(recommendation \d+\)|\brecommendations database\b|\bthe anao recommends\b|\banbefaler\b|\btilrår\b/giu,
    2,
  ],
  [/\b\p{L}+ (?:bör|behöver|should)\s(?!\p{L}+ (?:bör|behöver))/giu, 1],
  // The answer still to come: "Kommunstyrelsen ska lämna sitt svar till revisorerna senast den
  // 31 januari", "the Council is expected to respond by March": a report, or a text about one,
  // before any answer was given.
  [
    /\b(?:ska|skall|kommer att)\s+lämna\s+(?:sitt|sina|ett)?\s*(?:svar|yttrande)\b|\b(?:is|are)\s+(?:due|expected|required)\s+to\s+(?:respond|reply)\b/giu,
    2,
  ],
  // Asking for that answer: "Revisorerna begär svar senast …", "emotser ett yttrande", Norwegian
  // "Kontrollutvalget ber om at rådmannen gir en skriftlig tilbakemelding", English "we invite the
  // Treasury and the departments concerned to respond to the recommendations".
  [
    /\b(?:begär|begärs|emotser|anmoder om|ber om)\s+(?:\p{L}+\s+){0,5}?(?:svar|yttrande|tilbakemelding|tilbagemelding|redegjørelse|redegørelse)\b|\b(?:invite|request)s?\b[^.]{0,120}?\bto (?:respond|reply)\b/giu,
    2,
  ],
];
/**
 * The auditors' own voice and their covering letter: weighed as the cues above, but never taken
 * for a recommendation repeated before its answer, since a body answering repeats what the
 * auditors recommend, not how they judged ("Vi bedömer att räkenskaperna är rättvisande." before
 * "Vi tillstyrker att ansvarsfrihet beviljas" is the auditors' text throughout).
 */
const auditVoiceCues: [RegExp, number][] = [
  // The auditors' own voice, which a body answering does not use: "Vi bedömer att …", "Vår
  // samlade bedömning är …", "I rapporten lämnar vi följande rekommendationer", Norwegian and
  // Danish "vi vurderer", "vores vurdering"; English "We found …", "We identified …", "Our
  // responsibilities under the Code of Audit Practice …", a news item's "The report also
  // recommends that …".
  [
    /\bvi\s+bedömer\b|\bbedömer\s+vi\b|\bvår\s+(?:samlade|sammanfattande|övergripande)\s+bedömning\b|\b(?:vi\s+lämnar|lämnar\s+vi)\s+(?:\p{L}+\s+){0,2}?rekommendation|\bvi\s+vurderer\b|\bvores\s+vurdering\b/giu,
    2,
  ],
  [
    /\bwe\s+(?:found|identified|examined|concluded|tested|audited)\b|\bour\s+(?:audit work|findings|responsibilities|testing|fieldwork)\b|\bcode of audit practice\b|\b(?:the|this|our)\s+(?:audit\s+)?report\s+(?:also\s+)?recommends\b/giu,
    2,
  ],
  // The auditing side taking up its auditors' findings to pass them on: Norwegian
  // "Kontrollutvalget slutter seg til revisjonens konklusjoner og anbefalinger", Swedish
  // "Revisorerna ställer sig bakom de sakkunnigas bedömningar", a public accounts committee's "we
  // endorse the conclusions and recommendations of these reports". A body answering agrees in the
  // same words, so the subject is what tells.
  [
    /\b(?:kontrollutvalget|kontrollutvalet|kontrolkomit[eé]en|kontrollkomit[eé]en|revisionsutskottet|revisorerna|we|(?:public accounts|audit) committee)\s+(?:also\s+)?(?:endorses?|slutter seg til|ställer (?:sig|oss) bakom|instämmer i|tiltrer)\s+(?:\p{L}+\s+){0,2}?(?:conclusion|konklusjon|konklusion|bedömning|slutsats|anbefaling|rekommendation|recommendation|finding|vurdering)/giu,
    3,
  ],
  // The covering letter in the auditors' present tense, handing the report over for an answer:
  // "överlämnar den till nämnden för yttrande senast den 30 juni", "översänder rapporten till
  // styrelsen för svar", Norwegian and Danish "oversender rapporten til uttalelse". A response
  // retells it in the past ("har överlämnat rapporten för yttrande").
  [
    /(?<!\p{L})(?:överlämnar|översänder|oversender)\s[^.]{0,160}?\b(?:för\s+(?:yttrande|svar)|til\s+(?:uttalelse|udtalelse|høring))\b/giu,
    2,
  ],
];

/**
 * Where a text quotes: the spans between quotation marks, each short of a page. A mark opens
 * only after no letter and before one, and closes only after one and before no letter, so that
 * a title quoted within a quoted title ('"REVISJON … "POSTMOTTAKET""') does not turn every span
 * after it inside out.
 */
function quotedSpans(text: string): [number, number][] {
  const quoted = /(?<![\p{L}\p{N}])["”“»](?=\S)([^"”“»«]{8,700}?)(?<=\S)["”“«](?![\p{L}\p{N}])/gu;
  return [...text.matchAll(quoted)].map((m) => [m.index, m.index + m[0].length]);
}

/** How far after a recommending sentence's end an answer to it is looked for. */
const answerReach = 160;

/**
 * Whether the sentence holding `at` is answered straight after it: the next words state a
 * stance ("… regularly. Concur.", "… følger op. Økonomiudvalget er enig."). A response repeats
 * each recommendation before its answer; a report's own recommendations are followed by more of
 * the report.
 */
function answeredAfter(text: string, at: number): boolean {
  const end = /[.!?](?=\s)|\n\s*\n/u.exec(text.slice(at));
  if (!end) return false;
  const after = at + end.index + end[0].length;
  const from =
    after + (answerHeading.exec(text.slice(after, after + answerReach))?.[0].length ?? 0);
  return (
    answersAtOnce(text.slice(from, from + answerReach)) ||
    answeredUnderLabels(text.slice(from, from + answerReach + 120))
  );
}

/**
 * A heading of its own over the answer that follows a recommendation: "2.1.1. Kommunstyrelsens
 * svar", "Nämndens kommentar", "Management response", Norwegian "Rådmannens uttalelse".
 */
const answerHeading =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:\p{L}+(?:s|['’]s)\s+)?(?:svar|kommentar|kommentarer|yttrande|ställningstagande|response|comments?|uttalelse|tilbakemelding|bemærkninger)\s*:?[ \t]*\n/iu;

/**
 * A tracker's record after each recommendation: a few labelled fields ("Agency: Department of
 * Transport", "Agency: Department of Energy: Office of Science", "Status: Open", "Ansvarig:
 * Kommunstyrelsen") and then, under its label or none,
 * the answer told of its writer ("Comments: The department concurred with this
 * recommendation", "Kommentar: Nämnden har accepterat rekommendationen").
 */
const labelledFields =
  /^(?:\s*[\p{L}’' ]{1,30}:[^\n:]{0,60}(?::[^\n:]{1,60})?\n){1,4}\s*(?:[\p{L}’' ]{1,30}:\s*)?/u;
const toldAnswer =
  /^(?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:of|for|and|the)\s+){0,2}){1,4}(?:(?:partially|partly|fully)\s+)?(?:concurred|agreed|did not concur|did not agree|disagreed|accepted|rejected|har\s+(?:inte\s+)?(?:accepterat|godtagit|tillstyrkt|avstyrkt|avslagit)|(?:er|har)\s+(?:ikke\s+)?(?:enig|uenig|akseptert|avvist))\b/u;

/**
 * A tracker's record copied with its cells out of order: the recommendation under its label
 * ("Recommendation: The Administrator should …") right after a line that gives the comment on
 * it under a label of its own ("Comments: The agency partially agreed …", "Management response:
 * …"). The record answers it, though the answer stands first. Looked for within a bounded reach
 * back from the cue, so that the work stays the same however long a line is.
 */
const labelledRecommendation = /^\s*(?:\p{L}+\s+)?recommendations?(?:\s+\d{1,3})?\s*:/iu;
const commentLine =
  /^\s*(?:(?:agency|management|department|entity|auditee|council)(?:['’]s)?\s+)?(?:comments?|responses?)\s*:\s*\S/iu;
const commentReach = 1200;
function commentedBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - commentReach);
  const window = text.slice(from, at);
  const lineStart = window.lastIndexOf("\n");
  if (lineStart < 0 || !labelledRecommendation.test(window.slice(lineStart + 1))) return false;
  const previousStart = window.lastIndexOf("\n", lineStart - 1);
  if (previousStart < 0) return false;
  return commentLine.test(window.slice(previousStart + 1, lineStart));
}

/**
 * The answer retold further into the comment's first sentence, after when and to whom it was
 * given: "In September 2026, the agency told us that it agreed with this recommendation",
 * "The department stated that it partially concurred with this recommendation". Tested on the
 * first sentence alone, within a bounded reach.
 */
const retoldInComment =
  /\b(?:(?:partially|partly|fully)\s+)?(?:concurred|agreed|disagreed|did not concur|did not agree|neither agreed nor disagreed)\s+with\s+(?:this|the|our|that)\s+recommendation\b/iu;

/** Whether an answer follows a recommendation behind a tracker's labelled fields. */
function answeredUnderLabels(after: string): boolean {
  const fields = labelledFields.exec(after);
  if (fields === null) return false;
  const comment = after.slice(fields[0].length);
  if (toldAnswer.test(comment)) return true;
  const sentence = /^[^\n]*?(?:[.!?](?=\s)|\n|$)/u.exec(comment.slice(0, 240))?.[0] ?? "";
  return retoldInComment.test(sentence);
}

/**
 * A tracker's page of one agency's recommendations that retells that agency's answers: two or
 * more records under "Recommendation:", every agency field naming the same agency ("Agency:
 * Department of Harbours: Office of the Secretary", "Federal Agency: …", "Agency Affected: …"),
 * and a comment that tells the agency's answer ("Comments: In May 2027, the department told us
 * that it agreed with this recommendation …"). A page of several agencies' recommendations is
 * the auditor's own listing, whatever its comments say; one agency's is that agency's answers.
 */
const agencyField =
  /^[ \t]*(?:federal\s+)?agency(?:\s+affected)?[ \t]*:[ \t]*["“]?([^\n"”]{2,120}?)["”]?[ \t]*$/gimu;
const recordLine = /^[ \t]*recommendation[ \t]*:/gimu;
const commentField = /^[ \t]*comments?[ \t]*:[ \t]*([^\n]{0,240})/gimu;
function oneAgencyAnswered(text: string): boolean {
  if ([...text.matchAll(recordLine)].length < 2) return false;
  const agencies = new Set(
    [...text.matchAll(agencyField)].map((m) => (m[1] ?? "").toLowerCase().replace(/\s+/gu, " ")),
  );
  if (agencies.size !== 1) return false;
  return [...text.matchAll(commentField)].some((m) => {
    const comment = m[1] ?? "";
    const sentence = /^[^.!?]*(?:[.!?]|$)/u.exec(comment)?.[0] ?? "";
    return toldAnswer.test(comment) || retoldInComment.test(sentence);
  });
}

/**
 * The weight of the cues in a text, split into those in the document's own voice and those it
 * quotes: a report's words inside quotation marks, or just before a quotation they introduce
 * ("Rigsrevisionen anbefaler, at ”…”"), are a recommendation quoted, as a response quotes the
 * report it answers; so is a recommending sentence answered right after it, when `answered` is
 * asked, and one retold inside a sentence that states its answer ("the recommendation that fees
 * should be reviewed had been agreed").
 */
function weigh(
  text: string,
  cues: [RegExp, number][],
  answered = false,
): { own: number; quoted: number; ownCues: Set<RegExp>; quotedCues: Set<RegExp> } {
  const spans = quotedSpans(text);
  const retold: [number, number][] = answered
    ? [...text.matchAll(retoldAnswer)].map((m) => [m.index, m.index + m[0].length])
    : [];
  const sum = { own: 0, quoted: 0, ownCues: new Set<RegExp>(), quotedCues: new Set<RegExp>() };
  for (const [pattern, weight] of cues)
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const quoting =
        spans.some(
          ([from, to]) => (m.index > from && end < to) || (from >= end && from - end < 12),
        ) ||
        (answered &&
          (answeredAfter(text, m.index) ||
            commentedBefore(text, m.index) ||
            retold.some(([from, to]) => m.index > from && end <= to)));
      sum[quoting ? "quoted" : "own"] += weight;
      sum[quoting ? "quotedCues" : "ownCues"].add(pattern);
    }
  return sum;
}

/** The weakest cues: one of them alone, however often it is found, leaves the guess unsure. */
const weakCues = new Set(
  [...responseCues, ...auditCues, ...auditVoiceCues].filter(([, w]) => w === 1).map(([p]) => p),
);

/** How sure a guess resting on these cues can be. */
function mostSure(cues: Set<RegExp>): number {
  return cues.size === 1 && weakCues.has([...cues][0] as RegExp) ? 0.75 : 1;
}

/**
 * A title that says the document answers ("Svar till revisorerna", "Socialnämndens yttrande
 * över …", "Kommunedirektørens uttalelse", "Byrådets bemærkninger", "Management response"); a
 * report's covering letter that asks for an answer ("för yttrande", "svar senast") is no such
 * title.
 */
const answeringTitle =
  /\b(?:svar (?:till|på)|svarar på|yttrande (?:över|till|angående|avseende)|\p{L}+s (?:yttrande|utlåtande)|uttalelse|fråsegn|bemærkninger|kommentarer til(?:l)? revision\p{L}*|management(?:['’]s)? (?:response|comments?)|response to)(?![\p{L}\p{N}])/iu;
const askingForAnswer =
  /\b(?:för|om|begär|begärt|inhämta|lämna)\s+(?:\p{L}+\s+){0,2}?(?:yttrande|svar)\b|\b(?:yttrande|svar)\s+senast\b/iu;

/**
 * "Response to Internal Audit Report: Council Tax Discounts": a title with its subject after a
 * colon, where the words before the colon are a title of three words or more that says the
 * document answers; "Management response: Agreed" is a label.
 */
function titleBeforeColon(line: string): boolean {
  const before = /^([^:]{0,60}):/u.exec(line)?.[1]?.trim() ?? "";
  return before.split(/\s+/u).length >= 3 && answeringTitle.test(before);
}

/** The kind as the hand-written cues read it, with how sure they are (0.5–1). */
export function kindByRules(text: string): { kind: ImportKind; confidence: number } {
  const head = text.slice(0, 20000);
  // The title: one of the first three lines, short, and not a label ("Management response: …"),
  // or a memo's subject line among the first ten ("Subject: Response to Draft Report …"). Other
  // lines that far down may be a document site's list of related documents.
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const titleLines = [
    ...lines
      .slice(0, 3)
      .filter(
        (line) => line.length <= 150 && (!/^[^:]{0,40}:/u.test(line) || titleBeforeColon(line)),
      ),
    ...lines
      .slice(0, 10)
      .flatMap(
        (line) => /^(?:subject|re|ämne|emne|angående)\s*:\s*(.{1,150})$/iu.exec(line)?.[1] ?? [],
      ),
  ];
  const titled = titleLines.some((line) => answeringTitle.test(line) && !askingForAnswer.test(line))
    ? 3
    : 0;
  const answering = weigh(head, responseCues);
  const reporting = weigh(head, auditCues, true);
  const voice = weigh(head, auditVoiceCues);
  const oneAgency = oneAgencyAnswered(head) ? 2 : 0;
  const response =
    answering.own + answering.quoted + reporting.quoted + voice.quoted + titled + oneAgency;
  const audit = reporting.own + voice.own;
  const total = response + audit;
  // Too few cues to tell: an audit is the likelier reading, and the guess is weak.
  if (total < 3) return { kind: "audit", confidence: 0.5 };
  const kind = response > audit ? "response" : "audit";
  // A side that rests on one weak cue alone, such as recommending sentences ("The Council should
  // …"), which a minute of the answer repeats as a report states them, is no certainty however
  // often the cue is found.
  const cues =
    kind === "audit"
      ? new Set([...reporting.ownCues, ...voice.ownCues])
      : new Set([
          ...answering.ownCues,
          ...answering.quotedCues,
          ...reporting.quotedCues,
          ...voice.quotedCues,
          ...(titled ? [answeringTitle] : []),
          ...(oneAgency ? [agencyField] : []),
        ]);
  return { kind, confidence: Math.min(mostSure(cues), Math.max(response, audit) / total) };
}

/** The guess of the kind, and the rules' reading where the learned guess overruled it. */
export interface KindGuess {
  kind: ImportKind;
  confidence: number;
  overruled?: { kind: ImportKind; confidence: number };
}

/**
 * Below this confidence of the rules, a learned guess that firmly says the other kind (a
 * probability this far from even) overrules them. Measured part by part, each part guessed by a
 * model trained only on the parts before it (`pnpm bench:import-kind`), it righted a Swedish
 * annual report whose site lists the answers to it above its text and changed no other guess,
 * at any threshold from 0.8 to 0.9 and any distance from 0.25 to 0.35.
 */
export const overruleBelow = 0.85;
export const firmLearned = 0.3;

/**
 * The kind as the rules read it, and where they find too few cues to tell (their confidence 0.5:
 * fewer than three cues, or as many each way), as the learned guess reads it (learned-kind.ts):
 * on the labelled sets measured one by one it read more of those right than the rules' default
 * of an audit did. Where the rules are unsure and the learned guess firmly says the other kind,
 * that is taken, at confidence 0.5, with the rules' reading kept for the draft's notes. The draft
 * still says the guess was weak.
 */
export function guessKind(text: string): KindGuess {
  const rules = kindByRules(text);
  return rules.confidence >= overruleBelow ? rules : withLearned(rules, responseProbability(text));
}

/** The rules' guess combined with the learned probability that the text is a response. */
export function withLearned(
  rules: { kind: ImportKind; confidence: number },
  probability: number,
): KindGuess {
  const learned: ImportKind = probability >= 0.5 ? "response" : "audit";
  if (rules.confidence <= 0.5) return { kind: learned, confidence: 0.5 };
  if (rules.confidence < overruleBelow && learned !== rules.kind) {
    if (Math.abs(probability - 0.5) >= firmLearned)
      return { kind: learned, confidence: 0.5, overruled: rules };
  }
  return rules;
}
