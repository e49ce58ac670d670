import type { Corpus } from "../corpus.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { compareSubjects } from "../query/recommendations.ts";
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
    })),
  };
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
  return record;
}

/** Comments in a source are notes to its writers, not part of what is published. */
function withoutComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->\n?/g, "");
}

/** Everything in a corpus as plain records: the open data the CLI exports and the site offers. */
export function exportCorpus(corpus: Corpus, asOf: IsoDay): CorpusExport {
  const { loaded } = corpus;
  const statuses: ExportedStatus[] = [];
  for (const subject of [...corpus.subjects].sort(compareSubjects)) {
    const status = corpus.status(subject, asOf);
    if (status) statuses.push(exportedStatus(subject, status, corpus.history(subject, asOf)));
  }
  return {
    as_of: asOf,
    organisations: loaded.organisations.map((o) => ({ ...o.data })),
    audits: loaded.audits.map((a) => ({
      ...a.data,
      file: a.file,
      markdown: withoutComments(a.body),
    })),
    responses: loaded.responses.map((r) => ({
      ...r.data,
      file: r.file,
      markdown: withoutComments(r.body),
      sections: r.sections.map((s) => ({ ...s, markdown: withoutComments(s.markdown) })),
    })),
    statuses,
  };
}
