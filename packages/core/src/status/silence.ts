import { addMonths, type IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import type { BodyState } from "../schema/states.ts";

/**
 * How long after an audit the absence of any response becomes a fact worth showing on its own:
 * thirteen months. Audits ask for responses within one to three months, and the auditors report
 * on the year in their annual statement (revisionsberättelse); a recommendation still without
 * any response on record a year and a month after it was issued has passed a full audit year
 * and the report on it. It is a flag beside the state, never a state and never "late": the
 * response may exist outside the corpus, or may not have been asked for.
 */
export const NO_RESPONSE_MONTHS = 13;

/** States in which no response of the body is on record. */
const unanswered: readonly BodyState[] = [
  "awaiting-response",
  "response-due-passed",
  "request-unknown",
];

/**
 * The day from which a recommendation has had no response on record for `NO_RESPONSE_MONTHS`
 * months after its issue, when that day has come; counted from the end of the period.
 */
export function noResponseSince(body: BodyState, issued: Period, day: IsoDay): IsoDay | undefined {
  if (!unanswered.includes(body)) return undefined;
  const since = addMonths(issued.end, NO_RESPONSE_MONTHS);
  return since <= day ? since : undefined;
}
