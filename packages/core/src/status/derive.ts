import type { IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { Measure, ReportedState, Stance } from "../schema/section.ts";
import type { AuditorState, BodyState, DeadlineOutcome, MeasureState } from "../schema/states.ts";
import type { SourceRef, StatusEvent } from "./events.ts";
import { noResponseSince } from "./silence.ts";

type EventOf<T extends StatusEvent["type"]> = Extract<StatusEvent, { type: T }>;

/** A deadline that has passed, and what the documents say of it. Met deadlines are not listed. */
export interface PassedDeadline {
  what: "response" | "measure";
  due: Period;
  outcome: DeadlineOutcome;
  /** When the matter was settled after the date: done, given a new date, or answered. */
  settled?: Period;
  measureId?: string;
  /** The document that set the deadline. */
  source: SourceRef;
}

/** A response asked for, and the response that met it, if one is on record by the day. */
interface ResponseRequest {
  kind: ResponseKindValue;
  due?: Period;
  /** When the response that met it counts as given. */
  given?: Period;
  source: SourceRef;
}

export interface MeasureStatus {
  measure: Measure;
  /** The response that promised it, and when that response was given. */
  source: SourceRef;
  given: Period;
  state: MeasureState;
  /** The deadline in force: the promised one, or the last new date a later document gave. */
  due?: Period;
  /** Its report as done: when reported (by the first document to do so) and when done. */
  done?: { reported: Period; doneWhen?: Period; source: SourceRef; firstReportedIn?: SourceRef };
  /** New dates later documents gave it, oldest first, with the reason each gave. */
  moves: { when: Period; due: Period; by: string; source: SourceRef; reason?: string }[];
  /** The body's word that it will not be carried out: when, why, and where it says so. */
  dropped?: { when: Period; reason: string; source: SourceRef };
  passed: PassedDeadline[];
}

export interface Status {
  day: IsoDay;
  /** What the body's side says, with deadlines applied. */
  body: BodyState;
  /** What the auditors found in a later audit. */
  auditor: AuditorState;
  /** The bodies whose documents the body state rests on. */
  speakers: string[];
  stance?: Stance;
  /** The stance as the response that stated it wrote it. */
  stanceText?: string;
  reported?: { state: ReportedState; text: string; speaker: string };
  measures: MeasureStatus[];
  /** The next response still owed, when it has a date not yet passed. */
  responseDue?: Period;
  /** The next deadline not yet passed: an owed response or an open measure. */
  nextDue?: { what: "response" | "measure"; period: Period; measureId?: string };
  /** Deadlines that passed unmet, or with no report since, or met at an unknown time. */
  passed: PassedDeadline[];
  /** Every response asked for from this addressee, with the one that met it. */
  requests: ResponseRequest[];
  lastResponse?: SourceRef;
  lastAssessment?: SourceRef & { basis?: string };
  /**
   * The day from which no response has been on record for `NO_RESPONSE_MONTHS` months after
   * the issue: a flag beside the state, never a state of its own (see `noResponseSince`).
   */
  noResponseSince?: IsoDay;
}

/** Whether an event had certainly happened by the end of a day. */
function knownBy(event: StatusEvent, day: IsoDay): boolean {
  return event.when.end <= day;
}

/**
 * The status of one recommendation for one addressee at the end of a day: a pure function of
 * its dated events (see `eventsOf`) and the day. An event counts from the last day of its
 * period, so a document dated 2023 counts from 31 December 2023 and is never shown as that day.
 * Returns undefined before the recommendation was issued.
 */
export function statusAt(events: readonly StatusEvent[], day: IsoDay): Status | undefined {
  const past = events.filter((e) => knownBy(e, day));
  const issued = past.find((e): e is EventOf<"issued"> => e.type === "issued");
  if (!issued) return undefined;
  const responses = past.filter((e): e is EventOf<"responded"> => e.type === "responded");
  const dues = events.filter((e): e is EventOf<"response-due"> => e.type === "response-due");
  const reports = past.filter(
    (e): e is EventOf<"measure-reported"> => e.type === "measure-reported",
  );

  const owed = owedResponses(dues, responses, day);
  const measures = responses.flatMap((r) => r.measures.map((m) => measureAt(m, r, reports, day)));
  const passed = [...owed.passed, ...measures.flatMap((m) => m.passed)];

  let stance: Stance | undefined;
  let stanceText: string | undefined;
  let reported: Status["reported"];
  for (const r of responses) {
    if (r.stance) {
      stance = r.stance;
      stanceText = r.stanceText;
    }
    if (r.reported) reported = { ...r.reported, speaker: r.speaker };
  }
  const body = bodyState({
    asked: issued.asked,
    requested: dues.length > 0,
    duePassed: owed.duePassed,
    answered: responses.length > 0,
    withContent: responses.some((r) => r.content === "full"),
    measures,
    stance,
    reported: reported?.state,
  });

  const assessed = past.filter((e): e is EventOf<"assessed"> => e.type === "assessed").at(-1);
  const speakers = [
    ...new Set([...responses.map((r) => r.speaker), ...reports.map((r) => r.speaker)]),
  ];
  const status: Status = {
    day,
    body,
    auditor: assessed?.result ?? "not-assessed",
    speakers,
    measures,
    passed,
    requests: owed.requests,
  };
  if (stance) status.stance = stance;
  if (stanceText) status.stanceText = stanceText;
  if (reported) status.reported = reported;
  if (owed.next) status.responseDue = owed.next;
  const last = [...responses, ...reports].sort((a, b) => a.when.end.localeCompare(b.when.end));
  const lastResponse = last.at(-1);
  if (lastResponse) status.lastResponse = lastResponse.source;
  if (assessed)
    status.lastAssessment = assessed.basis
      ? { ...assessed.source, basis: assessed.basis }
      : assessed.source;
  const next = nextDue(owed.next, measures, day);
  if (next) status.nextDue = next;
  const silent = noResponseSince(body, issued.when, day);
  if (silent) status.noResponseSince = silent;
  return status;
}

/**
 * Responses asked for and given: each request is met by the first response of its kind not
 * already counted; a request for a plain response, failing that, by any response left over. A
 * response given after its request's date shows the request was met late; a request whose date
 * passed with no response on record has passed without report, which is not the same as late.
 */
function owedResponses(
  dues: readonly EventOf<"response-due">[],
  responses: readonly EventOf<"responded">[],
  day: IsoDay,
): { duePassed: boolean; next?: Period; passed: PassedDeadline[]; requests: ResponseRequest[] } {
  const given: EventOf<"responded">[] = [];
  const seen = new Set<string>();
  for (const r of responses) {
    if (seen.has(r.source.id)) continue;
    seen.add(r.source.id);
    given.push(r);
  }
  const used = new Set<EventOf<"responded">>();
  const meets = new Map<EventOf<"response-due">, EventOf<"responded">>();
  const match = (due: EventOf<"response-due">, fits: (r: EventOf<"responded">) => boolean) => {
    const met = given.find((r) => !used.has(r) && fits(r));
    if (!met) return;
    used.add(met);
    meets.set(due, met);
  };
  for (const due of dues) match(due, (r) => r.kind === due.kind);
  for (const due of dues) if (due.kind === "response" && !meets.has(due)) match(due, () => true);
  const passed: PassedDeadline[] = [];
  const requests: ResponseRequest[] = [];
  let duePassed = false;
  let next: Period | undefined;
  for (const due of dues) {
    const met = meets.get(due);
    const deadline = due.due;
    const request: ResponseRequest = { kind: due.kind, source: due.source };
    if (deadline) request.due = deadline;
    if (met) request.given = met.when;
    requests.push(request);
    if (!deadline) continue;
    if (met) {
      if (met.when.start > deadline.end)
        passed.push({
          what: "response",
          due: deadline,
          outcome: "late",
          settled: met.when,
          source: due.source,
        });
    } else if (deadline.end < day) {
      duePassed = true;
      passed.push({ what: "response", due: deadline, outcome: "passed", source: due.source });
    } else if (!next || deadline.end < next.end) next = deadline;
  }
  return next ? { duePassed, next, passed, requests } : { duePassed, passed, requests };
}

/** What became of one promised measure by the end of a day. */
function measureAt(
  measure: Measure,
  promise: EventOf<"responded">,
  allReports: readonly EventOf<"measure-reported">[],
  day: IsoDay,
): MeasureStatus {
  const status: MeasureStatus = {
    measure,
    source: promise.source,
    given: promise.when,
    state: "planned",
    moves: [],
    passed: [],
  };
  if (measure.due) status.due = measure.due;
  const reports = allReports.filter((r) => r.report.measure === measure.id);
  // The document that set the date in force: the promise, or the last one to give a new date.
  let dueSource = promise.source;
  const missed = (due: Period, outcome: DeadlineOutcome, settled?: Period) => {
    const entry: PassedDeadline = {
      what: "measure",
      due,
      outcome,
      measureId: measure.id,
      source: dueSource,
    };
    if (settled) entry.settled = settled;
    status.passed.push(entry);
  };
  let lateSince: Period | undefined;
  if (measure.dropped !== undefined) {
    status.state = "dropped";
    status.dropped = { when: promise.when, reason: measure.dropped, source: promise.source };
    return status;
  }
  for (const r of reports) {
    const due = status.due;
    if (r.report.dropped !== undefined) {
      // Dropped after its date had passed: the date was not kept, as the document says.
      if (due && due.end < r.when.start) missed(due, "late", r.when);
      status.state = "dropped";
      status.dropped = { when: r.when, reason: r.report.dropped, source: r.source };
      return status;
    }
    if (r.report.done) {
      status.done = { reported: r.when, source: r.source };
      if (r.report.doneWhen) status.done.doneWhen = r.report.doneWhen;
      if (r.firstReportedIn) status.done.firstReportedIn = r.firstReportedIn;
      if (due) {
        const doneWhen = r.report.doneWhen;
        const inTime = r.when.end <= due.end || (doneWhen !== undefined && doneWhen.end <= due.end);
        if (!inTime) missed(due, doneWhen && doneWhen.start > due.end ? "late" : "unknown", r.when);
      }
      status.state = "done";
      return status;
    }
    const newDue = r.report.due;
    if (newDue && newDue.end >= r.when.end && newDue.end !== due?.end) {
      // A new date: the old one was missed if it had passed when the new one was given.
      if (due && due.end < r.when.start) missed(due, "late", r.when);
      const move: MeasureStatus["moves"][number] = {
        when: r.when,
        due: newDue,
        by: r.report.by,
        source: r.source,
      };
      if (r.report.reason) move.reason = r.report.reason;
      status.moves.push(move);
      status.due = newDue;
      dueSource = r.source;
      lateSince = undefined;
    } else if (due && r.when.start > due.end && !lateSince) {
      // Restated as open after its date: a document says it was not done in time.
      lateSince = r.when;
      missed(due, "late");
    }
  }
  if (lateSince) status.state = "late";
  else if (status.due && status.due.end < day) {
    const statedAfterDue =
      reports.length === 0 && measure.due !== undefined && measure.due.end < promise.when.start;
    if (statedAfterDue) status.state = "stated-after-due";
    else {
      status.state = "passed";
      missed(status.due, "passed");
    }
  }
  return status;
}

function bodyState(s: {
  asked: "listed" | "unknown";
  requested: boolean;
  duePassed: boolean;
  answered: boolean;
  withContent: boolean;
  measures: MeasureStatus[];
  stance: Stance | undefined;
  reported: ReportedState | undefined;
}): BodyState {
  if (!s.answered) {
    if (s.requested) return s.duePassed ? "response-due-passed" : "awaiting-response";
    return s.asked === "listed" ? "not-requested" : "request-unknown";
  }
  if (s.duePassed) return "response-due-passed";
  // A dropped measure is no longer a promise: it neither keeps the work open nor closes it.
  const states = s.measures.map((m) => m.state).filter((state) => state !== "dropped");
  if (states.includes("late")) return "measure-late";
  if (s.reported === "done") return "reported-done";
  if (states.includes("passed")) return "measure-passed";
  if (states.length > 0 && states.every((state) => state === "done")) return "reported-done";
  if (s.stance === "disagrees" && states.length === 0) return "declined";
  if (s.reported || states.includes("done"))
    return s.reported === "not-started" ? "measures-planned" : "in-progress";
  if (states.length > 0) return "measures-planned";
  return s.withContent ? "answered" : "answered-content-unavailable";
}

function nextDue(
  responseDue: Period | undefined,
  measures: MeasureStatus[],
  day: IsoDay,
): Status["nextDue"] {
  let best: Status["nextDue"];
  // An owed response's date is one not yet passed (see `owedResponses`).
  if (responseDue) best = { what: "response", period: responseDue };
  for (const m of measures) {
    const due = m.due;
    if (m.state !== "planned" || !due || due.end < day) continue;
    if (!best || due.end < best.period.end)
      best = { what: "measure", period: due, measureId: m.measure.id };
  }
  return best;
}
