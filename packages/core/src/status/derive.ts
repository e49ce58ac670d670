import { type CorpusIndex, responseDay } from "../link/corpus-index.ts";
import type { IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import type { Measure, ReportedState, Stance } from "../schema/section.ts";
import type { SourceRef, StatusEvent } from "./events.ts";
import type { AuditorState, BodyState } from "./states.ts";

export type MeasureState = "planned" | "done" | "overdue" | "moved";

export interface MeasureStatus {
  measure: Measure;
  source: SourceRef;
  /** The day the response promising it was given. */
  given: IsoDay;
  state: MeasureState;
  /** The day the body reported it done (in this or a later response). */
  doneDay?: IsoDay;
  /** The later measure that replaced it, and when. */
  movedTo?: { id: string; day: IsoDay };
}

/** A deadline that passed unmet. Kept when a later response moves the date. */
interface MissedDeadline {
  what: "response" | "measure";
  due: Period;
  /** When it was met after all (late), if it was. */
  metOn?: IsoDay;
  measureId?: string;
  source: SourceRef;
}

export interface Status {
  day: IsoDay;
  /** What the body's own responses say, with deadlines applied. */
  body: BodyState;
  /** What the auditors found in a later audit. */
  auditor: AuditorState;
  stance?: Stance;
  reported?: { state: ReportedState; text: string };
  measures: MeasureStatus[];
  /** The next response still owed, if any. */
  responseDue?: Period;
  /** The next deadline not yet passed: an owed response or an open measure. */
  nextDue?: { what: "response" | "measure"; period: Period; measureId?: string };
  missed: MissedDeadline[];
  lastResponse?: SourceRef;
  lastAssessment?: SourceRef & { basis?: string };
}

/**
 * The status of one recommendation for one addressee at the end of a day, as a pure function
 * of its dated events. Overdue is derived here and never stored. Returns undefined before the
 * recommendation was issued.
 */
export function statusAt(
  events: readonly StatusEvent[],
  day: IsoDay,
  index: CorpusIndex,
): Status | undefined {
  const past = events.filter((e) => e.day <= day);
  if (!past.some((e) => e.type === "issued")) return undefined;
  const responses = past.filter((e) => e.type === "responded");
  const dues = events.filter((e) => e.type === "response-due");
  const missed: MissedDeadline[] = [];

  // The k-th response due is met by the k-th response given.
  let responseOverdue = false;
  let responseDue: Period | undefined;
  dues.forEach((due, k) => {
    const met = responses[k];
    const period = due.period;
    if (!period) return; // asked for without a date: it can be met but never falls overdue
    if (met) {
      if (met.day > due.day)
        missed.push({ what: "response", due: period, metOn: met.day, source: due.source });
    } else if (due.day < day) {
      responseOverdue = true;
      missed.push({ what: "response", due: period, source: due.source });
      responseDue ??= period;
    } else {
      responseDue ??= period;
    }
  });

  const measures = measuresAt(responses, day, index);
  for (const m of measures) {
    const due = m.measure.due;
    if (!due) continue;
    const resolved = m.doneDay ?? m.movedTo?.day;
    if (resolved ? due.end < resolved : due.end < day) {
      const entry: MissedDeadline = {
        what: "measure",
        due,
        measureId: m.measure.id,
        source: m.source,
      };
      if (m.doneDay) entry.metOn = m.doneDay;
      missed.push(entry);
    }
  }

  let stance: Stance | undefined;
  let reported: { state: ReportedState; text: string } | undefined;
  for (const r of responses) {
    if (r.stance) stance = r.stance;
    if (r.reported) reported = r.reported;
  }
  const live = measures.filter((m) => m.state !== "moved");
  const body = bodyState({
    responseOverdue,
    answered: responses.length > 0,
    live,
    stance,
    reported,
  });

  const assessed = past.filter((e) => e.type === "assessed").at(-1);
  const status: Status = {
    day,
    body,
    auditor: assessed?.result ?? "not-assessed",
    measures,
    missed,
  };
  if (stance) status.stance = stance;
  if (reported) status.reported = reported;
  if (responseDue) status.responseDue = responseDue;
  const lastResponse = responses.at(-1);
  if (lastResponse) status.lastResponse = lastResponse.source;
  if (assessed)
    status.lastAssessment = assessed.basis
      ? { ...assessed.source, basis: assessed.basis }
      : assessed.source;
  const next = nextDue(responseDue, live, day);
  if (next) status.nextDue = next;
  return status;
}

function bodyState(s: {
  responseOverdue: boolean;
  answered: boolean;
  live: MeasureStatus[];
  stance: Stance | undefined;
  reported: { state: ReportedState } | undefined;
}): BodyState {
  if (s.responseOverdue) return "response-overdue";
  if (!s.answered) return "awaiting-response";
  if (s.live.some((m) => m.state === "overdue")) return "measure-overdue";
  if (s.reported?.state === "done") return "reported-done";
  if (s.live.length > 0 && s.live.every((m) => m.state === "done")) return "reported-done";
  if (s.stance === "disagrees" && s.live.length === 0) return "declined";
  if (s.reported || s.live.some((m) => m.state === "done"))
    return s.reported?.state === "not-started" ? "measures-planned" : "in-progress";
  if (s.live.length > 0) return "measures-planned";
  return "answered";
}

/** Every measure promised up to the day, with what became of it by then. */
function measuresAt(
  responses: readonly StatusEvent[],
  day: IsoDay,
  index: CorpusIndex,
): MeasureStatus[] {
  const out: MeasureStatus[] = [];
  for (const response of responses) {
    if (response.type !== "responded") continue;
    for (const measure of response.measures) {
      const status: MeasureStatus = {
        measure,
        source: response.source,
        given: response.day,
        state: "planned",
      };
      const followers = index
        .followers(measure.id)
        .map((f) => ({ entry: f, day: responseDay(f.answer.response) }))
        .filter((f) => f.day <= day)
        .sort((a, b) => a.day.localeCompare(b.day));
      if (measure.done) status.doneDay = response.day;
      else {
        const doneLater = followers.find((f) => f.entry.measure.done);
        if (doneLater) status.doneDay = doneLater.day;
        else if (followers[0])
          status.movedTo = { id: followers[0].entry.measure.id, day: followers[0].day };
      }
      if (status.doneDay) status.state = "done";
      else if (status.movedTo) status.state = "moved";
      else if (measure.due && measure.due.end < day) status.state = "overdue";
      out.push(status);
    }
  }
  return out;
}

function nextDue(
  responseDue: Period | undefined,
  live: MeasureStatus[],
  day: IsoDay,
): Status["nextDue"] {
  let best: Status["nextDue"];
  if (responseDue && responseDue.end >= day) best = { what: "response", period: responseDue };
  for (const m of live) {
    const due = m.measure.due;
    if (m.state !== "planned" || !due || due.end < day) continue;
    if (!best || due.end < best.period.end)
      best = { what: "measure", period: due, measureId: m.measure.id };
  }
  return best;
}
