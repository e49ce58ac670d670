import { renderInlineMarkdown } from "../render/markdown-html.ts";
import type { MeasureStatus, PassedDeadline, Status } from "../status/derive.ts";
import type { SourceRef, StatusEvent } from "../status/events.ts";
import type { Change } from "../status/history.ts";
import type { Subject } from "../status/subjects.ts";
import type { Names } from "./names.ts";
import type {
  ChangeRecord,
  DocumentLink,
  EventRecord,
  MeasureRecord,
  PassedDeadlineRecord,
  RecommendationRow,
  SubjectRecord,
} from "./records.ts";

function link(names: Names, ref: SourceRef): DocumentLink {
  return names.document(ref.type, ref.organisation, ref.id);
}

function eventRecord(e: StatusEvent, names: Names): EventRecord {
  const r: EventRecord = {
    type: e.type,
    when: e.when,
    voice: e.voice,
    source: link(names, e.source),
  };
  switch (e.type) {
    case "response-due":
      r.kind = e.kind;
      if (e.due) r.due = e.due;
      break;
    case "responded":
      r.speaker = names.body(e.source.organisation, e.speaker);
      r.kind = e.kind;
      r.content = e.content;
      if (e.stance) r.stance = e.stance;
      if (e.reported) r.reported = e.reported;
      break;
    case "noted":
      r.speaker = names.body(e.source.organisation, e.speaker);
      r.kind = e.kind;
      if (e.reported) r.reported = e.reported;
      break;
    case "measure-reported": {
      r.speaker = names.body(e.source.organisation, e.speaker);
      const m: NonNullable<EventRecord["measure"]> = {
        id: e.report.measure,
        by: e.report.by,
        done: e.report.done,
      };
      if (e.report.doneWhen) m.doneWhen = e.report.doneWhen;
      if (e.report.due) m.due = e.report.due;
      r.measure = m;
      if (e.firstReportedIn) r.firstReportedIn = link(names, e.firstReportedIn);
      break;
    }
    case "assessed":
      r.result = e.result;
      if (e.basis) r.basis = e.basis;
      break;
    case "issued":
      break;
  }
  return r;
}

function changeRecord(c: Change, names: Names): ChangeRecord {
  return {
    day: c.day,
    changed: c.changed,
    body: c.body,
    auditor: c.auditor,
    events: c.events.map((e) => eventRecord(e, names)),
    deadlines: c.deadlines,
  };
}

function measureRecord(m: MeasureStatus, names: Names): MeasureRecord {
  const r: MeasureRecord = {
    id: m.measure.id,
    text: m.measure.text,
    textHtml: renderInlineMarkdown(m.measure.text),
    state: m.state,
    promisedIn: link(names, m.source),
    moves: m.moves.map((move) => ({
      when: move.when,
      due: move.due,
      by: move.by,
      source: link(names, move.source),
    })),
  };
  if (m.due) r.due = m.due;
  if (m.measure.due && m.due !== m.measure.due) r.promisedDue = m.measure.due;
  if (m.done) {
    const done: NonNullable<MeasureRecord["done"]> = {
      reported: m.done.reported,
      source: link(names, m.done.source),
    };
    if (m.done.doneWhen) done.doneWhen = m.done.doneWhen;
    if (m.done.firstReportedIn) done.firstReportedIn = link(names, m.done.firstReportedIn);
    r.done = done;
  }
  if (m.measure.report_to) r.reportTo = m.measure.report_to;
  return r;
}

function passedRecord(p: PassedDeadline): PassedDeadlineRecord {
  const r: PassedDeadlineRecord = { what: p.what, due: p.due, outcome: p.outcome };
  if (p.settled) r.settled = p.settled;
  if (p.measureId) r.measure = p.measureId;
  return r;
}

/** Other bodies than the addressee whose documents a status rests on. */
function reportedBy(subject: Subject, status: Status, names: Names) {
  return status.speakers
    .filter((b) => b !== subject.body)
    .map((b) => names.body(subject.organisation, b));
}

export function subjectRecord(
  subject: Subject,
  status: Status,
  history: readonly Change[],
  names: Names,
): SubjectRecord {
  const { organisation } = subject;
  const r: SubjectRecord = {
    key: subject.key,
    body: names.body(organisation, subject.body),
    bodyState: status.body,
    auditorState: status.auditor,
    reportedBy: reportedBy(subject, status, names),
    measures: status.measures.map((m) => measureRecord(m, names)),
    passed: status.passed.map(passedRecord),
    history: history.map((c) => changeRecord(c, names)),
  };
  if (status.stance) r.stance = status.stance;
  if (status.stanceText) r.stanceText = status.stanceText;
  if (status.reported)
    r.reported = {
      state: status.reported.state,
      text: status.reported.text,
      speaker: names.body(organisation, status.reported.speaker),
    };
  if (status.responseDue) r.responseDue = status.responseDue;
  if (status.nextDue) {
    const next: NonNullable<SubjectRecord["nextDue"]> = {
      what: status.nextDue.what,
      period: status.nextDue.period,
    };
    if (status.nextDue.measureId) next.measure = status.nextDue.measureId;
    r.nextDue = next;
  }
  if (status.lastAssessment) {
    const last: NonNullable<SubjectRecord["lastAssessment"]> = {
      source: link(names, status.lastAssessment),
    };
    if (status.lastAssessment.basis) last.basis = status.lastAssessment.basis;
    r.lastAssessment = last;
  }
  return r;
}

export function recommendationRow(
  subject: Subject,
  status: Status,
  names: Names,
): RecommendationRow {
  const row: RecommendationRow = {
    key: subject.key,
    organisation: names.organisation(subject.organisation),
    audit: names.auditSummary(subject.audit),
    item: subject.recommendation.id,
    text: subject.recommendation.text,
    body: names.body(subject.organisation, subject.body),
    bodyState: status.body,
    auditorState: status.auditor,
    reportedBy: reportedBy(subject, status, names),
  };
  if (status.stance) row.stance = status.stance;
  if (status.nextDue) row.nextDue = status.nextDue.period;
  return row;
}
