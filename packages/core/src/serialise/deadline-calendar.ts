import type { Lang } from "../periods/format.ts";
import type { DeadlineRecord } from "../view/records.ts";
import { textIn } from "../view/text.ts";
import { type CalendarEvent, toIcs } from "./ics.ts";

const words = {
  sv: {
    response: "Svar",
    measure: "Åtgärd",
    due: "Förfaller",
    written: "skrivet som",
    recommendations: "Rekommendationer",
    calendar: "Spårbar – tidpunkter",
  },
  en: {
    response: "Response",
    measure: "Measure",
    due: "Due",
    written: "written as",
    recommendations: "Recommendations",
    calendar: "Spårbar – deadlines",
  },
} as const;

function shorten(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * Deadlines as a subscribable calendar. A measure is one all-day event named by what it
 * promises; a response owed on several recommendations of one audit is one event, since it is
 * one document.
 */
export function deadlineCalendar(rows: readonly DeadlineRecord[], lang: Lang, stamp: Date): string {
  const w = words[lang];
  const events: CalendarEvent[] = [];
  const responses = new Map<string, { event: CalendarEvent; items: string[] }>();
  for (const row of rows) {
    const body = textIn(row.body.name, lang).text;
    const due = `${w.due} ${row.due.end} (${w.written} "${row.due.text}")`;
    if (row.measure) {
      events.push({
        uid: `${row.organisation.id}/${row.measure.id}@sparbar`.replaceAll(" ", "-"),
        day: row.due.end,
        summary: `${w.measure}: ${shorten(row.measure.text)} – ${body}`,
        description: [row.measure.text, `${row.audit.id} ${row.item}`, due].join("\n"),
      });
      continue;
    }
    const key = `${row.organisation.id}/${row.audit.id}/${row.body.id}/${row.due.end}`;
    const owed = responses.get(key);
    if (owed) {
      owed.items.push(row.item);
      continue;
    }
    const event: CalendarEvent = {
      uid: `${key}/response@sparbar`.replaceAll(" ", "-"),
      day: row.due.end,
      summary: `${w.response}: ${row.audit.id} ${textIn(row.audit.title, lang).text} – ${body}`,
      description: due,
    };
    responses.set(key, { event, items: [row.item] });
    events.push(event);
  }
  for (const { event, items } of responses.values())
    event.description = `${w.recommendations}: ${items.join(", ")}\n${event.description ?? ""}`;
  return toIcs(w.calendar, events, stamp);
}
