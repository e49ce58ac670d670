import type { AuditorState, BodyState } from "../schema/states.ts";

/** Closed means nothing more is expected: implemented, no longer relevant, or declined. */
export function isClosed(body: BodyState, auditor: AuditorState): boolean {
  return auditor === "implemented" || auditor === "no-longer-relevant" || body === "declined";
}

/** A state a source establishes as late: the only ones shown as a warning. */
export function isLate(body: BodyState): boolean {
  return body === "measure-late";
}

/** A date has passed and the corpus holds no report since: neutral, never called late. */
export function isPassedWithoutReport(body: BodyState): boolean {
  return body === "response-due-passed" || body === "measure-passed";
}
