import { type CorpusIndex, recommendationKey, responseDay } from "../link/corpus-index.ts";
import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import type { AssessmentResult, Recommendation } from "../schema/audit.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { Measure, ReportedState, Stance } from "../schema/section.ts";

/** A recommendation as it concerns one of its addressees: the unit whose status is derived. */
export interface Subject {
  key: string;
  organisation: string;
  audit: LoadedAudit;
  recommendation: Recommendation;
  /** The addressee. */
  body: string;
}

/** Who says so: the auditors (or the issuer) or the body itself. Never merged. */
export type Voice = "issuer" | "body" | "auditors";

export interface SourceRef {
  type: "audit" | "response";
  organisation: string;
  id: string;
  file: string;
}

interface EventBase {
  day: IsoDay;
  voice: Voice;
  source: SourceRef;
}

export type StatusEvent =
  | (EventBase & { type: "issued"; period: Period })
  | (EventBase & {
      type: "response-due";
      period?: Period;
      kind: ResponseKindValue;
      ordinal: number;
    })
  | (EventBase & {
      type: "responded";
      kind: ResponseKindValue;
      stance?: Stance;
      reported?: { state: ReportedState; text: string };
      measures: Measure[];
    })
  | (EventBase & { type: "measure-due"; measure: Measure; period: Period })
  | (EventBase & { type: "assessed"; result: AssessmentResult; basis?: string });

type StatusEventType = StatusEvent["type"];

function auditRef(audit: LoadedAudit): SourceRef {
  return {
    type: "audit",
    organisation: audit.data.organisation,
    id: audit.data.id,
    file: audit.file,
  };
}

function responseRef(response: LoadedResponse): SourceRef {
  return {
    type: "response",
    organisation: response.data.organisation,
    id: response.data.id,
    file: response.file,
  };
}

function subjectKey(organisation: string, audit: string, item: string, body: string): string {
  return `${recommendationKey(organisation, audit, item)}@${body}`;
}

/** Every (recommendation, addressee) pair of the corpus. */
export function subjectsOf(index: CorpusIndex): Subject[] {
  const subjects: Subject[] = [];
  for (const audit of index.audits.values()) {
    for (const recommendation of audit.data.recommendations) {
      for (const body of new Set(recommendation.to)) {
        subjects.push({
          key: subjectKey(audit.data.organisation, audit.data.id, recommendation.id, body),
          organisation: audit.data.organisation,
          audit,
          recommendation,
          body,
        });
      }
    }
  }
  return subjects;
}

const order: Record<StatusEventType, number> = {
  issued: 0,
  "response-due": 1,
  responded: 2,
  "measure-due": 3,
  assessed: 4,
};

/**
 * The dated events in a subject's life, in order: issued, responses due, responses given
 * (with stance, the body's own report and measures), measures due, and the auditors'
 * assessments from later audits.
 */
export function eventsOf(
  subject: Subject,
  index: CorpusIndex,
  assessments: AssessmentsByKey,
): StatusEvent[] {
  const { audit, recommendation, body } = subject;
  const events: StatusEvent[] = [];
  const source = auditRef(audit);
  events.push({
    type: "issued",
    day: audit.data.date.start,
    voice: "issuer",
    source,
    period: audit.data.date,
  });

  let ordinal = 0;
  for (const due of audit.data.responses_due) {
    if (due.from !== body && due.from !== audit.data.coordinator) continue;
    const applies = due.recommendations
      ? due.recommendations.includes(recommendation.id)
      : recommendation.to.includes(due.from) || due.from === audit.data.coordinator;
    if (!applies) continue;
    // A due without a date is still an ask: it counts in order but never falls overdue.
    const event: StatusEvent = {
      type: "response-due",
      day: due.by?.end ?? audit.data.date.start,
      voice: "issuer",
      source,
      kind: due.kind,
      ordinal: ordinal++,
    };
    if (due.by) event.period = due.by;
    events.push(event);
  }

  const key = recommendationKey(subject.organisation, audit.data.id, recommendation.id);
  // A response without a section per recommendation answers the audit as a whole.
  for (const response of index.responsesTo(subject.organisation, audit.data.id)) {
    const responder = response.data.body;
    if (
      response.sections.length > 0 ||
      (responder !== body && responder !== audit.data.coordinator)
    )
      continue;
    events.push({
      type: "responded",
      day: responseDay(response),
      voice: "body",
      source: responseRef(response),
      kind: response.data.kind,
      measures: [],
    });
  }
  for (const answer of index.answers(key)) {
    const responder = answer.response.data.body;
    if (responder !== body && responder !== audit.data.coordinator) continue;
    const day = responseDay(answer.response);
    const ref = responseRef(answer.response);
    const event: StatusEvent = {
      type: "responded",
      day,
      voice: "body",
      source: ref,
      kind: answer.response.data.kind,
      measures: answer.section.measures,
    };
    if (answer.section.stance) event.stance = answer.section.stance;
    if (answer.section.reported) event.reported = answer.section.reported;
    events.push(event);
    for (const measure of answer.section.measures) {
      if (measure.due)
        events.push({
          type: "measure-due",
          day: measure.due.end,
          voice: "body",
          source: ref,
          measure,
          period: measure.due,
        });
    }
  }

  for (const found of assessments.get(key) ?? []) {
    if (found.body && found.body !== body) continue;
    const event: StatusEvent = {
      type: "assessed",
      day: found.audit.data.date.end,
      voice: "auditors",
      source: auditRef(found.audit),
      result: found.result,
    };
    if (found.basis) event.basis = found.basis;
    events.push(event);
  }
  return events.sort((a, b) => a.day.localeCompare(b.day) || order[a.type] - order[b.type]);
}

export type AssessmentsByKey = Map<
  string,
  { audit: LoadedAudit; body?: string; result: AssessmentResult; basis?: string }[]
>;

/** The auditors' assessments, by the key of the recommendation they assess. */
export function assessmentsByKey(index: CorpusIndex): AssessmentsByKey {
  const map: AssessmentsByKey = new Map();
  for (const audit of index.audits.values()) {
    for (const assessment of audit.data.assessments) {
      const key = recommendationKey(
        audit.data.organisation,
        assessment.audit,
        assessment.recommendation,
      );
      const list = map.get(key) ?? [];
      const entry: { audit: LoadedAudit; body?: string; result: AssessmentResult; basis?: string } =
        { audit, result: assessment.result };
      if (assessment.body) entry.body = assessment.body;
      if (assessment.basis) entry.basis = assessment.basis;
      list.push(entry);
      map.set(key, list);
    }
  }
  return map;
}
