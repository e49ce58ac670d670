import type { Corpus } from "../corpus.ts";
import { responseDay } from "../link/corpus-index.ts";
import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import {
  compareSubjects,
  type DeadlineRow,
  deadlines,
  naturalCompare,
} from "../query/recommendations.ts";
import { bodyHtmlOptions, renderInlineMarkdown, renderMarkdown } from "../render/markdown-html.ts";
import type { AssessmentResult, AuditKind, Goal, Question } from "../schema/audit.ts";
import type { Body, Organisation } from "../schema/organisation.ts";
import type { Decision, PathStep } from "../schema/response.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { ReportedState, Stance } from "../schema/section.ts";
import { countsByQuarter, emptyCounts, type QuarterCounts } from "../status/aggregate.ts";
import type { MeasureState, Status } from "../status/derive.ts";
import type { StatusEvent, Subject, Voice } from "../status/events.ts";
import type { Change } from "../status/history.ts";
import type { AuditorState, BodyState } from "../status/states.ts";

/*
 * Plain, serialisable records for publishing: what the site's pages show, computed here so
 * that the site needs to know nothing about files or status rules. Markdown arrives as HTML
 * that has been through the sanitising pipeline.
 */

export interface StateCounts {
  body: Record<BodyState, number>;
  auditor: Record<AuditorState, number>;
  total: number;
}

interface PersonRecord {
  name: string;
  role?: string;
}

interface MeasureRecord {
  id: string;
  textHtml: string;
  text: string;
  due?: Period;
  done: boolean;
  state: MeasureState;
  doneDay?: IsoDay;
  movedTo?: string;
  reportTo?: string;
  response: string;
  given: IsoDay;
}

export interface EventRecord {
  day: IsoDay;
  type: StatusEvent["type"];
  voice: Voice;
  source: { type: "audit" | "response"; id: string };
  /** Details for the text: the response kind, stance, reported state, assessment, period. */
  kind?: ResponseKindValue;
  stance?: Stance;
  reported?: ReportedState;
  result?: AssessmentResult;
  period?: Period;
  measure?: string;
  basis?: string;
}

export interface ChangeRecord {
  day: IsoDay;
  body: BodyState;
  auditor: AuditorState;
  deadlinePassed: boolean;
  events: EventRecord[];
}

interface AddresseeRecord {
  body: string;
  bodyState: BodyState;
  auditorState: AuditorState;
  stance?: Stance;
  stanceText?: string;
  reported?: { state: ReportedState; text: string };
  nextDue?: { what: "response" | "measure"; period: Period };
  responseDue?: Period;
  measures: MeasureRecord[];
  missed: { what: "response" | "measure"; due: Period; metOn?: IsoDay; measure?: string }[];
  history: ChangeRecord[];
  lastAssessment?: { id: string; basis?: string };
}

export interface RecommendationRecord {
  /** `malmo/SR-2023-81/R3` */
  key: string;
  organisation: string;
  audit: string;
  auditTitle: string;
  auditKind: AuditKind;
  auditDate: Period;
  id: string;
  text: string;
  goal?: string;
  to: string[];
  addressees: AddresseeRecord[];
}

export interface AuditRecord {
  key: string;
  organisation: string;
  id: string;
  kind: AuditKind;
  title: string;
  titleEn?: string;
  date: Period;
  issuedBy: string;
  firm?: string;
  audited: string[];
  coordinator?: string;
  questions: Question[];
  goals: Goal[];
  recommendations: {
    id: string;
    text: string;
    goal?: string;
    to: string[];
    states: { body: string; bodyState: BodyState; auditorState: AuditorState; stance?: Stance }[];
  }[];
  responses: { id: string; kind: ResponseKindValue; title: string; body: string; day: IsoDay }[];
  followsUp: string[];
  followedBy: string[];
  assessments: {
    audit: string;
    recommendation: string;
    body?: string;
    result: AssessmentResult;
    basis?: string;
  }[];
  authors: PersonRecord[];
  gaps: string[];
  source?: string;
  summaryHtml: string;
  file: string;
}

export interface ResponseRecord {
  key: string;
  organisation: string;
  id: string;
  kind: ResponseKindValue;
  body: string;
  to: string[];
  answers: string[];
  title: string;
  titleEn?: string;
  date: Period;
  day: IsoDay;
  decision?: Decision;
  path: PathStep[];
  signatories: PersonRecord[];
  officers: PersonRecord[];
  sections: {
    recommendation?: string;
    audit?: string;
    item: string;
    title: string;
    stance?: Stance;
    stanceText?: string;
    reported?: { state: ReportedState; text: string };
    measures: { id: string; textHtml: string; due?: Period; done: boolean }[];
  }[];
  bodyHtml: string;
  gaps: string[];
  source?: string;
  file: string;
}

export interface BodyRecord {
  key: string;
  organisation: string;
  id: string;
  name: string;
  nameEn?: string;
  kind: Body["kind"];
  parent?: string;
  counts: StateCounts;
  quarters: QuarterCounts[];
  recommendations: string[];
}

export interface OrganisationRecord {
  id: string;
  name: string;
  nameEn?: string;
  kind: Organisation["kind"];
  bodies: {
    id: string;
    name: string;
    nameEn?: string;
    kind: Body["kind"];
    recommendations: number;
  }[];
  counts: StateCounts;
  quarters: QuarterCounts[];
  audits: { id: string; title: string; kind: AuditKind; date: Period; recommendations: number }[];
}

export interface DeadlineRecord {
  what: "response" | "measure";
  due: Period;
  overdue: boolean;
  daysLeft: number;
  organisation: string;
  audit: string;
  recommendation: string;
  body: string;
  measure?: string;
  textHtml: string;
}

export interface FeedItem {
  type: "audit" | "response";
  organisation: string;
  id: string;
  title: string;
  day: IsoDay;
  kind: AuditKind | ResponseKindValue;
  body: string;
}

export interface OverviewRecord {
  asOf: IsoDay;
  counts: StateCounts;
  quarters: QuarterCounts[];
  organisations: number;
  audits: number;
  responses: number;
}

function counts(histories: { change: Change | undefined }[]): StateCounts {
  const c = { ...emptyCounts(), total: 0 };
  for (const { change } of histories) {
    if (!change) continue;
    c.body[change.body]++;
    c.auditor[change.auditor]++;
    c.total++;
  }
  return c;
}

function eventRecord(e: StatusEvent): EventRecord {
  const r: EventRecord = {
    day: e.day,
    type: e.type,
    voice: e.voice,
    source: { type: e.source.type, id: e.source.id },
  };
  if (e.type === "issued") r.period = e.period;
  if (e.type === "response-due" && e.period) r.period = e.period;
  if (e.type === "responded") {
    r.kind = e.kind;
    if (e.stance) r.stance = e.stance;
    if (e.reported) r.reported = e.reported.state;
  }
  if (e.type === "measure-due") {
    r.measure = e.measure.id;
    r.period = e.period;
  }
  if (e.type === "assessed") {
    r.result = e.result;
    if (e.basis) r.basis = e.basis;
  }
  return r;
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Short records for listings and page paths: what a content store can hold by the thousand. */
export interface SiteListings {
  organisations: { id: string; name: string; nameEn?: string }[];
  bodies: {
    key: string;
    organisation: string;
    id: string;
    name: string;
    nameEn?: string;
    recommendations: number;
  }[];
  audits: {
    key: string;
    organisation: string;
    id: string;
    kind: AuditKind;
    title: string;
    date: Period;
    /**
     * The ids of its recommendations, which are also the paths of their pages: not records of
     * their own, since a national corpus has tens of thousands and the text is on the audit's.
     */
    recommendations: string[];
  }[];
  responses: {
    key: string;
    organisation: string;
    id: string;
    kind: ResponseKindValue;
    title: string;
    body: string;
    day: IsoDay;
  }[];
}

/**
 * What the site publishes for the corpus as it stands on a day. Each page's record is made when
 * the page asks for it, so a national corpus never has to be held as rendered records at once;
 * only the status histories, which every chart needs, are derived for all recommendations.
 */
export class SiteModel {
  readonly corpus: Corpus;
  readonly asOf: IsoDay;
  readonly #subjects: Subject[];
  #derived:
    | {
        histories: Map<string, Change[]>;
        statuses: Map<string, Status | undefined>;
        byAudit: Map<LoadedAudit, Subject[]>;
        byOrganisation: Map<string, Subject[]>;
        byBody: Map<string, Subject[]>;
      }
    | undefined;
  #followedBy: Map<string, string[]> | undefined;
  /**
   * Records already made. Each page exists in Swedish and English, rendered far apart in a
   * build, and the deadlines and the feed appear on several pages and downloads; keeping a
   * record (with its rendered Markdown and its quarterly counts) saves making it again.
   * Callers must not change them.
   */
  readonly #made = new Map<string, unknown>();

  constructor(corpus: Corpus, asOf: IsoDay) {
    this.corpus = corpus;
    this.asOf = asOf;
    this.#subjects = [...corpus.subjects].sort(compareSubjects);
  }

  get #data() {
    if (!this.#derived) {
      const histories = new Map<string, Change[]>();
      const statuses = new Map<string, Status | undefined>();
      const byAudit = new Map<LoadedAudit, Subject[]>();
      const byOrganisation = new Map<string, Subject[]>();
      const byBody = new Map<string, Subject[]>();
      const add = <K>(map: Map<K, Subject[]>, key: K, s: Subject) => {
        const list = map.get(key);
        if (list) list.push(s);
        else map.set(key, [s]);
      };
      for (const s of this.#subjects) {
        histories.set(s.key, this.corpus.history(s, this.asOf));
        statuses.set(s.key, this.corpus.status(s, this.asOf));
        add(byAudit, s.audit, s);
        add(byOrganisation, s.organisation, s);
        add(byBody, `${s.organisation}/${s.body}`, s);
      }
      this.#derived = { histories, statuses, byAudit, byOrganisation, byBody };
    }
    return this.#derived;
  }

  #current(subjects: readonly Subject[]): StateCounts {
    const histories = this.#data.histories;
    return counts(subjects.map((s) => ({ change: histories.get(s.key)?.at(-1) })));
  }

  #quarters(subjects: readonly Subject[]): QuarterCounts[] {
    const histories = this.#data.histories;
    return countsByQuarter(
      subjects.map((s) => histories.get(s.key) ?? []),
      this.asOf,
    );
  }

  listings(): SiteListings {
    const { index } = this.corpus;
    const byBody = this.#data.byBody;
    return {
      organisations: [...index.organisations.values()].map((o) =>
        omitUndefined({ id: o.data.id, name: o.data.name, nameEn: o.data.name_en }),
      ),
      bodies: [...index.organisations.values()].flatMap((o) =>
        o.data.bodies.map((b) =>
          omitUndefined({
            key: `${o.data.id}/${b.id}`,
            organisation: o.data.id,
            id: b.id,
            name: b.name,
            nameEn: b.name_en,
            recommendations: byBody.get(`${o.data.id}/${b.id}`)?.length ?? 0,
          }),
        ),
      ),
      audits: [...index.audits.values()].map((a) => ({
        key: `${a.data.organisation}/${a.data.id}`,
        organisation: a.data.organisation,
        id: a.data.id,
        kind: a.data.kind,
        title: a.data.title,
        date: a.data.date,
        recommendations: a.data.recommendations.map((r) => r.id),
      })),
      responses: [...index.responses.values()].map((r) => ({
        key: `${r.data.organisation}/${r.data.id}`,
        organisation: r.data.organisation,
        id: r.data.id,
        kind: r.data.kind,
        title: r.data.title,
        body: r.data.body,
        day: responseDay(r),
      })),
    };
  }

  overview(): OverviewRecord {
    return this.#remember("overview", () => this.#overview());
  }

  #overview(): OverviewRecord {
    const { index } = this.corpus;
    return {
      asOf: this.asOf,
      counts: this.#current(this.#subjects),
      quarters: this.#quarters(this.#subjects),
      organisations: index.organisations.size,
      audits: index.audits.size,
      responses: index.responses.size,
    };
  }

  organisation(id: string): OrganisationRecord | undefined {
    return this.#remember(`organisation:${id}`, () => this.#organisation(id));
  }

  #organisation(id: string): OrganisationRecord | undefined {
    const org = this.corpus.index.organisation(id);
    if (!org) return undefined;
    const own = this.#data.byOrganisation.get(id) ?? [];
    const byBody = this.#data.byBody;
    return omitUndefined({
      id,
      name: org.data.name,
      nameEn: org.data.name_en,
      kind: org.data.kind,
      bodies: org.data.bodies.map((b) =>
        omitUndefined({
          id: b.id,
          name: b.name,
          nameEn: b.name_en,
          kind: b.kind,
          recommendations: byBody.get(`${id}/${b.id}`)?.length ?? 0,
        }),
      ),
      counts: this.#current(own),
      quarters: this.#quarters(own),
      audits: [...this.corpus.index.audits.values()]
        .filter((a) => a.data.organisation === id)
        .sort((a, b) => b.data.date.start.localeCompare(a.data.date.start))
        .map((a) => ({
          id: a.data.id,
          title: a.data.title,
          kind: a.data.kind,
          date: a.data.date,
          recommendations: a.data.recommendations.length,
        })),
    });
  }

  body(organisation: string, id: string): BodyRecord | undefined {
    return this.#remember(`body:${organisation}/${id}`, () => this.#body(organisation, id));
  }

  #body(organisation: string, id: string): BodyRecord | undefined {
    const body = this.corpus.index.body(organisation, id);
    if (!body) return undefined;
    const mine = this.#data.byBody.get(`${organisation}/${id}`) ?? [];
    return omitUndefined({
      key: `${organisation}/${id}`,
      organisation,
      id,
      name: body.name,
      nameEn: body.name_en,
      kind: body.kind,
      parent: body.parent,
      counts: this.#current(mine),
      quarters: this.#quarters(mine),
      recommendations: [
        ...new Set(mine.map((s) => `${s.organisation}/${s.audit.data.id}/${s.recommendation.id}`)),
      ],
    });
  }

  #remember<T>(key: string, make: () => T): T {
    if (this.#made.has(key)) return this.#made.get(key) as T;
    const made = make();
    this.#made.set(key, made);
    return made;
  }

  audit(organisation: string, id: string): AuditRecord | undefined {
    return this.#remember(`audit:${organisation}/${id}`, () => this.#audit(organisation, id));
  }

  #audit(organisation: string, id: string): AuditRecord | undefined {
    const audit = this.corpus.index.audit(organisation, id);
    if (!audit) return undefined;
    if (!this.#followedBy) {
      this.#followedBy = new Map();
      for (const later of this.corpus.index.audits.values()) {
        for (const earlier of later.data.follows_up) {
          const key = `${later.data.organisation}/${earlier}`;
          this.#followedBy.set(key, [...(this.#followedBy.get(key) ?? []), later.data.id]);
        }
      }
    }
    return auditRecord(
      this.corpus,
      audit,
      this.#data.byAudit.get(audit) ?? [],
      this.#data.statuses,
      this.#followedBy.get(`${organisation}/${id}`) ?? [],
    );
  }

  recommendation(
    organisation: string,
    audit: string,
    item: string,
  ): RecommendationRecord | undefined {
    return this.#remember(`recommendation:${organisation}/${audit}/${item}`, () =>
      this.#recommendation(organisation, audit, item),
    );
  }

  #recommendation(
    organisation: string,
    audit: string,
    item: string,
  ): RecommendationRecord | undefined {
    const loaded = this.corpus.index.audit(organisation, audit);
    const rec = loaded?.data.recommendations.find((r) => r.id === item);
    if (!loaded || !rec) return undefined;
    const record: RecommendationRecord = omitUndefined({
      key: `${organisation}/${audit}/${item}`,
      organisation,
      audit,
      auditTitle: loaded.data.title,
      auditKind: loaded.data.kind,
      auditDate: loaded.data.date,
      id: item,
      text: rec.text,
      goal: rec.goal,
      to: rec.to,
      addressees: [],
    });
    for (const s of this.#data.byAudit.get(loaded) ?? []) {
      if (s.recommendation !== rec) continue;
      const status = this.#data.statuses.get(s.key);
      if (status)
        record.addressees.push(addresseeRecord(s, status, this.#data.histories.get(s.key) ?? []));
    }
    return record;
  }

  response(organisation: string, id: string): ResponseRecord | undefined {
    return this.#remember(`response:${organisation}/${id}`, () => {
      const response = this.corpus.index.response(organisation, id);
      return response ? responseRecord(response) : undefined;
    });
  }

  /** Owed responses and open measures as core's query gives them, for the calendar files. */
  deadlineRows(): DeadlineRow[] {
    return this.#remember("deadline-rows", () => deadlines(this.corpus, this.asOf));
  }

  deadlines(): DeadlineRecord[] {
    return this.#remember("deadlines", () => this.#deadlines());
  }

  #deadlines(): DeadlineRecord[] {
    return this.deadlineRows().map((d) =>
      omitUndefined({
        what: d.what,
        due: d.period,
        overdue: d.overdue,
        daysLeft: d.daysLeft,
        organisation: d.subject.organisation,
        audit: d.subject.audit.data.id,
        recommendation: d.subject.recommendation.id,
        body: d.subject.body,
        measure: d.measureId,
        textHtml: renderInlineMarkdown(d.text ?? d.subject.recommendation.text),
      }),
    );
  }

  /** New audits and responses, newest first, up to the as-of day. */
  feed(): FeedItem[] {
    return this.#remember("feed", () => this.#feed());
  }

  #feed(): FeedItem[] {
    const { index } = this.corpus;
    return [
      ...[...index.audits.values()].map((a) => ({
        type: "audit" as const,
        organisation: a.data.organisation,
        id: a.data.id,
        title: a.data.title,
        day: a.data.date.start,
        kind: a.data.kind,
        body: a.data.issued_by,
      })),
      ...[...index.responses.values()].map((r) => ({
        type: "response" as const,
        organisation: r.data.organisation,
        id: r.data.id,
        title: r.data.title,
        day: responseDay(r),
        kind: r.data.kind,
        body: r.data.body,
      })),
    ]
      .filter((item) => item.day <= this.asOf)
      .sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
  }
}

function addresseeRecord(s: Subject, status: Status, history: Change[]): AddresseeRecord {
  return omitUndefined({
    body: s.body,
    bodyState: status.body,
    auditorState: status.auditor,
    stance: status.stance,
    reported: status.reported,
    nextDue: status.nextDue
      ? { what: status.nextDue.what, period: status.nextDue.period }
      : undefined,
    responseDue: status.responseDue,
    measures: status.measures.map((m) =>
      omitUndefined({
        id: m.measure.id,
        text: m.measure.text,
        textHtml: renderInlineMarkdown(m.measure.text),
        due: m.measure.due,
        done: m.measure.done,
        state: m.state,
        doneDay: m.doneDay,
        movedTo: m.movedTo?.id,
        reportTo: m.measure.report_to,
        response: m.source.id,
        given: m.given,
      }),
    ),
    missed: status.missed.map((m) =>
      omitUndefined({ what: m.what, due: m.due, metOn: m.metOn, measure: m.measureId }),
    ),
    history: history.map((c) => ({
      day: c.day,
      body: c.body,
      auditor: c.auditor,
      deadlinePassed: c.deadlinePassed === true,
      events: c.events.filter((e) => e.type !== "measure-due").map(eventRecord),
    })),
    lastAssessment: status.lastAssessment
      ? omitUndefined({ id: status.lastAssessment.id, basis: status.lastAssessment.basis })
      : undefined,
  });
}

function auditRecord(
  corpus: Corpus,
  audit: LoadedAudit,
  subjects: Subject[],
  statuses: Map<string, Status | undefined>,
  followedBy: string[],
): AuditRecord {
  const d = audit.data;
  return omitUndefined({
    key: `${d.organisation}/${d.id}`,
    organisation: d.organisation,
    id: d.id,
    kind: d.kind,
    title: d.title,
    titleEn: d.title_en,
    date: d.date,
    issuedBy: d.issued_by,
    firm: d.firm,
    audited: d.audited,
    coordinator: d.coordinator,
    questions: d.questions,
    goals: d.goals,
    recommendations: [...d.recommendations]
      .sort((a, b) => naturalCompare(a.id, b.id))
      .map((r) =>
        omitUndefined({
          id: r.id,
          text: r.text,
          goal: r.goal,
          to: r.to,
          states: subjects
            .filter((s) => s.recommendation === r)
            .flatMap((s) => {
              const status = statuses.get(s.key);
              return status
                ? [
                    omitUndefined({
                      body: s.body,
                      bodyState: status.body,
                      auditorState: status.auditor,
                      stance: status.stance,
                    }),
                  ]
                : [];
            }),
        }),
      ),
    responses: corpus.index.responsesTo(d.organisation, d.id).map((r) => ({
      id: r.data.id,
      kind: r.data.kind,
      title: r.data.title,
      body: r.data.body,
      day: responseDay(r),
    })),
    followsUp: d.follows_up,
    followedBy,
    assessments: d.assessments.map((a) =>
      omitUndefined({
        audit: a.audit,
        recommendation: a.recommendation,
        body: a.body,
        result: a.result,
        basis: a.basis,
      }),
    ),
    authors: d.authors.map((p) => omitUndefined({ name: p.name, role: p.role })),
    gaps: d.gaps,
    source: d.source,
    summaryHtml: audit.html ?? renderMarkdown(audit.body, bodyHtmlOptions(d.language)),
    file: audit.file,
  });
}

function responseRecord(response: LoadedResponse): ResponseRecord {
  const d = response.data;
  return omitUndefined({
    key: `${d.organisation}/${d.id}`,
    organisation: d.organisation,
    id: d.id,
    kind: d.kind,
    body: d.body,
    to: d.to,
    answers: d.answers,
    title: d.title,
    titleEn: d.title_en,
    date: d.date,
    day: responseDay(response),
    decision: d.decision,
    path: d.path,
    signatories: d.signatories.map((p) => omitUndefined({ name: p.name, role: p.role })),
    officers: d.officers.map((p) => omitUndefined({ name: p.name, role: p.role })),
    sections: response.sections.map((s) => {
      const audit = s.audit ?? (d.answers.length === 1 ? d.answers[0] : undefined);
      return omitUndefined({
        recommendation: audit ? `${d.organisation}/${audit}/${s.recommendation}` : undefined,
        audit,
        item: s.recommendation,
        title: s.title,
        stance: s.stance,
        stanceText: s.stance_text,
        reported: s.reported,
        measures: s.measures.map((m) =>
          omitUndefined({
            id: m.id,
            textHtml: renderInlineMarkdown(m.text),
            due: m.due,
            done: m.done,
          }),
        ),
      });
    }),
    bodyHtml: response.html ?? renderMarkdown(response.body, bodyHtmlOptions(d.language)),
    gaps: d.gaps,
    source: d.source,
    file: response.file,
  });
}
