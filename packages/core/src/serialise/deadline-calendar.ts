import type { Corpus } from "../corpus.ts";
import type { Lang } from "../periods/format.ts";
import type { DeadlineRow } from "../query/recommendations.ts";
import { type CalendarEvent, toIcs } from "./ics.ts";

const words = {
  sv: {
    response: "Svar",
    measure: "Åtgärd",
    due: "Förfaller",
    written: "skrivet som",
    calendar: "Spårbar – tidpunkter",
  },
  en: {
    response: "Response",
    measure: "Measure",
    due: "Due",
    written: "written as",
    calendar: "Spårbar – deadlines",
  },
} as const;

/** Deadlines as a subscribable calendar: one all-day event per owed response or open measure. */
export function deadlineCalendar(
  corpus: Corpus,
  rows: readonly DeadlineRow[],
  lang: Lang,
  stamp: Date,
): string {
  const w = words[lang];
  const events: CalendarEvent[] = rows.map((row) => {
    const { subject } = row;
    const body = corpus.index.body(subject.organisation, subject.body)?.name ?? subject.body;
    const what = row.what === "response" ? w.response : w.measure;
    const ref = `${subject.audit.data.id} ${subject.recommendation.id}`;
    const summary = `${what}: ${ref} – ${body}`;
    const description = [
      row.text ?? subject.recommendation.text,
      `${w.due} ${row.period.end} (${w.written} "${row.period.text}")`,
    ].join("\n");
    return {
      uid: `${row.measureId ?? `${subject.key}/response`}@sparbar`.replaceAll(" ", "-"),
      day: row.period.end,
      summary,
      description,
    };
  });
  return toIcs(w.calendar, events, stamp);
}
