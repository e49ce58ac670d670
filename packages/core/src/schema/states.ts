/**
 * The states of a recommendation for one addressee. What the body's side says and what the
 * auditors found are two tracks that are never merged into one word: the public must see who
 * says so. These lists are the only ones; the status engine, exports and views take them from here.
 */
export const bodyStates = [
  /** The audit names the responses it asks for, and none from this body. */
  "not-requested",
  /** The sources do not say whether a response was asked for. */
  "request-unknown",
  "awaiting-response",
  /** A response was asked for by a date that has passed, and none is on record. */
  "response-due-passed",
  /** A response exists, but its own text is not in the corpus. */
  "answered-content-unavailable",
  "answered",
  "measures-planned",
  "in-progress",
  /** A measure's date has passed and no document has said anything of it since. */
  "measure-passed",
  /** A document says a measure was not done by its date. */
  "measure-late",
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

/**
 * What became of one promised measure by a day. `stated-after-due` is a measure whose date had
 * already passed when the response stating it was given: neither late nor passed without
 * report, until a later document says what became of it.
 */
export const measureStates = ["planned", "stated-after-due", "passed", "late", "done"] as const;

/**
 * What is known of a deadline that has passed: `late` when a document says the work was not
 * done by then (or was done after it), `passed` when no document has said anything since,
 * `unknown` when it was reported done later without saying when.
 */
export const deadlineOutcomes = ["late", "passed", "unknown"] as const;

export type BodyState = (typeof bodyStates)[number];
export type AuditorState = (typeof auditorStates)[number];
export type MeasureState = (typeof measureStates)[number];
export type DeadlineOutcome = (typeof deadlineOutcomes)[number];
