/**
 * Swedish and English words for every value the model stores as a code. The CLI and the site
 * show these; error messages use them to suggest the right code for a Swedish word.
 */
/** Text in the two languages Spårbar speaks, Swedish first. */
export interface Bilingual {
  sv: string;
  en: string;
}

type Label = Bilingual;

const valueLabels: Record<string, Label> = {
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

export function labelOf(value: string, lang: "sv" | "en"): string {
  return valueLabels[value]?.[lang] ?? value;
}

/** The code whose Swedish or English label is this word, if any ("Delvis" → partly). */
export function codeForLabel(word: string, allowed: readonly string[]): string | undefined {
  const needle = word.trim().toLowerCase();
  return allowed.find(
    (code) =>
      valueLabels[code]?.sv.toLowerCase() === needle ||
      valueLabels[code]?.en.toLowerCase() === needle,
  );
}
