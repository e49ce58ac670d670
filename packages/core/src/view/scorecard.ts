/*
 * A scorecard: how a body or an organisation has answered what it was asked, counted from the
 * statuses core derived. The two tracks stay apart (the counts of states); responses are set
 * against the dates they were asked by, and measures' deadlines against what became of them, as
 * the body reports (a deadline kept is the body's own report, not the auditors' finding).
 */
import type { IsoDay } from "../periods/calendar.ts";
import type { Status } from "../status/derive.ts";

interface ResponseFigures {
  /** Responses asked for, counted once per audit, addressee, kind and date. */
  asked: number;
  /** Asked for by a date that has come, or given: inTime + afterDate + uncertain + passedWithoutResponse. */
  come: number;
  /** Given by the date asked (the response's date ends on or before it). */
  inTime: number;
  /** Given after the date asked. */
  afterDate: number;
  /** Given, but dated too loosely to say whether by the date (a response dated 2024 for June). */
  uncertain: number;
  /** The date has passed and no response is on record: neutral, never called late. */
  passedWithoutResponse: number;
  /** Not given, and the date is still to come. */
  notYetDue: number;
  /** Asked for without a date: given, or not yet. */
  noDateGiven: number;
  noDateOpen: number;
}

interface DeadlineFigures {
  /** Measures' deadlines that have come: kept + late + passed + unknown. */
  come: number;
  /** Reported done by the deadline, as the body reports. */
  kept: number;
  /** A source says the deadline was not kept. */
  late: number;
  /** Passed with no report since: neutral. */
  passed: number;
  /** Reported done later without saying when. */
  unknown: number;
  /** Promised after their date had passed: neither kept nor missed until a document says. */
  statedAfterDue: number;
}

export interface Scorecard {
  responses: ResponseFigures;
  deadlines: DeadlineFigures;
}

function emptyScorecard(): Scorecard {
  return {
    responses: {
      asked: 0,
      come: 0,
      inTime: 0,
      afterDate: 0,
      uncertain: 0,
      passedWithoutResponse: 0,
      notYetDue: 0,
      noDateGiven: 0,
      noDateOpen: 0,
    },
    deadlines: { come: 0, kept: 0, late: 0, passed: 0, unknown: 0, statedAfterDue: 0 },
  };
}

/** The scorecard of a group of addressed recommendations, from their statuses on a day. */
export function scorecardOf(
  statuses: readonly { organisation: string; body: string; status: Status }[],
  asOf: IsoDay,
): Scorecard {
  const card = emptyScorecard();
  const r = card.responses;
  const d = card.deadlines;
  const requests = new Set<string>();
  const measures = new Set<string>();
  for (const { organisation, body, status } of statuses) {
    for (const request of status.requests) {
      const key = `${organisation}/${request.source.id}|${body}|${request.kind}|${request.due?.end ?? ""}`;
      if (requests.has(key)) continue;
      requests.add(key);
      r.asked++;
      const { due, given } = request;
      if (!due) {
        if (given) r.noDateGiven++;
        else r.noDateOpen++;
      } else if (given) {
        if (given.end <= due.end) r.inTime++;
        else if (given.start > due.end) r.afterDate++;
        else r.uncertain++;
      } else if (due.end < asOf) r.passedWithoutResponse++;
      else r.notYetDue++;
    }
    for (const m of status.measures) {
      const key = `${organisation}/${m.measure.id}`;
      if (measures.has(key)) continue;
      measures.add(key);
      for (const p of m.passed) d[p.outcome]++;
      if (m.state === "stated-after-due") d.statedAfterDue++;
      const due = m.due;
      if (m.state === "done" && due && !m.passed.some((p) => p.due.end === due.end)) d.kept++;
    }
  }
  r.come = r.inTime + r.afterDate + r.uncertain + r.passedWithoutResponse;
  d.come = d.kept + d.late + d.passed + d.unknown;
  return card;
}
