import type { Corpus } from "../corpus.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { compareOrganisations, compareSubjects } from "../query/recommendations.ts";
import type { CorpusExport, ExportedStatus } from "../schema/export.ts";
import type { MeasureStatus, Status } from "../status/derive.ts";
import type { Change } from "../status/history.ts";
import type { Subject } from "../status/subjects.ts";

function exportedMeasure(m: MeasureStatus): ExportedStatus["measures"][number] {
  const out: ExportedStatus["measures"][number] = {
    id: m.measure.id,
    text: m.measure.text,
    state: m.state,
    given: m.given,
    source: m.source.id,
    moves: m.moves.map((move) => ({
      when: move.when,
      due: move.due,
      by: move.by,
      source: move.source.id,
      ...(move.reason ? { reason: move.reason } : {}),
    })),
  };
  if (m.dropped)
    out.dropped = { when: m.dropped.when, reason: m.dropped.reason, source: m.dropped.source.id };
  if (m.due) out.due = m.due;
  if (m.measure.due && m.due !== m.measure.due) out.promised_due = m.measure.due;
  if (m.done) {
    out.done = { reported: m.done.reported, source: m.done.source.id };
    if (m.done.doneWhen) out.done.done_when = m.done.doneWhen;
    if (m.done.firstReportedIn) out.done.first_reported_in = m.done.firstReportedIn.id;
  }
  return out;
}

/** A recommendation's status as plain data, in the shape of the published export schema. */
export function exportedStatus(
  subject: Subject,
  status: Status,
  history: readonly Change[],
): ExportedStatus {
  const record: ExportedStatus = {
    key: subject.key,
    organisation: subject.organisation,
    audit: subject.audit.data.id,
    recommendation: subject.recommendation.id,
    body: subject.body,
    text: subject.recommendation.text,
    body_state: status.body,
    auditor_state: status.auditor,
    reported_by: status.speakers.filter((b) => b !== subject.body),
    passed: status.passed.map((p) => ({
      what: p.what,
      due: p.due,
      outcome: p.outcome,
      ...(p.settled ? { settled: p.settled } : {}),
      ...(p.measureId ? { measure: p.measureId } : {}),
    })),
    measures: status.measures.map(exportedMeasure),
    history: history
      .filter((c) => c.changed)
      .map((c) => ({ day: c.day, body: c.body, auditor: c.auditor })),
  };
  if (status.stance) record.stance = status.stance;
  if (status.nextDue) record.next_due = status.nextDue.period;
  if (status.lastResponse) record.last_response = status.lastResponse.id;
  if (status.lastAssessment) record.last_assessment = status.lastAssessment.id;
  if (status.noResponseSince) record.no_response_since = status.noResponseSince;
  return record;
}

/** Comments in a source are notes to its writers, not part of what is published. */
function withoutComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->\n?/g, "");
}

/** What an export covers: an organisation, a body, an audit, or all of the corpus. */
export interface ExportFilter {
  organisation?: string;
  body?: string;
  audit?: string;
}

function subjectMatches(subject: Subject, filter: ExportFilter): boolean {
  return (
    (!filter.organisation || subject.organisation === filter.organisation) &&
    (!filter.body || subject.body === filter.body) &&
    (!filter.audit || subject.audit.data.id === filter.audit)
  );
}

/**
 * The statuses of the recommendations a filter covers, in the corpus's order. Filtered before
 * sorting: the site asks for each organisation's in turn, and sorting every recommendation of a
 * national corpus for each of 310 organisations took minutes.
 */
export function exportedStatuses(
  corpus: Corpus,
  asOf: IsoDay,
  filter: ExportFilter = {},
): ExportedStatus[] {
  const statuses: ExportedStatus[] = [];
  const covered = corpus
    .subjectsIn(filter.organisation || undefined)
    .filter((s) => subjectMatches(s, filter));
  for (const subject of covered.sort(compareSubjects)) {
    const status = corpus.status(subject, asOf);
    if (status) statuses.push(exportedStatus(subject, status, corpus.history(subject, asOf)));
  }
  return statuses;
}

/**
 * Everything in a corpus as plain records, or the part one organisation, body or audit covers:
 * its recommendations' statuses, the audits they come from, and the responses to those audits
 * (for a body, its own). The open data the CLI exports and the site offers. Every list is
 * grouped by organisation, in `compareOrganisations` order, so that the whole is each
 * organisation's part in turn (see `exportParts`).
 */
export function exportCorpus(
  corpus: Corpus,
  asOf: IsoDay,
  filter: ExportFilter = {},
): CorpusExport {
  const loaded = documentsOf(corpus, filter.organisation || undefined);
  const statuses = exportedStatuses(corpus, asOf, filter);
  const audits = new Set(statuses.map((s) => `${s.organisation}/${s.audit}`));
  const whole = !filter.body && !filter.audit;
  const inOrganisation = (o: string) => !filter.organisation || o === filter.organisation;
  const auditIncluded = (organisation: string, id: string) =>
    inOrganisation(organisation) && (whole || audits.has(`${organisation}/${id}`));
  return {
    as_of: asOf,
    organisations: byOrganisation(
      loaded.organisations.filter((o) => inOrganisation(o.data.id)),
      (o) => o.data.id,
    ).map((o) => ({ ...o.data })),
    audits: byOrganisation(
      loaded.audits.filter((a) => auditIncluded(a.data.organisation, a.data.id)),
      (a) => a.data.organisation,
    ).map((a) => ({
      ...a.data,
      file: a.file,
      markdown: withoutComments(a.body),
    })),
    responses: byOrganisation(
      loaded.responses.filter(
        (r) =>
          inOrganisation(r.data.organisation) &&
          (!filter.body || r.data.body === filter.body) &&
          (whole || r.data.answers.some((id) => auditIncluded(r.data.organisation, id))),
      ),
      (r) => r.data.organisation,
    ).map((r) => ({
      ...r.data,
      file: r.file,
      markdown: withoutComments(r.body),
      sections: r.sections.map((s) => ({ ...s, markdown: withoutComments(s.markdown) })),
    })),
    statuses,
  };
}

type Loaded = Corpus["loaded"];
interface Documents {
  readonly organisations: readonly Loaded["organisations"][number][];
  readonly audits: readonly Loaded["audits"][number][];
  readonly responses: readonly Loaded["responses"][number][];
}

const byOrganisationOnce = new WeakMap<Corpus, Map<string, Documents>>();

/**
 * The corpus's documents, or one organisation's, in the corpus's order. Grouped once per
 * corpus: the site asks for each organisation's part in turn, and going through every document
 * of a national corpus for each of them cost seconds.
 */
function documentsOf(corpus: Corpus, organisation?: string): Documents {
  const { loaded } = corpus;
  if (organisation === undefined) return loaded;
  let groups = byOrganisationOnce.get(corpus);
  if (!groups) {
    const made = new Map<
      string,
      {
        organisations: Loaded["organisations"][number][];
        audits: Loaded["audits"][number][];
        responses: Loaded["responses"][number][];
      }
    >();
    const group = (id: string) => {
      let found = made.get(id);
      if (!found) {
        found = { organisations: [], audits: [], responses: [] };
        made.set(id, found);
      }
      return found;
    };
    for (const o of loaded.organisations) group(o.data.id).organisations.push(o);
    for (const a of loaded.audits) group(a.data.organisation).audits.push(a);
    for (const r of loaded.responses) group(r.data.organisation).responses.push(r);
    groups = made;
    byOrganisationOnce.set(corpus, groups);
  }
  return groups.get(organisation) ?? { organisations: [], audits: [], responses: [] };
}

/**
 * A stable sort by organisation: within one, the corpus's own order stays. Sorted after
 * filtering, as the site asks for each organisation's part in turn.
 */
function byOrganisation<T>(items: readonly T[], organisation: (item: T) => string): T[] {
  return items.toSorted((a, b) => compareOrganisations(organisation(a), organisation(b)));
}

/** One organisation's share of the whole export, as the JSON text of each list's items. */
export type ExportPart = Record<Exclude<keyof CorpusExport, "as_of">, string>;

const exportLists = ["organisations", "audits", "responses", "statuses"] as const;

/**
 * The whole export in pieces: each organisation's part alone, and the JSON text of the whole
 * joined from parts given in `compareOrganisations` order, byte for byte
 * `JSON.stringify(exportCorpus(corpus, asOf))`. A site keeps the parts of unchanged
 * organisations between builds.
 */
export const exportParts = {
  of(corpus: Corpus, asOf: IsoDay, organisation: string): ExportPart {
    const data = exportCorpus(corpus, asOf, { organisation });
    const items = (list: readonly unknown[]) => list.map((item) => JSON.stringify(item)).join(",");
    return {
      organisations: items(data.organisations),
      audits: items(data.audits),
      responses: items(data.responses),
      statuses: items(data.statuses),
    };
  },
  join(asOf: IsoDay, parts: readonly ExportPart[]): string {
    const lists = exportLists.map((list) => {
      const items = parts.map((part) => part[list]).filter((text) => text !== "");
      return `${JSON.stringify(list)}:[${items.join(",")}]`;
    });
    return `{${JSON.stringify("as_of")}:${JSON.stringify(asOf)},${lists.join(",")}}`;
  },
};
