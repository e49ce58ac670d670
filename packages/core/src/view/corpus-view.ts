import type { Corpus } from "../corpus.ts";
import { type BodyKey, bodyKey, documentKey, recommendationKey } from "../link/keys.ts";
import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { comparePeriods } from "../periods/period.ts";
import {
  auditYear,
  compareSubjects,
  type DeadlineFilter,
  type DeadlineRow,
  deadlines,
  naturalCompare,
  queryRecommendations,
  type RecommendationFilter,
  rowFacets,
} from "../query/recommendations.ts";
import { bodyHtmlOptions, renderInlineMarkdown, renderMarkdown } from "../render/markdown-html.ts";
import { stepHeld } from "../schema/response.ts";
import { type BodyState, bodyStates } from "../schema/states.ts";
import { countsByQuarter, emptyCounts, type QuarterCounts } from "../status/aggregate.ts";
import type { Status } from "../status/derive.ts";
import type { Change } from "../status/history.ts";
import { isLate, isPassedWithoutReport } from "../status/states.ts";
import type { Subject } from "../status/subjects.ts";
import { type ChangesRecord, changesBetween } from "./changes.ts";
import { swedishRuns } from "./language-runs.ts";
import { Names } from "./names.ts";
import { type PageKeys, pageKeys } from "./page-keys.ts";
import { firstWords, sourceLinks } from "./readable.ts";
import type {
  AuditRecord,
  BodyRecord,
  ComparedRecord,
  ComparisonRecord,
  DeadlineRecord,
  ExplorerRecord,
  FeedItem,
  OrganisationRecord,
  OverviewRecord,
  PageList,
  RecommendationRecord,
  RecommendationRow,
  ResponseRecord,
  StateCounts,
  UpdateScope,
} from "./records.ts";
import { type Scorecard, scorecardOf } from "./scorecard.ts";
import { recommendationRow, subjectRecord } from "./subject-record.ts";
import { text } from "./text.ts";
import { compareUpdates, subjectUpdates, type Update } from "./updates.ts";

function counts(changes: readonly (Change | undefined)[]): StateCounts {
  const c: StateCounts = { ...emptyCounts(), total: 0 };
  for (const change of changes) {
    if (!change) continue;
    c.body[change.body]++;
    c.auditor[change.auditor]++;
    c.total++;
  }
  return c;
}

function distinctRecommendations(subjects: readonly Subject[]): number {
  return new Set(
    subjects.map((s) => recommendationKey(s.organisation, s.audit.data.id, s.recommendation.id)),
  ).size;
}

/**
 * What a corpus shows on a day, as records ready for a page or a CLI listing. A record that
 * several pages show (an organisation's, a body's, the overview, the deadlines) is made when first
 * asked for and kept. The record of one audit, response or recommendation is made each time it
 * is asked for: its Swedish and English pages are built far apart, so keeping it held every such
 * record of a national corpus to the end of the build, and the collector spent more time going
 * over them than the second making costs (docs/performance.md). Only the status histories,
 * which every count and chart needs, are derived for all recommendations at once. Callers must
 * not change the records.
 */
export class CorpusView {
  readonly corpus: Corpus;
  readonly asOf: IsoDay;
  readonly names: Names;
  readonly #subjects: Subject[];
  #derived:
    | {
        histories: Map<string, Change[]>;
        statuses: Map<string, Status | undefined>;
        byAudit: Map<LoadedAudit, Subject[]>;
        byOrganisation: Map<string, Subject[]>;
        byBody: Map<BodyKey, Subject[]>;
      }
    | undefined;
  #followedBy: Map<string, LoadedAudit[]> | undefined;
  readonly #made = new Map<string, unknown>();

  constructor(corpus: Corpus, asOf: IsoDay) {
    this.corpus = corpus;
    this.asOf = asOf;
    this.names = new Names(corpus.index);
    this.#subjects = [...corpus.subjects].sort(compareSubjects);
  }

  get #data() {
    if (!this.#derived) {
      const histories = new Map<string, Change[]>();
      const statuses = new Map<string, Status | undefined>();
      const byAudit = new Map<LoadedAudit, Subject[]>();
      const byOrganisation = new Map<string, Subject[]>();
      const byBody = new Map<BodyKey, Subject[]>();
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
        add(byBody, bodyKey(s.organisation, s.body), s);
      }
      this.#derived = { histories, statuses, byAudit, byOrganisation, byBody };
    }
    return this.#derived;
  }

  #remember<T>(key: string, make: () => T): T {
    if (this.#made.has(key)) return this.#made.get(key) as T;
    const made = make();
    this.#made.set(key, made);
    return made;
  }

  #current(subjects: readonly Subject[]): StateCounts {
    const histories = this.#data.histories;
    return counts(subjects.map((s) => histories.get(s.key)?.at(-1)));
  }

  #quarters(subjects: readonly Subject[]): QuarterCounts[] {
    const histories = this.#data.histories;
    return countsByQuarter(
      subjects.map((s) => histories.get(s.key) ?? []),
      this.asOf,
    );
  }

  #scorecard(subjects: readonly Subject[]): Scorecard {
    const statuses = this.#data.statuses;
    return scorecardOf(
      subjects.flatMap((s) => {
        const status = statuses.get(s.key);
        return status ? [{ organisation: s.organisation, body: s.body, status }] : [];
      }),
      this.asOf,
    );
  }

  #compared(subjects: readonly Subject[]): ComparedRecord {
    const counts = this.#current(subjects);
    const sum = (states: readonly BodyState[]) => states.reduce((n, s) => n + counts.body[s], 0);
    return {
      recommendations: distinctRecommendations(subjects),
      counts,
      scorecard: this.#scorecard(subjects),
      summary: {
        reportedDone: counts.body["reported-done"],
        late: sum(bodyStates.filter(isLate)),
        passedWithoutReport: sum(bodyStates.filter(isPassedWithoutReport)),
        assessed: counts.total - counts.auditor["not-assessed"],
        implemented: counts.auditor.implemented,
      },
    };
  }

  #rows(subjects: readonly Subject[]): RecommendationRow[] {
    const statuses = this.#data.statuses;
    return subjects.flatMap((s) => {
      const status = statuses.get(s.key);
      return status ? [recommendationRow(s, status, this.names)] : [];
    });
  }

  /** Every page the corpus has: organisations, bodies with recommendations, audits, responses. */
  pages(): PageList {
    return this.#remember("pages", () => {
      const { index } = this.corpus;
      const byBody = this.#data.byBody;
      return {
        organisations: [...index.organisations.keys()],
        bodies: [...index.organisations.values()].flatMap((o) =>
          o.data.bodies
            .filter((b) => byBody.has(bodyKey(o.data.id, b.id)))
            .map((b) => ({ organisation: o.data.id, id: b.id })),
        ),
        audits: [...index.audits.values()].map((a) => ({
          organisation: a.data.organisation,
          id: a.data.id,
          items: a.data.recommendations.map((r) => r.id),
        })),
        responses: [...index.responses.values()].map((r) => ({
          organisation: r.data.organisation,
          id: r.data.id,
        })),
      };
    });
  }

  /** Keys that change whenever a page's content may change (see `pageKeys`). */
  pageKeys(): PageKeys {
    return this.#remember("pageKeys", () => {
      const bodies = new Map<string, string[]>();
      for (const { organisation, id } of this.pages().bodies) {
        const list = bodies.get(organisation);
        if (list) list.push(id);
        else bodies.set(organisation, [id]);
      }
      return pageKeys(this.corpus, this.asOf, bodies);
    });
  }

  overview(): OverviewRecord {
    return this.#remember("overview", () => {
      const { index } = this.corpus;
      return {
        asOf: this.asOf,
        counts: this.#current(this.#subjects),
        quarters: this.#quarters(this.#subjects),
        organisations: [...index.organisations.keys()]
          .map((id) => this.names.organisation(id))
          .sort((a, b) => a.name.sv.localeCompare(b.name.sv, "sv")),
        audits: index.audits.size,
        responses: index.responses.size,
        recommendations: distinctRecommendations(this.#subjects),
      };
    });
  }

  organisation(id: string): OrganisationRecord | undefined {
    return this.#remember(`organisation:${id}`, () => {
      const org = this.corpus.index.organisation(id);
      if (!org) return undefined;
      const own = this.#data.byOrganisation.get(id) ?? [];
      const byBody = this.#data.byBody;
      return {
        asOf: this.asOf,
        organisation: this.names.organisation(id),
        kind: org.data.kind,
        bodies: org.data.bodies.map((b) => ({
          ...this.names.body(id, b.id),
          kind: b.kind,
          ...this.#compared(byBody.get(bodyKey(id, b.id)) ?? []),
        })),
        counts: this.#current(own),
        recommendations: distinctRecommendations(own),
        scorecard: this.#scorecard(own),
        quarters: this.#quarters(own),
        audits: [...this.corpus.index.audits.values()]
          .filter((a) => a.data.organisation === id)
          .sort((a, b) => comparePeriods(b.data.date, a.data.date))
          .map((a) => ({
            ...this.names.auditSummary(a),
            recommendations: a.data.recommendations.length,
          })),
      };
    });
  }

  body(organisation: string, id: string): BodyRecord | undefined {
    return this.#remember(`body:${organisation}/${id}`, () => {
      const body = this.corpus.index.body(organisation, id);
      if (!body) return undefined;
      const mine = this.#data.byBody.get(bodyKey(organisation, id)) ?? [];
      const record: BodyRecord = {
        key: bodyKey(organisation, id),
        asOf: this.asOf,
        organisation: this.names.organisation(organisation),
        body: this.names.body(organisation, id),
        kind: body.kind,
        counts: this.#current(mine),
        recommendations: distinctRecommendations(mine),
        scorecard: this.#scorecard(mine),
        quarters: this.#quarters(mine),
        rows: this.#rows(mine),
      };
      if (body.parent) record.parent = this.names.body(organisation, body.parent);
      return record;
    });
  }

  audit(organisation: string, id: string): AuditRecord | undefined {
    const audit = this.corpus.index.audit(organisation, id);
    return audit ? this.#auditRecord(audit) : undefined;
  }

  /** Gaps with their quotations and the organisation's Swedish names marked as Swedish. */
  #gapRuns(organisation: string, gaps: readonly string[]) {
    const data = this.corpus.index.organisation(organisation)?.data;
    const names = data ? [data.name, ...data.bodies.map((b) => b.name)] : [];
    return gaps.map((g) => swedishRuns(g, names));
  }

  #followers(audit: LoadedAudit): LoadedAudit[] {
    if (!this.#followedBy) {
      this.#followedBy = new Map();
      for (const later of this.corpus.index.audits.values()) {
        for (const earlier of later.data.follows_up) {
          const key = documentKey(later.data.organisation, earlier);
          this.#followedBy.set(key, [...(this.#followedBy.get(key) ?? []), later]);
        }
      }
    }
    return this.#followedBy.get(documentKey(audit.data.organisation, audit.data.id)) ?? [];
  }

  #auditRecord(audit: LoadedAudit): AuditRecord {
    const d = audit.data;
    const org = d.organisation;
    const { names } = this;
    const body = (b: string) => names.body(org, b);
    const record: AuditRecord = {
      key: documentKey(org, d.id),
      asOf: this.asOf,
      organisation: names.organisation(org),
      id: d.id,
      kind: d.kind,
      title: text(d.title, d.title_en),
      date: d.date,
      issuedBy: body(d.issued_by),
      audited: d.audited.map(body),
      questions: d.questions,
      goals: d.goals,
      recommendations: [...d.recommendations]
        .sort((a, b) => naturalCompare(a.id, b.id))
        .map((r) =>
          r.goal
            ? { id: r.id, text: r.text, goal: r.goal, to: r.to.map(body) }
            : { id: r.id, text: r.text, to: r.to.map(body) },
        ),
      rows: this.#rows(this.#data.byAudit.get(audit) ?? []),
      responsesAsked: d.responses_asked,
      responsesDue: d.responses_due.map((due) => ({
        from: body(due.from),
        kind: due.kind,
        ...(due.by ? { by: due.by } : {}),
        ...(due.recommendations ? { recommendations: due.recommendations } : {}),
      })),
      responses: this.corpus.index.responsesTo(org, d.id).map((r) => ({
        ...names.responseLink(r),
        kind: r.data.kind,
        body: body(r.data.body),
      })),
      followsUp: d.follows_up.map((id) => names.document("audit", org, id)),
      followedBy: this.#followers(audit).map((a) => names.auditLink(a)),
      assessments: d.assessments.map((a) => ({
        audit: a.audit,
        recommendation: a.recommendation,
        result: a.result,
        ...(a.body ? { body: body(a.body) } : {}),
        ...(a.basis ? { basis: a.basis } : {}),
      })),
      authors: d.authors.map((p) => (p.role ? { name: p.name, role: p.role } : { name: p.name })),
      gaps: d.gaps,
      gapRuns: this.#gapRuns(org, d.gaps),
      sourceLinks: sourceLinks(d.source),
      summaryHtml: audit.html ?? renderMarkdown(audit.body, bodyHtmlOptions(d.language)),
      file: audit.file,
    };
    if (d.diary_number) record.diaryNumber = d.diary_number;
    if (d.firm) record.firm = d.firm;
    if (d.coordinator) record.coordinator = body(d.coordinator);
    if (d.source) record.source = d.source;
    return record;
  }

  recommendation(
    organisation: string,
    audit: string,
    item: string,
  ): RecommendationRecord | undefined {
    const loaded = this.corpus.index.audit(organisation, audit);
    const rec = loaded?.data.recommendations.find((r) => r.id === item);
    if (!loaded || !rec) return undefined;
    const { names } = this;
    const record: RecommendationRecord = {
      key: recommendationKey(organisation, audit, item),
      asOf: this.asOf,
      organisation: names.organisation(organisation),
      audit: names.auditSummary(loaded),
      id: item,
      title: text(firstWords(rec.text)),
      text: rec.text,
      to: rec.to.map((b) => names.body(organisation, b)),
      addressees: [],
    };
    if (rec.goal) {
      const goal = loaded.data.goals.find((g) => g.id === rec.goal);
      record.goal = { id: rec.goal, text: goal?.text ?? rec.goal };
    }
    for (const s of this.#data.byAudit.get(loaded) ?? []) {
      if (s.recommendation !== rec) continue;
      const status = this.#data.statuses.get(s.key);
      if (status)
        record.addressees.push(
          subjectRecord(s, status, this.#data.histories.get(s.key) ?? [], names),
        );
    }
    return record;
  }

  response(organisation: string, id: string): ResponseRecord | undefined {
    const response = this.corpus.index.response(organisation, id);
    return response ? this.#responseRecord(response) : undefined;
  }

  #responseRecord(response: LoadedResponse): ResponseRecord {
    const d = response.data;
    const org = d.organisation;
    const { names } = this;
    const body = (b: string) => names.body(org, b);
    const record: ResponseRecord = {
      key: documentKey(org, d.id),
      organisation: names.organisation(org),
      id: d.id,
      kind: d.kind,
      body: body(d.body),
      to: d.to.map(body),
      answers: d.answers.map((a) => names.document("audit", org, a)),
      title: text(d.title, d.title_en),
      date: d.date,
      given: this.corpus.index.when(response),
      path: d.path.map((step) => ({
        step: step.step,
        body: body(step.body),
        date: step.date,
        held: stepHeld(step),
        ...(step.minute ? { minute: step.minute } : {}),
      })),
      content: d.content,
      signatories: d.signatories.map((p) =>
        p.role ? { name: p.name, role: p.role } : { name: p.name },
      ),
      officers: d.officers.map((p) => (p.role ? { name: p.name, role: p.role } : { name: p.name })),
      sections: response.sections.map((s) => {
        const answer = this.corpus.index.answerOf(s);
        const section: ResponseRecord["sections"][number] = {
          item: s.recommendation,
          title: s.title,
          reportedFor: s.reported_for.map((r) => ({
            body: names.writtenBody(org, r.body, d.body),
            state: r.state,
            text: r.text,
          })),
          measures: s.measures.map((m) => ({
            id: m.id,
            text: m.text,
            textHtml: renderInlineMarkdown(m.text),
            done: m.done,
            follows: m.follows ?? [],
            ...(m.due ? { due: m.due } : {}),
            ...(m.done_when ? { doneWhen: m.done_when } : {}),
            ...(m.reported_in ? { reportedIn: m.reported_in } : {}),
            ...(m.report_to ? { reportTo: m.report_to } : {}),
          })),
        };
        if (answer)
          section.recommendation = { audit: answer.audit.data.id, item: answer.recommendation.id };
        if (s.stance) section.stance = s.stance;
        if (s.stance_text) section.stanceText = s.stance_text;
        if (s.reported) section.reported = s.reported;
        return section;
      }),
      bodyHtml: response.html ?? renderMarkdown(response.body, bodyHtmlOptions(d.language)),
      gaps: d.gaps,
      gapRuns: this.#gapRuns(org, d.gaps),
      sourceLinks: sourceLinks(d.source),
      file: response.file,
    };
    if (d.diary_number) record.diaryNumber = d.diary_number;
    if (d.decision)
      record.decision = {
        date: d.decision.date,
        body: body(d.decision.body ?? d.body),
        ...(d.decision.minute ? { minute: d.decision.minute } : {}),
      };
    if (d.source) record.source = d.source;
    return record;
  }

  /** Recommendations (per addressee) as table rows, filtered as `sparbar status` filters them. */
  rows(filter: RecommendationFilter = {}): RecommendationRow[] {
    return queryRecommendations(this.corpus, this.asOf, filter).map((r) =>
      recommendationRow(r.subject, r.status, this.names),
    );
  }

  /** Owed responses and open measures as core's query gives them, for calendars. */
  deadlineRows(filter: DeadlineFilter = {}): DeadlineRow[] {
    const key = `deadline-rows:${JSON.stringify(filter)}`;
    return this.#remember(key, () => deadlines(this.corpus, this.asOf, filter));
  }

  deadlines(filter: DeadlineFilter = {}): DeadlineRecord[] {
    return this.#remember(`deadlines:${JSON.stringify(filter)}`, () =>
      this.deadlineRows(filter).map((d) => {
        const s = d.subject;
        const record: DeadlineRecord = {
          what: d.what,
          due: d.period,
          state: d.state,
          daysLeft: d.daysLeft,
          subject: s.key,
          organisation: this.names.organisation(s.organisation),
          audit: this.names.auditSummary(s.audit),
          item: s.recommendation.id,
          title: text(firstWords(s.recommendation.text)),
          body: this.names.body(s.organisation, s.body),
          text: s.recommendation.text,
        };
        if (d.measureId)
          record.measure = {
            id: d.measureId,
            text: d.text ?? "",
            textHtml: renderInlineMarkdown(d.text ?? ""),
          };
        return record;
      }),
    );
  }

  /**
   * What changed from a day up to the view's day, both included: state changes on either track,
   * new documents, moved and missed deadlines, each with its sources (see `changesBetween`).
   */
  changes(from: IsoDay, filter: RecommendationFilter = {}): ChangesRecord {
    const { histories, statuses } = this.#data;
    const subjects = this.#subjects.filter(
      (s) =>
        (!filter.organisation || s.organisation === filter.organisation) &&
        (!filter.body || s.body === filter.body) &&
        (!filter.audit || s.audit.data.id === filter.audit),
    );
    return changesBetween(
      from,
      this.asOf,
      filter,
      subjects,
      histories,
      statuses,
      this.corpus.index,
      this.names,
    );
  }

  /** Each organisation's figures side by side, organisations by name. */
  comparison(): ComparisonRecord {
    return this.#remember("comparison", () => ({
      asOf: this.asOf,
      organisations: this.overview().organisations.map((organisation) => ({
        organisation,
        ...this.#compared(this.#data.byOrganisation.get(organisation.id) ?? []),
      })),
    }));
  }

  /** Every addressed recommendation with its facets, in the order `sparbar status` gives. */
  explorer(): ExplorerRecord {
    return this.#remember("explorer", () => {
      const { index } = this.corpus;
      const statuses = this.#data.statuses;
      const rows: ExplorerRecord["rows"] = [];
      for (const s of this.#subjects) {
        const status = statuses.get(s.key);
        if (!status) continue;
        const row: ExplorerRecord["rows"][number] = {
          key: s.key,
          organisation: s.organisation,
          body: s.body,
          audit: s.audit.data.id,
          item: s.recommendation.id,
          title: text(firstWords(s.recommendation.text)),
          facets: rowFacets(s, status),
        };
        if (status.nextDue) row.nextDue = status.nextDue.period;
        rows.push(row);
      }
      const bodies = new Map<string, ExplorerRecord["bodies"][number]>();
      for (const row of rows) {
        const key = bodyKey(row.organisation, row.body);
        if (!bodies.has(key))
          bodies.set(key, {
            organisation: row.organisation,
            body: this.names.body(row.organisation, row.body),
          });
      }
      const audits = [...index.audits.values()]
        .filter((a) => this.#data.byAudit.has(a))
        .sort((a, b) => comparePeriods(b.data.date, a.data.date))
        .map((a) => ({
          organisation: a.data.organisation,
          audit: this.names.auditSummary(a),
          year: auditYear(a.data.date),
        }));
      return {
        asOf: this.asOf,
        organisations: this.overview().organisations,
        bodies: [...bodies.values()].sort(
          (a, b) =>
            a.organisation.localeCompare(b.organisation) ||
            a.body.name.sv.localeCompare(b.body.name.sv, "sv"),
        ),
        audits,
        years: [...new Set(audits.map((a) => a.year))].sort((a, b) => b - a),
        rows,
      };
    });
  }

  #allUpdates(): { all: Update[]; by: Map<string, Update[]> } {
    return this.#remember("updates", () => {
      const all: Update[] = [];
      const by = new Map<string, Update[]>();
      const file = (key: string, u: Update) => {
        const list = by.get(key);
        if (list) list.push(u);
        else by.set(key, [u]);
      };
      const { histories, statuses } = this.#data;
      for (const s of this.#subjects) {
        const status = statuses.get(s.key);
        if (!status) continue;
        for (const u of subjectUpdates(s, histories.get(s.key) ?? [], status, this.names)) {
          all.push(u);
          file(`o:${s.organisation}`, u);
          file(`b:${bodyKey(s.organisation, s.body)}`, u);
          file(`a:${documentKey(s.organisation, s.audit.data.id)}`, u);
        }
      }
      const { index } = this.corpus;
      for (const item of this.feed()) {
        const u: Update = { type: "document", day: item.when.end, document: item };
        const org = item.organisation.id;
        all.push(u);
        file(`o:${org}`, u);
        if (item.type === "audit") {
          file(`a:${documentKey(org, item.id)}`, u);
          const audit = index.audit(org, item.id);
          for (const b of new Set(audit?.data.recommendations.flatMap((r) => r.to) ?? []))
            file(`b:${bodyKey(org, b)}`, u);
        } else {
          file(`b:${bodyKey(org, item.body.id)}`, u);
          for (const a of index.response(org, item.id)?.data.answers ?? [])
            file(`a:${documentKey(org, a)}`, u);
        }
      }
      all.sort(compareUpdates);
      for (const list of by.values()) list.sort(compareUpdates);
      return { all, by };
    });
  }

  /**
   * What happened up to the as-of day, newest first: new documents, changes of either track's
   * state and deadlines passed without report, for the whole corpus or one organisation, body or
   * audit.
   */
  updates(scope: UpdateScope = {}): Update[] {
    const { all, by } = this.#allUpdates();
    const org = scope.organisation;
    if (!org) return all;
    if (scope.audit) return by.get(`a:${documentKey(org, scope.audit)}`) ?? [];
    if (scope.body) return by.get(`b:${bodyKey(org, scope.body)}`) ?? [];
    return by.get(`o:${org}`) ?? [];
  }

  /** New audits and responses, newest first, up to the as-of day. */
  feed(): FeedItem[] {
    return this.#remember("feed", () => {
      const { index } = this.corpus;
      const { names } = this;
      const items: FeedItem[] = [
        ...[...index.audits.values()].map((a) => ({
          type: "audit" as const,
          organisation: names.organisation(a.data.organisation),
          id: a.data.id,
          title: text(a.data.title, a.data.title_en),
          when: a.data.date,
          kind: a.data.kind,
          body: names.body(a.data.organisation, a.data.issued_by),
        })),
        ...[...index.responses.values()].map((r) => ({
          type: "response" as const,
          organisation: names.organisation(r.data.organisation),
          id: r.data.id,
          title: text(r.data.title, r.data.title_en),
          when: index.when(r),
          kind: r.data.kind,
          body: names.body(r.data.organisation, r.data.body),
        })),
      ];
      return items
        .filter((item) => item.when.end <= this.asOf)
        .sort((a, b) => comparePeriods(b.when, a.when) || a.id.localeCompare(b.id));
    });
  }
}
