import type { CorpusIndex } from "../link/corpus-index.ts";
import type { LoadedAudit } from "../load/document.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { comparePeriods, type Period } from "../periods/period.ts";
import { compareSubjects } from "../query/recommendations.ts";
import type { AuditKind } from "../schema/audit.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { AuditorState, BodyState, DeadlineOutcome } from "../schema/states.ts";
import type { Status } from "../status/derive.ts";
import type { Change } from "../status/history.ts";
import type { Subject } from "../status/subjects.ts";
import type { Names } from "./names.ts";
import type { AuditSummary, DocumentLink } from "./records.ts";
import { eventRecord } from "./subject-record.ts";
import type { Named } from "./text.ts";
import { distinctDocuments } from "./updates.ts";

/** Which recommendation, for which body, a change concerns. */
interface ChangeSubject {
  key: string;
  organisation: Named;
  audit: AuditSummary;
  item: string;
  body: Named;
}

/** A document that came into the record in the period. */
interface NewDocumentRecord {
  type: "audit" | "response";
  organisation: Named;
  id: string;
  diaryNumber?: string;
  kind: AuditKind | ResponseKindValue;
  /** The issuing body of an audit, the responding body of a response. */
  body: Named;
  title: DocumentLink["title"];
  /** When it counts: an audit's date; a response's decision, else its own date. */
  when: Period;
}

/** One track of one recommendation changing state on a day, and what made it change. */
export interface StateChangeRecord extends ChangeSubject {
  day: IsoDay;
  track: "body" | "auditor";
  /** The state the day before; none for a recommendation issued that day. */
  before?: BodyState | AuditorState;
  after: BodyState | AuditorState;
  /** The documents that became known that day. */
  sources: DocumentLink[];
  /** The deadlines whose passing made the change, when that is what made it. */
  deadlines: Period[];
}

/** A measure given a new date in the period. */
export interface MovedDeadlineRecord extends ChangeSubject {
  when: Period;
  measure: { id: string; text: string };
  from: Period;
  to: Period;
  reason?: string;
  source: DocumentLink;
}

/** A deadline that fell due in the period and was not met in time, as far as the sources say. */
export interface MissedDeadlineRecord extends ChangeSubject {
  what: "response" | "measure";
  due: Period;
  outcome: DeadlineOutcome;
  measure?: { id: string; text: string };
  /** When the matter was settled after the date, if it was by the end of the period. */
  settled?: Period;
  /** The document that set the deadline. */
  source: DocumentLink;
}

/** What changed between two days, both included, as the sources known on the last day say. */
export interface ChangesRecord {
  from: IsoDay;
  to: IsoDay;
  documents: NewDocumentRecord[];
  states: StateChangeRecord[];
  moved: MovedDeadlineRecord[];
  missed: MissedDeadlineRecord[];
}

const inPeriod = (day: IsoDay, from: IsoDay, to: IsoDay) => day >= from && day <= to;

/** What a list of changes covers: an organisation, a body, an audit, or everything. */
export interface ChangesFilter {
  organisation?: string;
  body?: string;
  audit?: string;
}

/**
 * Whether an audit belongs to what the filter covers: for an audit, the audit itself and the
 * later audits that follow it up or assess it; for a body, the audits with recommendations to
 * it or that assess one of them.
 */
function auditInScope(audit: LoadedAudit, filter: ChangesFilter, index: CorpusIndex): boolean {
  const d = audit.data;
  if (filter.organisation && d.organisation !== filter.organisation) return false;
  if (
    filter.audit &&
    d.id !== filter.audit &&
    !d.follows_up.includes(filter.audit) &&
    !d.assessments.some((a) => a.audit === filter.audit)
  )
    return false;
  const body = filter.body;
  if (!body) return true;
  if (d.recommendations.some((r) => r.to.includes(body))) return true;
  return d.assessments.some((a) => {
    if (a.body) return a.body === body;
    const assessed = index.audit(d.organisation, a.audit);
    return assessed?.data.recommendations.some(
      (r) => r.id === a.recommendation && r.to.includes(body),
    );
  });
}

/**
 * The changes of a period, read from the subjects' histories and statuses on its last day: every
 * change of either track with the documents or deadlines that made it, the documents that came
 * in, the measures given new dates, and the deadlines that fell due and were not met in time.
 * A document dated only by a month or a year counts on its period's last day, as in histories.
 */
export function changesBetween(
  from: IsoDay,
  to: IsoDay,
  filter: ChangesFilter,
  subjects: readonly Subject[],
  histories: ReadonlyMap<string, Change[]>,
  statuses: ReadonlyMap<string, Status | undefined>,
  index: CorpusIndex,
  names: Names,
): ChangesRecord {
  const record: ChangesRecord = { from, to, documents: [], states: [], moved: [], missed: [] };
  const ordered = [...subjects].sort(compareSubjects);
  // A measure shared by two addressees' statuses is one measure: told once.
  const told = new Set<string>();
  const once = (key: string) => !told.has(key) && Boolean(told.add(key));
  for (const audit of index.audits.values()) {
    const d = audit.data;
    if (!inPeriod(d.date.end, from, to) || !auditInScope(audit, filter, index)) continue;
    record.documents.push({
      type: "audit",
      organisation: names.organisation(d.organisation),
      id: d.id,
      kind: d.kind,
      body: names.body(d.organisation, d.issued_by),
      title: names.auditLink(audit).title,
      when: d.date,
      ...(d.diary_number ? { diaryNumber: d.diary_number } : {}),
    });
  }
  for (const response of index.responses.values()) {
    const d = response.data;
    const when = index.when(response);
    if (!inPeriod(when.end, from, to)) continue;
    if (filter.organisation && d.organisation !== filter.organisation) continue;
    if (filter.audit && !d.answers.includes(filter.audit)) continue;
    if (filter.body && d.body !== filter.body) continue;
    record.documents.push({
      type: "response",
      organisation: names.organisation(d.organisation),
      id: d.id,
      kind: d.kind,
      body: names.body(d.organisation, d.body),
      title: names.responseLink(response).title,
      when,
      ...(d.diary_number ? { diaryNumber: d.diary_number } : {}),
    });
  }
  record.documents.sort((a, b) => comparePeriods(a.when, b.when) || a.id.localeCompare(b.id));

  for (const subject of ordered) {
    const about: ChangeSubject = {
      key: subject.key,
      organisation: names.organisation(subject.organisation),
      audit: names.auditSummary(subject.audit),
      item: subject.recommendation.id,
      body: names.body(subject.organisation, subject.body),
    };
    let previous: Change | undefined;
    for (const change of histories.get(subject.key) ?? []) {
      if (change.changed && inPeriod(change.day, from, to)) {
        const unique = distinctDocuments(change.events.map((e) => eventRecord(e, names).source));
        const deadlines = change.deadlines.filter(
          (d, i) => change.deadlines.findIndex((e) => e.end === d.end && e.text === d.text) === i,
        );
        const tracks: ("body" | "auditor")[] = ["body", "auditor"];
        for (const track of tracks) {
          const before = previous?.[track];
          if (before === change[track]) continue;
          // A recommendation issued in the period starts unassessed: that is no finding.
          if (!before && track === "auditor" && change.auditor === "not-assessed") continue;
          const entry: StateChangeRecord = {
            ...about,
            day: change.day,
            track,
            after: change[track],
            sources: unique,
            deadlines,
          };
          if (before) entry.before = before;
          record.states.push(entry);
        }
      }
      previous = change;
    }
    const status = statuses.get(subject.key);
    if (!status) continue;
    for (const m of status.measures) {
      let due = m.measure.due;
      for (const move of m.moves) {
        const key = `moved:${subject.organisation}/${m.measure.id}/${move.due.end}`;
        if (due && inPeriod(move.when.end, from, to) && once(key)) {
          const moved: MovedDeadlineRecord = {
            ...about,
            when: move.when,
            measure: { id: m.measure.id, text: m.measure.text },
            from: due,
            to: move.due,
            source: names.document(move.source.type, move.source.organisation, move.source.id),
          };
          if (move.reason) moved.reason = move.reason;
          record.moved.push(moved);
        }
        due = move.due;
      }
    }
    for (const passed of status.passed) {
      // A deadline falls due at the end of its day: one due on the last day is not yet missed.
      if (passed.due.end < from || passed.due.end >= to) continue;
      const what = passed.measureId ? `${subject.organisation}/${passed.measureId}` : subject.key;
      if (!once(`missed:${what}/${passed.due.end}`)) continue;
      const measure = passed.measureId
        ? status.measures.find((m) => m.measure.id === passed.measureId)
        : undefined;
      const missed: MissedDeadlineRecord = {
        ...about,
        what: passed.what,
        due: passed.due,
        outcome: passed.outcome,
        source: names.document(passed.source.type, passed.source.organisation, passed.source.id),
      };
      if (measure) missed.measure = { id: measure.measure.id, text: measure.measure.text };
      if (passed.settled) missed.settled = passed.settled;
      record.missed.push(missed);
    }
  }
  record.states.sort((a, b) => a.day.localeCompare(b.day));
  record.moved.sort((a, b) => comparePeriods(a.when, b.when));
  record.missed.sort((a, b) => comparePeriods(a.due, b.due));
  return record;
}
