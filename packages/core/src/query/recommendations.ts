import type { Corpus } from "../corpus.ts";
import { measureKey } from "../link/keys.ts";
import { addDays, type IsoDay } from "../periods/calendar.ts";
import { comparePeriods, type Period } from "../periods/period.ts";
import type { Status } from "../status/derive.ts";
import { isClosed, isLate, isPassedWithoutReport } from "../status/states.ts";
import type { Subject } from "../status/subjects.ts";
import { matchesFilter, type RecommendationFilter, type RowFacets } from "./filter.ts";

export type { RecommendationFilter, RowFacets };

/** What the filter looks at in a recommendation for one addressee, on the day of its status. */
export function rowFacets(subject: Subject, status: Status): RowFacets {
  const facets: RowFacets = {
    organisation: subject.organisation,
    body: subject.body,
    audit: subject.audit.data.id,
    year: auditYear(subject.audit.data.date),
    bodyState: status.body,
    auditorState: status.auditor,
    stance: status.stance ?? "none",
    closed: isClosed(status.body, status.auditor),
    overdue:
      !isClosed(status.body, status.auditor) &&
      (isLate(status.body) || isPassedWithoutReport(status.body)),
  };
  if (status.nextDue) facets.nextDue = status.nextDue.period.end;
  return facets;
}

/** The year an audit belongs to: the year its date ends in (winter 2023/2024 is 2024). */
export function auditYear(date: Period): number {
  return Number(date.end.slice(0, 4));
}

/** A recommendation for one addressee, with its status on the day asked for. */
export interface SubjectStatus {
  subject: Subject;
  status: Status;
}

/** Recommendations (per addressee) with their status on a day, filtered. */
export function queryRecommendations(
  corpus: Corpus,
  asOf: IsoDay,
  filter: RecommendationFilter = {},
): SubjectStatus[] {
  const rows: SubjectStatus[] = [];
  for (const subject of corpus.subjectsIn(filter.organisation || undefined)) {
    // The cheap facets first, so that a filter on a body derives no other status.
    if (filter.body && subject.body !== filter.body) continue;
    if (filter.audit && subject.audit.data.id !== filter.audit) continue;
    const status = corpus.status(subject, asOf);
    if (!status) continue;
    if (matchesFilter(rowFacets(subject, status), filter)) rows.push({ subject, status });
  }
  return rows.sort((a, b) => compareSubjects(a.subject, b.subject));
}

/** By organisation, audit date, audit, recommendation (R2 before R10) and addressee. */
export function compareSubjects(x: Subject, y: Subject): number {
  return (
    compareOrganisations(x.organisation, y.organisation) ||
    comparePeriods(x.audit.data.date, y.audit.data.date) ||
    x.audit.data.id.localeCompare(y.audit.data.id) ||
    naturalCompare(x.recommendation.id, y.recommendation.id) ||
    x.body.localeCompare(y.body)
  );
}

/** Organisations by id: the order of every list across a corpus that is grouped by them. */
export function compareOrganisations(x: string, y: string): number {
  return x.localeCompare(y);
}

// One collator for every comparison: localeCompare with a locale builds one per call, which
// made sorting a national corpus's deadlines take seconds.
const numericSwedish = new Intl.Collator("sv", { numeric: true });

/** R2 before R10. */
export function naturalCompare(a: string, b: string): number {
  return numericSwedish.compare(a, b);
}

/**
 * Where a deadline stands: still to come; passed with no report since; or late, which only a
 * source can make it.
 */
type DeadlineState = "upcoming" | "passed" | "late";

export interface DeadlineRow {
  subject: Subject;
  what: "response" | "measure";
  period: Period;
  /** The measure's id and text, for a measure. */
  measureId?: string;
  text?: string;
  state: DeadlineState;
  /** Days from the as-of day to the due day; negative once it has passed. */
  daysLeft: number;
}

export interface DeadlineFilter {
  organisation?: string;
  body?: string;
  audit?: string;
  /** Upcoming deadlines due within this many days of the as-of day. */
  withinDays?: number;
  /** Only deadlines that have passed (late, or with no report since). */
  passedOnly?: boolean;
}

/**
 * Owed responses and open measures, upcoming and passed, soonest first. A recommendation that
 * is closed (implemented as the auditors found, no longer relevant, or declined) owes nothing.
 */
export function deadlines(
  corpus: Corpus,
  asOf: IsoDay,
  filter: DeadlineFilter = {},
): DeadlineRow[] {
  const horizon = filter.withinDays === undefined ? undefined : addDays(asOf, filter.withinDays);
  const rows: DeadlineRow[] = [];
  const seenMeasures = new Set<string>();
  const daysLeft = (due: IsoDay) => Math.round((Date.parse(due) - Date.parse(asOf)) / 86_400_000);
  for (const { subject, status } of queryRecommendations(corpus, asOf, {
    ...filter,
    closed: false,
  })) {
    if (status.responseDue) {
      rows.push({
        subject,
        what: "response",
        period: status.responseDue,
        state: "upcoming",
        daysLeft: daysLeft(status.responseDue.end),
      });
    }
    for (const passed of status.passed) {
      if (passed.what !== "response" || passed.outcome !== "passed") continue;
      rows.push({
        subject,
        what: "response",
        period: passed.due,
        state: "passed",
        daysLeft: daysLeft(passed.due.end),
      });
    }
    for (const m of status.measures) {
      const key = measureKey(subject.organisation, m.measure.id);
      if (!m.due || seenMeasures.has(key)) continue;
      if (m.state !== "planned" && m.state !== "passed" && m.state !== "late") continue;
      seenMeasures.add(key);
      rows.push({
        subject,
        what: "measure",
        period: m.due,
        measureId: m.measure.id,
        text: m.measure.text,
        state: m.state === "planned" ? "upcoming" : m.state,
        daysLeft: daysLeft(m.due.end),
      });
    }
  }
  return rows
    .filter((r) =>
      filter.passedOnly
        ? r.state !== "upcoming"
        : r.state !== "upcoming" || horizon === undefined || r.period.end <= horizon,
    )
    .sort(
      (a, b) => a.period.end.localeCompare(b.period.end) || compareSubjects(a.subject, b.subject),
    );
}
