/**
 * What a recommendations tracker's row says beyond its named columns: the date first agreed,
 * where the revised date's cell is empty, the month and year as a spreadsheet writes them
 * ("Dec-26"), and of the two leads a column names ("Executive Lead / Management Lead") the first.
 */
import { fold } from "./addressees.ts";
import type { ColumnRole } from "./table-columns.ts";

export interface TrackerColumns {
  /** The column of the date first agreed, beside a revised date's column. */
  original?: number;
  /** Whether the responsible column names two leads apart by a slash. */
  twoLeads?: boolean;
}

const originalDate =
  /^original\s+(?:agreed\s+)?(?:target|implementation|completion|due)(?:\s+(?:completion|implementation))?\s+date$/u;

/** The tracker's extra columns, from its header's cells and their roles. */
export function trackerColumnsOf(
  cells: readonly string[],
  roles: readonly ColumnRole[],
): TrackerColumns {
  const original = cells.findIndex((c) => originalDate.test(fold(c).replace(/[:.]$/u, "")));
  const responsible = cells[roles.indexOf("responsible")] ?? "";
  return {
    ...(original >= 0 && roles.includes("due") ? { original } : {}),
    ...(/\S\s*\/\s*\S/u.test(responsible) ? { twoLeads: true } : {}),
  };
}

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** "Dec-26", "Sept-2026", "Jun 26": a month abbreviated and a year, alone in a cell. */
const monthYearCell = /^([A-Za-z]{3,4})[-\s]((?:19|20)?\d{2})$/u;

/** A cell's month and year written out ("December 2026"), or the cell as it was. */
function spelledOut(cell: string): string {
  const m = monthYearCell.exec(cell.trim());
  if (!m) return cell;
  const month = monthNames.find((name) => name.startsWith((m[1] ?? "").toLowerCase()));
  const year = (m[2] ?? "").length === 2 ? `20${m[2]}` : m[2];
  return month ? `${month} ${year}` : cell;
}

/** The row's due date: the revised date's cell, else the date first agreed. */
export function trackerDue(
  dueCell: string,
  cells: readonly string[],
  columns: TrackerColumns,
): string {
  const own = dueCell.trim();
  if (own && !/^[–—-]$/u.test(own)) return spelledOut(own);
  const original = columns.original === undefined ? "" : (cells[columns.original] ?? "").trim();
  return original ? spelledOut(original) : own;
}

/** "Director of Finance / Payroll Manager" under "Executive Lead / Management Lead": the first. */
export function firstLead(cell: string, columns: TrackerColumns): string {
  if (!columns.twoLeads) return cell;
  const parts = cell.split(/\s+\/\s+/u);
  return parts.length === 2 ? (parts[0] ?? cell).trim() : cell;
}
