import type { Corpus } from "../corpus.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { compareSubjects } from "../query/recommendations.ts";
import type { CorpusExport, ExportedStatus } from "../schema/export.ts";
import type { Status } from "../status/derive.ts";
import type { Subject } from "../status/events.ts";

/** A recommendation's status as plain data, in the shape of the published export schema. */
export function exportedStatus(subject: Subject, status: Status): ExportedStatus {
  const record: ExportedStatus = {
    key: subject.key,
    organisation: subject.organisation,
    audit: subject.audit.data.id,
    recommendation: subject.recommendation.id,
    body: subject.body,
    text: subject.recommendation.text,
    body_state: status.body,
    auditor_state: status.auditor,
    missed: status.missed.map((m) => ({
      what: m.what,
      due: m.due,
      ...(m.metOn ? { met_on: m.metOn } : {}),
      ...(m.measureId ? { measure: m.measureId } : {}),
    })),
    measures: status.measures.map((m) => ({
      id: m.measure.id,
      text: m.measure.text,
      ...(m.measure.due ? { due: m.measure.due } : {}),
      state: m.state,
      given: m.given,
      ...(m.doneDay ? { done_day: m.doneDay } : {}),
      ...(m.movedTo ? { moved_to: m.movedTo.id } : {}),
      source: m.source.id,
    })),
  };
  if (status.stance) record.stance = status.stance;
  if (status.nextDue) record.next_due = status.nextDue.period;
  if (status.lastResponse) record.last_response = status.lastResponse.id;
  if (status.lastAssessment) record.last_assessment = status.lastAssessment.id;
  return record;
}

/** Everything in a corpus as plain records: the open data the CLI exports and the site offers. */
export function exportCorpus(corpus: Corpus, asOf: IsoDay): CorpusExport {
  const { loaded } = corpus;
  const statuses: ExportedStatus[] = [];
  for (const subject of [...corpus.subjects].sort(compareSubjects)) {
    const status = corpus.status(subject, asOf);
    if (status) statuses.push(exportedStatus(subject, status));
  }
  return {
    as_of: asOf,
    organisations: loaded.organisations.map((o) => ({ ...o.data })),
    audits: loaded.audits.map((a) => ({ ...a.data, file: a.file, body: a.body })),
    responses: loaded.responses.map((r) => ({
      ...r.data,
      file: r.file,
      body: r.body,
      sections: r.sections,
    })),
    statuses,
  };
}
