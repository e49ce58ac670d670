import { addDays, type IsoDay } from "../periods/calendar.ts";

export interface CalendarEvent {
  /** Stable across exports, so a subscribed calendar updates events instead of duplicating them. */
  uid: string;
  /** The due day: the deadline falls at its end, so the event is that whole day. */
  day: IsoDay;
  summary: string;
  description?: string;
  url?: string;
}

/**
 * An iCalendar file (RFC 5545) of all-day events that Outlook, Google and Apple calendars can
 * subscribe to. All-day dates carry no time zone, so a deadline shows on its Swedish day
 * everywhere.
 */
export function toIcs(name: string, events: readonly CalendarEvent[], stamp: Date): string {
  return icsHead(name) + icsEvents(events, stamp) + icsFoot;
}

function icsLines(lines: readonly string[]): string {
  let text = "";
  for (const line of lines) text += `${fold(line)}\r\n`;
  return text;
}

/** The calendar's opening lines: a file is these, any number of `icsEvents`, then `icsFoot`. */
export function icsHead(name: string): string {
  return icsLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Spårbar//Deadlines//SV",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-WR-TIMEZONE:Europe/Stockholm",
  ]);
}

export const icsFoot = "END:VCALENDAR\r\n";

/** Events alone, each line folded and ended. */
export function icsEvents(events: readonly CalendarEvent[], stamp: Date): string {
  const dtstamp = `${stamp.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
  const lines: string[] = [];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${event.day.replaceAll("-", "")}`,
      `DTEND;VALUE=DATE:${addDays(event.day, 1).replaceAll("-", "")}`,
      `SUMMARY:${escapeText(event.summary)}`,
      "TRANSP:TRANSPARENT",
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push("END:VEVENT");
  }
  return icsLines(lines);
}

function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets are folded, never inside a UTF-8 character. */
/** Bytes a code point takes in UTF-8; counted by hand, as encoding each character was slow. */
function utf8Width(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function fold(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line, "utf8") <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const width = utf8Width(char);
    if (size + width > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
