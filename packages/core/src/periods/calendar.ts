/**
 * Calendar days as ISO strings (`YYYY-MM-DD`): they compare correctly as strings, carry no time
 * zone, and are what the documents mean. Instants appear only where a clock is involved.
 */
export type IsoDay = string;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isoDay(year: number, month: number, day: number): IsoDay {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseIsoDay(day: IsoDay): { year: number; month: number; day: number } {
  return {
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8, 10)),
  };
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function lastDayOfMonth(year: number, month: number): IsoDay {
  return isoDay(year, month, daysInMonth(year, month));
}

export function addDays(day: IsoDay, count: number): IsoDay {
  const { year, month, day: d } = parseIsoDay(day);
  const date = new Date(Date.UTC(year, month - 1, d + count));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Monday of ISO week 1: the week with the year's first Thursday (Swedish week numbers). */
function firstIsoMonday(year: number): IsoDay {
  const jan4 = new Date(Date.UTC(year, 0, 4)).getUTCDay() || 7;
  return addDays(isoDay(year, 1, 4), 1 - jan4);
}

/** The Monday of ISO week `week` of `year`, or nothing when the year has no such week. */
export function isoWeekStart(year: number, week: number): IsoDay | undefined {
  const weeks = daysBetween(firstIsoMonday(year), firstIsoMonday(year + 1)) / 7;
  return week >= 1 && week <= weeks ? addDays(firstIsoMonday(year), (week - 1) * 7) : undefined;
}

/** The ISO week (and its year, which may differ from the day's at New Year) a day falls in. */
export function isoWeekOf(day: IsoDay): { year: number; week: number } {
  const { year } = parseIsoDay(day);
  for (const candidate of [year + 1, year, year - 1]) {
    const start = firstIsoMonday(candidate);
    if (day >= start) return { year: candidate, week: Math.floor(daysBetween(start, day) / 7) + 1 };
  }
  return { year: year - 1, week: 1 };
}

function daysBetween(from: IsoDay, to: IsoDay): number {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

export function minDay(a: IsoDay, b: IsoDay): IsoDay {
  return a < b ? a : b;
}

/** The quarter (`2025-Q2`) a day falls in. */
export function quarterOf(day: IsoDay): string {
  const { year, month } = parseIsoDay(day);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** Last day of a quarter given as `2025-Q2`. */
export function quarterEnd(quarter: string): IsoDay {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return lastDayOfMonth(year, q * 3);
}

export function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

const STOCKHOLM = "Europe/Stockholm";

// Made on first use: a formatter with a time zone costs tens of milliseconds to create, which a
// command that never asks the time in Stockholm should not pay at start-up.
let stockholmParts: Intl.DateTimeFormat | undefined;

function stockholmFields(instant: number) {
  stockholmParts ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: STOCKHOLM,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const fields: Record<string, number> = {};
  for (const part of stockholmParts.formatToParts(new Date(instant))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return fields as {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
  };
}

/** Offset of Stockholm from UTC at an instant, in milliseconds (1 or 2 hours). */
function stockholmOffset(instant: number): number {
  const f = stockholmFields(instant);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of a Stockholm wall-clock time, correct across daylight-saving changes. */
function stockholmInstant(
  day: IsoDay,
  hour: number,
  minute: number,
  second: number,
  ms = 0,
): number {
  const { year, month, day: d } = parseIsoDay(day);
  const wall = Date.UTC(year, month - 1, d, hour, minute, second, ms);
  let instant = wall - stockholmOffset(wall);
  instant = wall - stockholmOffset(instant);
  return instant;
}

/** A deadline on `day` falls due at the end of that day in Stockholm. */
export function endOfDayInStockholm(day: IsoDay): number {
  return stockholmInstant(addDays(day, 1), 0, 0, 0) - 1;
}

/** The calendar day it is in Stockholm at an instant. */
export function stockholmDay(instant: number): IsoDay {
  const f = stockholmFields(instant);
  return isoDay(f.year, f.month, f.day);
}
