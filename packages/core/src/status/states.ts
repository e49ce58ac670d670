/**
 * The states of a recommendation for one addressee. What the body says and what the auditors
 * found are two tracks that are never merged into one word: the public must see who says so.
 */
export const bodyStates = [
  "awaiting-response",
  "response-overdue",
  "answered",
  "measures-planned",
  "in-progress",
  "measure-overdue",
  "reported-done",
  "declined",
] as const;

export const auditorStates = [
  "not-assessed",
  "implemented",
  "partly-implemented",
  "not-implemented",
  "no-longer-relevant",
] as const;

export type BodyState = (typeof bodyStates)[number];
export type AuditorState = (typeof auditorStates)[number];

export const stateLabels: Record<BodyState | AuditorState, { sv: string; en: string }> = {
  "awaiting-response": { sv: "Inväntar svar", en: "Awaiting response" },
  "response-overdue": { sv: "Svaret är försenat", en: "Response overdue" },
  answered: { sv: "Besvarad, inga åtgärder angivna", en: "Answered, no measures given" },
  "measures-planned": { sv: "Åtgärder planerade", en: "Measures planned" },
  "in-progress": { sv: "Åtgärder pågår", en: "Measures in progress" },
  "measure-overdue": { sv: "En åtgärd är försenad", en: "A measure is overdue" },
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
};

/** Closed means nothing more is expected: implemented, no longer relevant, or declined. */
export function isClosed(body: BodyState, auditor: AuditorState): boolean {
  return auditor === "implemented" || auditor === "no-longer-relevant" || body === "declined";
}
