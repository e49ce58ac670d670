/**
 * Spårbar's vocabulary: the Swedish and English words for every value the model stores as a
 * code, states included. The CLI and the site show these and keep only their own interface
 * words; error messages use them to suggest the right code for a Swedish word.
 */
import type { Bilingual } from "./bilingual.ts";
import type { Lang } from "./periods/format.ts";
import type { AuditorState, BodyState, DeadlineOutcome, MeasureState } from "./schema/states.ts";
import type { Voice } from "./status/events.ts";

export type Label = Bilingual;

/** A state, a measure's state, or a deadline's outcome in one language. */
export function stateLabel(state: BodyState | AuditorState, lang: Lang): string {
  return stateLabels[state][lang];
}

export const valueLabels: Record<string, Label> = {
  // answers to audit questions
  yes: { sv: "Ja", en: "Yes" },
  largely: { sv: "Till stor del", en: "Largely" },
  partly: { sv: "Delvis", en: "Partly" },
  no: { sv: "Nej", en: "No" },
  // kinds of audit
  audit: { sv: "Granskning", en: "Audit" },
  "follow-up-audit": { sv: "Uppföljande granskning", en: "Follow-up audit" },
  assignment: { sv: "Uppdrag", en: "Assignment" },
  plan: { sv: "Plan", en: "Plan" },
  // kinds of response
  response: { sv: "Yttrande", en: "Response" },
  "follow-up-response": { sv: "Uppföljande yttrande", en: "Follow-up response" },
  "report-back": { sv: "Återrapportering", en: "Report-back" },
  // assessments
  implemented: { sv: "Genomförd", en: "Implemented" },
  "partly-implemented": { sv: "Delvis genomförd", en: "Partly implemented" },
  "not-implemented": { sv: "Ej genomförd", en: "Not implemented" },
  "no-longer-relevant": { sv: "Inte längre aktuell", en: "No longer relevant" },
  // stances
  agrees: { sv: "Instämmer", en: "Agrees" },
  "partly-agrees": { sv: "Instämmer delvis", en: "Partly agrees" },
  disagrees: { sv: "Instämmer inte", en: "Disagrees" },
  "no-stance": { sv: "Inget ställningstagande", en: "No stance" },
  // reported states
  done: { sv: "Genomfört", en: "Done" },
  "partly-done": { sv: "Delvis genomfört", en: "Partly done" },
  "in-progress": { sv: "Pågår", en: "In progress" },
  "not-started": { sv: "Ej påbörjat", en: "Not started" },
  // bodies
  municipality: { sv: "Kommun", en: "Municipality" },
  region: { sv: "Region", en: "Region" },
  council: { sv: "Fullmäktige", en: "Council" },
  board: { sv: "Styrelse", en: "Board" },
  committee: { sv: "Nämnd", en: "Committee" },
  "working-committee": { sv: "Arbetsutskott", en: "Working committee" },
  auditors: { sv: "Revision", en: "Auditors" },
  administration: { sv: "Förvaltning", en: "Administration" },
  company: { sv: "Bolag", en: "Company" },
  // decision path
  presidium: { sv: "Presidieberedning", en: "Presidium" },
  preparation: { sv: "Beredning", en: "Preparation" },
  // precision
  day: { sv: "dag", en: "day" },
  week: { sv: "vecka", en: "week" },
  month: { sv: "månad", en: "month" },
  tertial: { sv: "tertial", en: "four-month period" },
  quarter: { sv: "kvartal", en: "quarter" },
  "half-year": { sv: "halvår", en: "half-year" },
  season: { sv: "årstid", en: "season" },
  year: { sv: "år", en: "year" },
};

/**
 * The states of both tracks, of a measure, and of a passed deadline. Every label says who
 * says so where it matters; a passed date is never called late unless a source says so.
 */
export const stateLabels = {
  "not-requested": { sv: "Inget svar begärt", en: "No response requested" },
  "request-unknown": {
    sv: "Okänt om svar begärts",
    en: "Not known whether a response was requested",
  },
  "awaiting-response": { sv: "Inväntar svar", en: "Awaiting response" },
  "response-due-passed": {
    sv: "Svarsdatum passerat, inget svar i Spårbar",
    en: "Response date passed, no response on record",
  },
  "answered-content-unavailable": {
    sv: "Besvarad, svarets innehåll finns inte i Spårbar",
    en: "Answered, content not available",
  },
  answered: { sv: "Besvarad, inga åtgärder angivna", en: "Answered, no measures given" },
  "measures-planned": { sv: "Åtgärder planerade", en: "Measures planned" },
  "in-progress": { sv: "Åtgärder pågår", en: "Measures in progress" },
  "measure-passed": {
    sv: "En åtgärds datum har passerat utan rapport",
    en: "A measure's date passed without report",
  },
  "measure-late": { sv: "En åtgärd är försenad", en: "A measure is late" },
  "reported-done": { sv: "Genomförd enligt nämnden", en: "Done, as the body reports" },
  declined: { sv: "Avböjd av nämnden", en: "Declined by the body" },
  "not-assessed": { sv: "Ej bedömd av revisorerna", en: "Not assessed by the auditors" },
  implemented: { sv: "Genomförd enligt revisorerna", en: "Implemented, as the auditors found" },
  "partly-implemented": {
    sv: "Delvis genomförd enligt revisorerna",
    en: "Partly implemented, as the auditors found",
  },
  "not-implemented": {
    sv: "Ej genomförd enligt revisorerna",
    en: "Not implemented, as the auditors found",
  },
  "no-longer-relevant": { sv: "Avslutad: inte längre aktuell", en: "Closed: no longer relevant" },
} as const satisfies Record<BodyState | AuditorState, Bilingual>;

export const measureStateLabels = {
  planned: { sv: "Planerad", en: "Planned" },
  "stated-after-due": {
    sv: "Angiven efter sitt datum",
    en: "Stated after its date",
  },
  passed: { sv: "Datum passerat utan rapport", en: "Date passed without report" },
  late: { sv: "Försenad", en: "Late" },
  done: { sv: "Genomförd enligt nämnden", en: "Done, as the body reports" },
  dropped: { sv: "Utgår enligt nämnden", en: "Dropped, as the body reports" },
} as const satisfies Record<MeasureState, Bilingual>;

export const outcomeLabels = {
  late: {
    sv: "försenad: en källa säger att den inte hölls",
    en: "late: a source says it was not kept",
  },
  passed: { sv: "passerad utan rapport", en: "passed without report" },
  unknown: {
    sv: "rapporterad som genomförd senare, utan uppgift om när",
    en: "reported done later, without saying when",
  },
} as const satisfies Record<DeadlineOutcome, Bilingual>;

export const voiceLabels = {
  issuer: { sv: "Enligt granskningen", en: "According to the audit" },
  body: { sv: "Enligt nämnden", en: "As the body says" },
  auditors: { sv: "Enligt revisorerna", en: "As the auditors found" },
  "another-body": { sv: "Enligt ett annat organ", en: "According to another body" },
} as const satisfies Record<Voice, Bilingual>;

/** The headings of the tables of recommendations and deadlines that the CLI and the site print. */
export const columnLabels = {
  recommendation: { sv: "Rekommendation", en: "Recommendation" },
  body: { sv: "Nämnd", en: "Body" },
  stance: { sv: "Ställningstagande", en: "Stance" },
  bodySays: voiceLabels.body,
  auditorsFound: voiceLabels.auditors,
  nextDue: { sv: "Nästa tidpunkt", en: "Next due" },
  due: { sv: "Tidpunkt", en: "Due" },
  what: { sv: "Vad", en: "What" },
  audit: { sv: "Granskning", en: "Audit" },
  measure: { sv: "Åtgärd", en: "Measure" },
} as const satisfies Record<string, Bilingual>;

/** The table headings in one language, keyed as `columnLabels` is. */
export function columnHeadings(lang: Lang): Record<keyof typeof columnLabels, string> {
  const entries = Object.entries(columnLabels).map(([key, label]) => [key, label[lang]]);
  return Object.fromEntries(entries) as Record<keyof typeof columnLabels, string>;
}

export function labelOf(value: string, lang: Lang): string {
  return valueLabels[value]?.[lang] ?? value;
}
