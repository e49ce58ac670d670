/*
 * The records views show: every page of the site and every `show`/`status` of the CLI is laid out
 * from one of these, with names, titles and rows ready, so that no view splits a key, looks up a
 * name or applies a status rule. Words that come from the sources are `Text` (Swedish, and English
 * where the source gives it); the model's codes are put into words by the vocabulary.
 */
import type { IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import type { RowFacets } from "../query/filter.ts";
import type { Answer, AssessmentResult, AuditKind } from "../schema/audit.ts";
import type { Organisation } from "../schema/organisation.ts";
import type { PathStep, ResponseContent } from "../schema/response.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { ReportedState, Stance } from "../schema/section.ts";
import type { AuditorState, BodyState, DeadlineOutcome, MeasureState } from "../schema/states.ts";
import type { QuarterCounts } from "../status/aggregate.ts";
import type { MeasureReport, StatusEventType, Voice } from "../status/events.ts";
import type { Run } from "./language-runs.ts";
import type { Scorecard } from "./scorecard.ts";
import type { Named, Text } from "./text.ts";

/** A link to an audit or a response: what a page needs to name and link it. */
export interface DocumentLink {
  type: "audit" | "response";
  organisation: string;
  id: string;
  title: Text;
  /** Its date as the source gives it (for a response, when it counts as given); none for a
   *  document the corpus lacks. */
  when?: Period;
}

interface PersonRecord {
  name: string;
  role?: string;
}

export interface StateCounts {
  body: Record<BodyState, number>;
  auditor: Record<AuditorState, number>;
  /** Recommendation × addressee pairs counted. */
  total: number;
}

/** One event of a recommendation's life, for a timeline. */
export interface EventRecord {
  type: StatusEventType;
  /** As exact as the source: a response dated 2023 is 2023. */
  when: Period;
  voice: Voice;
  /** The body that says so, for a response or report. */
  speaker?: Named;
  source: DocumentLink;
  kind?: ResponseKindValue;
  content?: ResponseContent;
  stance?: Stance;
  reported?: { state: ReportedState; text: string };
  result?: AssessmentResult;
  basis?: string;
  /** The deadline of a response asked for. */
  due?: Period;
  /** A report on an earlier measure: the measure reported on is `id`. */
  measure?: Omit<MeasureReport, "measure"> & { id: string };
  firstReportedIn?: DocumentLink;
}

export interface ChangeRecord {
  /** The first day this state holds. */
  day: IsoDay;
  /**
   * The date of the document that caused the change, when that document is dated less exactly
   * than a day: a page shows this ("2023"), never the day.
   */
  datedAs?: Period;
  changed: boolean;
  body: BodyState;
  auditor: AuditorState;
  events: EventRecord[];
  /** Deadlines whose passing caused the change. */
  deadlines: Period[];
}

export interface MeasureRecord {
  id: string;
  text: string;
  textHtml: string;
  state: MeasureState;
  promisedIn: DocumentLink;
  /** The deadline in force, and the one first promised when a later document moved it. */
  due?: Period;
  promisedDue?: Period;
  done?: {
    reported: Period;
    doneWhen?: Period;
    source: DocumentLink;
    firstReportedIn?: DocumentLink;
  };
  moves: { when: Period; due: Period; by: string; source: DocumentLink; reason?: string }[];
  /** The body's word that it will not be carried out. */
  dropped?: { when: Period; reason: string; source: DocumentLink };
  reportTo?: string;
}

export interface PassedDeadlineRecord {
  what: "response" | "measure";
  due: Period;
  outcome: DeadlineOutcome;
  settled?: Period;
  measure?: string;
}

/** A recommendation as it concerns one addressee: both tracks, measures, deadlines, history. */
export interface SubjectRecord {
  key: string;
  body: Named;
  bodyState: BodyState;
  auditorState: AuditorState;
  /** Bodies other than the addressee whose documents the body state rests on. */
  reportedBy: Named[];
  stance?: Stance;
  stanceText?: string;
  reported?: { state: ReportedState; text: string; speaker: Named };
  responseDue?: Period;
  nextDue?: { what: "response" | "measure"; period: Period; measure?: string };
  measures: MeasureRecord[];
  passed: PassedDeadlineRecord[];
  history: ChangeRecord[];
  lastAssessment?: { source: DocumentLink; basis?: string };
  noResponse?: { since: IsoDay; months: number };
}

export interface AuditSummary {
  id: string;
  kind: AuditKind;
  title: Text;
  date: Period;
}

/** One row of a recommendation table: a recommendation for one addressee. */
export interface RecommendationRow {
  key: string;
  organisation: Named;
  audit: AuditSummary;
  item: string;
  /** A readable name: the first words of the text. */
  title: Text;
  text: string;
  body: Named;
  bodyState: BodyState;
  auditorState: AuditorState;
  reportedBy: Named[];
  stance?: Stance;
  nextDue?: Period;
  /** No response on record this long after the issue: a flag, never a state (see `silence.ts`). */
  noResponse?: { since: IsoDay; months: number };
}

export interface RecommendationRecord {
  key: string;
  asOf: IsoDay;
  organisation: Named;
  audit: AuditSummary;
  id: string;
  /** A readable name: the first words of the text. */
  title: Text;
  text: string;
  goal?: { id: string; text: string };
  to: Named[];
  addressees: SubjectRecord[];
}

export interface AuditRecord {
  key: string;
  asOf: IsoDay;
  organisation: Named;
  id: string;
  /** The diary number as the document writes it, when it gives one (never guessed from the id). */
  diaryNumber?: string;
  kind: AuditKind;
  title: Text;
  date: Period;
  issuedBy: Named;
  firm?: string;
  audited: Named[];
  coordinator?: Named;
  questions: { id: string; text: string; answer?: Answer; assessment?: string }[];
  goals: { id: string; text: string; means?: string }[];
  recommendations: { id: string; text: string; goal?: string; to: Named[] }[];
  rows: RecommendationRow[];
  responsesAsked: "listed" | "unknown";
  responsesDue: { from: Named; by?: Period; kind: ResponseKindValue; recommendations?: string[] }[];
  responses: (DocumentLink & { kind: ResponseKindValue; body: Named })[];
  followsUp: DocumentLink[];
  followedBy: DocumentLink[];
  assessments: {
    audit: string;
    recommendation: string;
    body?: Named;
    result: AssessmentResult;
    basis?: string;
  }[];
  authors: PersonRecord[];
  gaps: string[];
  /** The gaps cut into runs, with quotations and Swedish names marked as Swedish. */
  gapRuns: Run[][];
  source?: string;
  /** Web addresses of the original document, from `source`. */
  sourceLinks: string[];
  summaryHtml: string;
  file: string;
}

export interface ResponseRecord {
  key: string;
  organisation: Named;
  id: string;
  /** The diary number as the document writes it, when it gives one (never guessed from the id). */
  diaryNumber?: string;
  kind: ResponseKindValue;
  body: Named;
  to: Named[];
  answers: DocumentLink[];
  title: Text;
  date: Period;
  /** When it counts as given: its decision's day, else its own date. */
  given: Period;
  decision?: { date: IsoDay; minute?: string; body: Named };
  path: { step: PathStep["step"]; body: Named; date: IsoDay; minute?: string; held: boolean }[];
  content: ResponseContent;
  signatories: PersonRecord[];
  officers: PersonRecord[];
  sections: {
    recommendation?: { audit: string; item: string };
    item: string;
    title: string;
    stance?: Stance;
    stanceText?: string;
    reported?: { state: ReportedState; text: string };
    reportedFor: { body: Named; state: ReportedState; text: string }[];
    measures: {
      id: string;
      text: string;
      textHtml: string;
      due?: Period;
      done: boolean;
      doneWhen?: Period;
      follows: string[];
      reportedIn?: string;
      reportTo?: string;
    }[];
  }[];
  bodyHtml: string;
  gaps: string[];
  /** The gaps cut into runs, with quotations and Swedish names marked as Swedish. */
  gapRuns: Run[][];
  source?: string;
  /** Web addresses of the original document, from `source`. */
  sourceLinks: string[];
  file: string;
}

export interface BodyRecord {
  key: string;
  asOf: IsoDay;
  organisation: Named;
  body: Named;
  kind: string;
  parent?: Named;
  counts: StateCounts;
  /** Distinct recommendations addressed to it. */
  recommendations: number;
  scorecard: Scorecard;
  quarters: QuarterCounts[];
  rows: RecommendationRow[];
}

/** A body or an organisation with its figures, for a comparison. */
export interface ComparedRecord {
  /** Distinct recommendations; `counts.total` counts them once per addressee. */
  recommendations: number;
  counts: StateCounts;
  scorecard: Scorecard;
  /** The counts a comparison shows, each by the rule that decides it. */
  summary: {
    /** Done as the body reports. */
    reportedDone: number;
    /** Late as a source says (the only warning). */
    late: number;
    /** A date passed with no report since: a response or a measure. */
    passedWithoutReport: number;
    /** Assessed by the auditors, and found implemented. */
    assessed: number;
    implemented: number;
  };
}

export interface OrganisationRecord {
  asOf: IsoDay;
  organisation: Named;
  kind: Organisation["kind"];
  bodies: (Named & ComparedRecord & { kind: string })[];
  counts: StateCounts;
  recommendations: number;
  scorecard: Scorecard;
  quarters: QuarterCounts[];
  audits: (AuditSummary & { recommendations: number })[];
}

export interface OverviewRecord {
  asOf: IsoDay;
  counts: StateCounts;
  quarters: QuarterCounts[];
  organisations: Named[];
  audits: number;
  responses: number;
  /** Distinct recommendations; `counts.total` counts them once per addressee. */
  recommendations: number;
}

export interface DeadlineRecord {
  what: "response" | "measure";
  due: Period;
  /** upcoming; passed (no report since); late (a source says it was not kept). */
  state: "upcoming" | "passed" | "late";
  daysLeft: number;
  subject: string;
  organisation: Named;
  audit: AuditSummary;
  item: string;
  /** The recommendation's readable name: the first words of its text. */
  title: Text;
  body: Named;
  measure?: { id: string; text: string; textHtml: string };
  /** The recommendation's text, for a response deadline. */
  text: string;
}

export interface FeedItem {
  type: "audit" | "response";
  organisation: Named;
  id: string;
  title: Text;
  when: Period;
  kind: AuditKind | ResponseKindValue;
  body: Named;
}

/** Every page the corpus has, by its parameters. */
export interface PageList {
  organisations: string[];
  bodies: { organisation: string; id: string }[];
  audits: { organisation: string; id: string; items: string[] }[];
  responses: { organisation: string; id: string }[];
}

/** Every addressed recommendation with the facets the explorer filters on, and their names. */
export interface ExplorerRecord {
  asOf: IsoDay;
  organisations: Named[];
  bodies: { organisation: string; body: Named }[];
  audits: { organisation: string; audit: AuditSummary; year: number }[];
  years: number[];
  /** In the order `sparbar status` lists them. */
  rows: {
    key: string;
    organisation: string;
    body: string;
    audit: string;
    item: string;
    title: Text;
    facets: RowFacets;
    nextDue?: Period;
  }[];
}

export interface ComparisonRecord {
  asOf: IsoDay;
  organisations: (ComparedRecord & { organisation: Named })[];
}

/** Which updates to list: one organisation, one of its bodies, or one audit. */
export interface UpdateScope {
  organisation?: string;
  body?: string;
  audit?: string;
}
