/*
 * What happened, newest first, for feeds and the "what changed" page: new documents, every
 * change of either track's state, and deadlines that passed with no report since. A change is
 * dated by its day (a feed's date field needs one) and, when the document that caused it is
 * dated less exactly, by the document's own date, which views show instead of the day.
 */
import { addDays, type IsoDay } from "../periods/calendar.ts";
import type { Period } from "../periods/period.ts";
import { renderInlineMarkdown } from "../render/markdown-html.ts";
import type { AuditorState, BodyState } from "../schema/states.ts";
import type { Status } from "../status/derive.ts";
import type { Change } from "../status/history.ts";
import type { Subject } from "../status/subjects.ts";
import type { Names } from "./names.ts";
import { firstWords } from "./readable.ts";
import type { DocumentLink, FeedItem, SubjectSummary } from "./records.ts";
import { text } from "./text.ts";

interface SubjectUpdateBase extends SubjectSummary {
  day: IsoDay;
}

/** Either track's state changed. */
interface StateUpdate extends SubjectUpdateBase {
  type: "state";
  datedAs?: Period;
  bodyState: BodyState;
  auditorState: AuditorState;
  before: { body: BodyState; auditor: AuditorState };
  /** Deadlines whose passing caused the change. */
  deadlines: Period[];
  /** The documents that caused it. */
  sources: DocumentLink[];
}

/** A deadline passed and no document has said anything of it since. */
interface DeadlineUpdate extends SubjectUpdateBase {
  type: "deadline";
  what: "response" | "measure";
  due: Period;
  measure?: string;
  /** The measure's words as safe HTML (a measure is inline Markdown), to name it by. */
  measureHtml?: string;
}

interface DocumentUpdate {
  type: "document";
  day: IsoDay;
  document: FeedItem;
}

export type Update = StateUpdate | DeadlineUpdate | DocumentUpdate;

/** The updates of one addressed recommendation up to its status's day. */
export function subjectUpdates(
  subject: Subject,
  history: readonly Change[],
  status: Status,
  names: Names,
): Update[] {
  const base = (day: IsoDay): SubjectUpdateBase => ({
    day,
    subject: subject.key,
    organisation: names.organisation(subject.organisation),
    audit: names.auditSummary(subject.audit),
    item: subject.recommendation.id,
    title: text(firstWords(subject.recommendation.text)),
    body: names.body(subject.organisation, subject.body),
  });
  const out: Update[] = [];
  const changedOn = new Set<IsoDay>();
  let before: Change | undefined;
  for (const change of history) {
    if (change.changed && before) {
      changedOn.add(change.day);
      const update: StateUpdate = {
        ...base(change.day),
        type: "state",
        bodyState: change.body,
        auditorState: change.auditor,
        before: { body: before.body, auditor: before.auditor },
        deadlines: change.deadlines,
        sources: distinctDocuments(
          change.events.map((e) =>
            names.document(e.source.type, e.source.organisation, e.source.id),
          ),
        ),
      };
      const cause = change.events[0];
      if (cause && cause.when.precision !== "day") update.datedAs = cause.when;
      out.push(update);
    }
    if (change.changed) before = change;
  }
  for (const passed of status.passed) {
    if (passed.outcome !== "passed") continue;
    const day = addDays(passed.due.end, 1);
    if (changedOn.has(day)) continue;
    const update: DeadlineUpdate = {
      ...base(day),
      type: "deadline",
      what: passed.what,
      due: passed.due,
    };
    if (passed.measureId) {
      update.measure = passed.measureId;
      const promised = status.measures.find((m) => m.measure.id === passed.measureId);
      if (promised) update.measureHtml = renderInlineMarkdown(promised.measure.text);
    }
    out.push(update);
  }
  return out;
}

/** Each document once, in the order first named: a day's events often come from one document. */
export function distinctDocuments(links: readonly DocumentLink[]): DocumentLink[] {
  return links.filter(
    (s, i) =>
      links.findIndex(
        (t) => t.type === s.type && t.id === s.id && t.organisation === s.organisation,
      ) === i,
  );
}

/** Newest first; within a day, documents before the changes they caused. */
export function compareUpdates(a: Update, b: Update): number {
  const order = { document: 0, state: 1, deadline: 2 } as const;
  return (
    b.day.localeCompare(a.day) || order[a.type] - order[b.type] || keyOf(a).localeCompare(keyOf(b))
  );
}

function keyOf(u: Update): string {
  return u.type === "document" ? `${u.document.organisation.id}/${u.document.id}` : u.subject;
}
