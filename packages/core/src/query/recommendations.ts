import type { Corpus } from "../corpus.ts";
import { addDays, type IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import type { Stance } from "../schema/section.ts";
import type { Status } from "../status/derive.ts";
import type { Subject } from "../status/events.ts";
import { type AuditorState, type BodyState, isClosed } from "../status/states.ts";

export interface RecommendationFilter {
  organisation?: string;
  body?: string;
  audit?: string;
  /** Body-track or auditor-track states; a row matches when either track is in the list. */
  states?: readonly (BodyState | AuditorState)[];
  stance?: Stance | "none";
  /** Only rows with a next deadline in this window (inclusive). */
  dueFrom?: IsoDay;
  dueTo?: IsoDay;
  closed?: boolean;
}

export interface RecommendationRow {
  subject: Subject;
  status: Status;
}

/** Recommendations (per addressee) with their status on a day, filtered. */
export function queryRecommendations(
  corpus: Corpus,
  asOf: IsoDay,
  filter: RecommendationFilter = {},
): RecommendationRow[] {
  const rows: RecommendationRow[] = [];
  for (const subject of corpus.subjects) {
    if (filter.organisation && subject.organisation !== filter.organisation) continue;
    if (filter.body && subject.body !== filter.body) continue;
    if (filter.audit && subject.audit.data.id !== filter.audit) continue;
    const status = corpus.status(subject, asOf);
    if (!status) continue;
    if (
      filter.states?.length &&
      !filter.states.includes(status.body) &&
      !filter.states.includes(status.auditor)
    )
      continue;
    if (filter.stance && (status.stance ?? "none") !== filter.stance) continue;
    if (filter.closed !== undefined && isClosed(status.body, status.auditor) !== filter.closed)
      continue;
    if (filter.dueFrom || filter.dueTo) {
      const due = status.nextDue?.period.end;
      if (!due || (filter.dueFrom && due < filter.dueFrom) || (filter.dueTo && due > filter.dueTo))
        continue;
    }
    rows.push({ subject, status });
  }
  return rows.sort((a, b) => compareSubjects(a.subject, b.subject));
}

/** By organisation, audit date, audit, recommendation (R2 before R10) and addressee. */
export function compareSubjects(x: Subject, y: Subject): number {
  return (
    x.organisation.localeCompare(y.organisation) ||
    x.audit.data.date.start.localeCompare(y.audit.data.date.start) ||
    x.audit.data.id.localeCompare(y.audit.data.id) ||
    naturalCompare(x.recommendation.id, y.recommendation.id) ||
    x.body.localeCompare(y.body)
  );
}

// One collator for every comparison: localeCompare with a locale builds one per call, which
// made sorting a national corpus's deadlines take seconds.
const numericSwedish = new Intl.Collator("sv", { numeric: true });

/** R2 before R10. */
export function naturalCompare(a: string, b: string): number {
  return numericSwedish.compare(a, b);
}

export interface DeadlineRow {
  subject: Subject;
  what: "response" | "measure";
  period: Period;
  /** The measure's id and text, for a measure. */
  measureId?: string;
  text?: string;
  overdue: boolean;
  /** Days from the as-of day to the due day; negative when overdue. */
  daysLeft: number;
}

export interface DeadlineFilter {
  organisation?: string;
  body?: string;
  /** Upcoming deadlines due within this many days of the as-of day. */
  withinDays?: number;
  /** Only overdue deadlines. */
  overdueOnly?: boolean;
}

/** Owed responses and open measures, upcoming and overdue, soonest first. */
export function deadlines(
  corpus: Corpus,
  asOf: IsoDay,
  filter: DeadlineFilter = {},
): DeadlineRow[] {
  const horizon = filter.withinDays === undefined ? undefined : addDays(asOf, filter.withinDays);
  const rows: DeadlineRow[] = [];
  const seenMeasures = new Set<string>();
  const daysLeft = (due: IsoDay) => Math.round((Date.parse(due) - Date.parse(asOf)) / 86_400_000);
  for (const { subject, status } of queryRecommendations(corpus, asOf, filter)) {
    if (status.responseDue) {
      const overdue = status.body === "response-overdue";
      rows.push({
        subject,
        what: "response",
        period: status.responseDue,
        overdue,
        daysLeft: daysLeft(status.responseDue.end),
      });
    }
    for (const m of status.measures) {
      if (
        (m.state !== "planned" && m.state !== "overdue") ||
        !m.measure.due ||
        seenMeasures.has(m.measure.id)
      )
        continue;
      seenMeasures.add(m.measure.id);
      rows.push({
        subject,
        what: "measure",
        period: m.measure.due,
        measureId: m.measure.id,
        text: m.measure.text,
        overdue: m.state === "overdue",
        daysLeft: daysLeft(m.measure.due.end),
      });
    }
  }
  return rows
    .filter((r) =>
      filter.overdueOnly
        ? r.overdue
        : r.overdue || horizon === undefined || r.period.end <= horizon,
    )
    .sort(
      (a, b) => a.period.end.localeCompare(b.period.end) || compareSubjects(a.subject, b.subject),
    );
}
