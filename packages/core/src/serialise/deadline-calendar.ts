import type { Lang } from "../periods/format.ts";
import type { DeadlineRecord } from "../view/records.ts";
import { textIn } from "../view/text.ts";
import { type CalendarEvent, icsEvents, icsFoot, icsHead } from "./ics.ts";

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
  return (
    deadlineCalendarParts.head(lang) + deadlineCalendarParts.events(rows, lang, stamp) + icsFoot
  );
}

/**
 * A deadline calendar in pieces: the head, events (a response owed on several recommendations
 * is one event within one call), the foot. Events never join across organisations, so a
 * calendar of several may be made of each one's events in turn.
 */
export const deadlineCalendarParts = {
  head: (lang: Lang) => icsHead(words[lang].calendar),
  events: (rows: readonly DeadlineRecord[], lang: Lang, stamp: Date) =>
    icsEvents(deadlineEvents(rows, lang), stamp),
  foot: icsFoot,
};

function deadlineEvents(rows: readonly DeadlineRecord[], lang: Lang): CalendarEvent[] {
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
  return events;
}
