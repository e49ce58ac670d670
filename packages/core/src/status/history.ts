import type { CorpusIndex } from "../link/corpus-index.ts";
import { addDays, type IsoDay } from "../periods/calendar.ts";
import { type Status, statusAt } from "./derive.ts";
import type { StatusEvent } from "./events.ts";
import type { AuditorState, BodyState } from "./states.ts";

/** A day on which the status changed, and the events of that day that changed it. */
export interface Change {
  day: IsoDay;
  body: BodyState;
  auditor: AuditorState;
  /** Events dated that day; empty when a deadline passing caused the change. */
  events: StatusEvent[];
  /** The deadline that passed, when that is the cause. */
  deadlinePassed?: boolean;
}

/**
 * Days on which the status can change: every event, and the day after every deadline (a
 * deadline falls due at the end of its day, so it is overdue from the next).
 */
function changePoints(events: readonly StatusEvent[], until: IsoDay): IsoDay[] {
  const days = new Set<IsoDay>();
  for (const e of events) {
    if (e.day <= until) days.add(e.day);
    if ((e.type === "response-due" && e.period) || e.type === "measure-due") {
      const next = addDays(e.day, 1);
      if (next <= until) days.add(next);
    }
  }
  return [...days].sort();
}

/** The history of a subject's status up to a day: one entry per change. */
export function historyOf(
  events: readonly StatusEvent[],
  until: IsoDay,
  index: CorpusIndex,
): Change[] {
  const changes: Change[] = [];
  let previous: Status | undefined;
  for (const day of changePoints(events, until)) {
    const status = statusAt(events, day, index);
    if (!status) continue;
    if (previous && previous.body === status.body && previous.auditor === status.auditor) continue;
    const todays = events.filter((e) => e.day === day);
    const change: Change = { day, body: status.body, auditor: status.auditor, events: todays };
    if (todays.length === 0) change.deadlinePassed = true;
    changes.push(change);
    previous = status;
  }
  return changes;
}

/** The status on a day read from a history, without deriving it again. */
export function stateOn(history: readonly Change[], day: IsoDay): Change | undefined {
  let found: Change | undefined;
  for (const change of history) {
    if (change.day > day) break;
    found = change;
  }
  return found;
}
