import type { CorpusIndex, MeasureEntry } from "../link/corpus-index.ts";
import { measureKey, recommendationKey } from "../link/keys.ts";
import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { AssessmentResult } from "../schema/audit.ts";
import type { Measure } from "../schema/section.ts";
import { compareEvents, type SourceRef, type StatusEvent } from "./events.ts";
import type { Subject } from "./subjects.ts";

/** The document an event comes from, as the event names it. */
function sourceRef(document: LoadedAudit | LoadedResponse): SourceRef {
  return {
    type: document.type,
    organisation: document.data.organisation,
    id: document.data.id,
    file: document.file,
  };
}

interface FoundAssessment {
  audit: LoadedAudit;
  body?: string;
  result: AssessmentResult;
  basis?: string;
}

export type AssessmentsByKey = Map<string, FoundAssessment[]>;

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
      const found: FoundAssessment = { audit, result: assessment.result };
      if (assessment.body) found.body = assessment.body;
      if (assessment.basis) found.basis = assessment.basis;
      const list = map.get(key);
      if (list) list.push(found);
      else map.set(key, [found]);
    }
  }
  return map;
}

/**
 * The dated events in a subject's life, in order, with every cross-document reference already
 * resolved: issue, responses asked for, responses given (by the addressee or a body above it),
 * reports on earlier measures, other bodies' reports (shown, not counted), and the auditors'
 * assessments. What follows from them is derived from these events alone.
 */
export function eventsOf(
  subject: Subject,
  index: CorpusIndex,
  assessments: AssessmentsByKey,
): StatusEvent[] {
  const { audit, recommendation, body, organisation } = subject;
  const events: StatusEvent[] = [];
  const issuer = sourceRef(audit);
  events.push({
    type: "issued",
    when: audit.data.date,
    voice: "issuer",
    source: issuer,
    asked: audit.data.responses_asked,
  });

  for (const due of audit.data.responses_due) {
    if (!index.speaksFor(organisation, due.from, body)) continue;
    if (due.recommendations && !due.recommendations.includes(recommendation.id)) continue;
    const event: StatusEvent = {
      type: "response-due",
      when: audit.data.date,
      voice: "issuer",
      source: issuer,
      kind: due.kind,
    };
    if (due.by) event.due = due.by;
    events.push(event);
  }

  const key = recommendationKey(organisation, audit.data.id, recommendation.id);
  const answers = index.answers(key);
  const promised: Measure[] = [];
  for (const response of index.responsesTo(organisation, audit.data.id)) {
    const speaker = response.data.body;
    const speaks = index.speaksFor(organisation, speaker, body);
    const base = {
      when: index.when(response),
      source: sourceRef(response),
      speaker,
      kind: response.data.kind,
    };
    const sections = answers.filter((a) => a.response === response).map((a) => a.section);
    if (speaks && response.sections.length === 0) {
      // A response without a section per recommendation answers the audit as a whole.
      events.push({
        ...base,
        type: "responded",
        voice: "body",
        content: response.data.content,
        measures: [],
      });
    }
    for (const section of sections) {
      if (speaks) {
        const event: StatusEvent = {
          ...base,
          type: "responded",
          voice: "body",
          content: response.data.content,
          measures: section.measures,
        };
        if (section.stance) event.stance = section.stance;
        if (section.stance_text) event.stanceText = section.stance_text;
        if (section.reported) event.reported = section.reported;
        events.push(event);
        promised.push(...section.measures);
      } else {
        const event: StatusEvent = { ...base, type: "noted", voice: "another-body" };
        if (section.reported) event.reported = section.reported;
        events.push(event);
      }
      for (const named of section.reported_for) {
        if (index.resolveBody(organisation, named.body, speaker)?.id !== body) continue;
        events.push({
          ...base,
          type: "responded",
          voice: "body",
          content: response.data.content,
          reported: { state: named.state, text: named.text },
          measures: [],
        });
      }
    }
  }

  // A later measure that follows one of this subject's own is a report on it, not a new promise.
  const own = new Set(promised.map((m) => m.id));
  for (const event of events) {
    if (event.type === "responded")
      event.measures = event.measures.filter((m) => !(m.follows ?? []).some((f) => own.has(f)));
  }
  for (const event of [...events]) {
    if (event.type !== "responded") continue;
    for (const measure of event.measures) {
      events.push(...measureReports(measure, event.source, subject, index));
    }
  }

  for (const found of assessments.get(key) ?? []) {
    if (found.body && found.body !== body) continue;
    const event: StatusEvent = {
      type: "assessed",
      when: found.audit.data.date,
      voice: "auditors",
      source: sourceRef(found.audit),
      result: found.result,
    };
    if (found.basis) event.basis = found.basis;
    events.push(event);
  }
  return events.sort(compareEvents);
}

/**
 * What later documents say of one promised measure: its own tick, and every measure that follows
 * it, directly or through another follower, in a document that speaks for the addressee.
 */
function measureReports(
  measure: Measure,
  promisedIn: SourceRef,
  subject: Subject,
  index: CorpusIndex,
): StatusEvent[] {
  const { organisation, body } = subject;
  const entry = index.measure(organisation, measure.id);
  const reports: StatusEvent[] = [];
  const report = (by: MeasureEntry) => {
    const response = by.answer.response;
    const speaker = response.data.body;
    if (!index.speaksFor(organisation, speaker, body)) return;
    const event: StatusEvent = {
      type: "measure-reported",
      when: index.when(response),
      voice: "body",
      source: sourceRef(response),
      speaker,
      report: { measure: measure.id, by: by.measure.id, done: by.measure.done },
    };
    if (by.measure.done_when) event.report.doneWhen = by.measure.done_when;
    if (by.measure.due) event.report.due = by.measure.due;
    if (by.measure.reason) event.report.reason = by.measure.reason;
    if (by.measure.dropped !== undefined) event.report.dropped = by.measure.dropped;
    const first = by.measure.done && by.measure.reported_in;
    const earlier = first ? index.response(organisation, first) : undefined;
    if (earlier) {
      event.when = index.when(earlier);
      event.firstReportedIn = sourceRef(earlier);
    }
    reports.push(event);
  };
  if (entry && entry.answer.response.data.id === promisedIn.id && measure.done) report(entry);
  const seen = new Set<string>([measureKey(organisation, measure.id)]);
  const queue = [...index.followers(organisation, measure.id)];
  while (queue.length > 0) {
    const next = queue.shift() as MeasureEntry;
    const key = measureKey(organisation, next.measure.id);
    if (seen.has(key)) continue;
    seen.add(key);
    report(next);
    queue.push(...index.followers(organisation, next.measure.id));
  }
  return reports;
}
