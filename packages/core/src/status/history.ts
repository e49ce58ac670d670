import { addDays, type IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import type { AuditorState, BodyState } from "../schema/states.ts";
import { type Status, statusAt } from "./derive.ts";
import type { StatusEvent } from "./events.ts";

/** A day on which the status changed or a document said something of it, and what it was. */
export interface Change {
  /** The first day the state holds. */
  day: IsoDay;
  /** Whether either track's state differs from the day before. */
  changed: boolean;
  body: BodyState;
  auditor: AuditorState;
  /** The events that became known that day, with their own dates (a year stays a year). */
  events: StatusEvent[];
  /** The deadlines whose passing caused the change, when that is the cause. */
  deadlines: Period[];
}

/** Every deadline a subject's events can carry: responses asked for and measures' dates. */
function deadlinesOf(events: readonly StatusEvent[]): Period[] {
  const out: Period[] = [];
  for (const e of events) {
    if (e.type === "response-due" && e.due) out.push(e.due);
    if (e.type === "responded") for (const m of e.measures) if (m.due) out.push(m.due);
    if (e.type === "measure-reported" && e.report.due) out.push(e.report.due);
  }
  return out;
}

/**
 * Days on which the status can change: the day each event becomes known (the last day of its
 * period), and the day after every deadline (a deadline falls due at the end of its day).
 */
function changePoints(events: readonly StatusEvent[], until: IsoDay): IsoDay[] {
  const days = new Set<IsoDay>();
  for (const e of events) if (e.when.end <= until) days.add(e.when.end);
  for (const due of deadlinesOf(events)) {
    const next = addDays(due.end, 1);
    if (next <= until) days.add(next);
  }
  return [...days].sort();
}

/**
 * The history of a subject's status up to a day: an entry for every change of either track and
 * for every day a document said something of it, even when the state stayed the same.
 */
export function historyOf(events: readonly StatusEvent[], until: IsoDay): Change[] {
  const changes: Change[] = [];
  const deadlines = deadlinesOf(events);
  let previous: Status | undefined;
  for (const day of changePoints(events, until)) {
    const status = statusAt(events, day);
    if (!status) continue;
    const changed =
      !previous || previous.body !== status.body || previous.auditor !== status.auditor;
    const todays = events.filter((e) => e.when.end === day && e.type !== "response-due");
    previous = status;
    if (!changed && todays.length === 0) continue;
    const dayBefore = addDays(day, -1);
    changes.push({
      day,
      changed,
      body: status.body,
      auditor: status.auditor,
      events: todays,
      deadlines: changed ? deadlines.filter((d) => d.end === dayBefore) : [],
    });
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
