/**
 * The date a retold answer opens with, saying when the body reported, not when it will act:
 * "Comments: As of April 2027, the agency indicated in its letter that …", "In March 2026, the
 * department told us that …", "As at 30 June 2027 the ministry reported that …". A date so placed,
 * followed within a few words by a verb of reporting in the past, is the status's date; the due
 * date, if any, is one the rest of the text names. "In June 2027, the board will adopt …" names
 * no report and stays a due date.
 */
const statusOpening =
  /^\s*(?:(?:comments?|update|progress|status|response)\s*:\s*)?(?:in|as\s+(?:of|at)|on)\s+[^,]{3,30}?,?\s+(?:(?:the|its|our)\s+)?[\p{L}().&'’-]+(?:\s+[\p{L}().&'’-]+){0,6}?\s+(?:stated|said|told|indicated|reported|noted|informed|explained|wrote|responded|confirmed|advised|notified|provided)\b/iu;

/** Whether the date found at `date.index` in `text` is the opening status date it tells of. */
export function isStatusDate(text: string, date: { text: string; index: number }): boolean {
  if (date.index > 40) return false;
  const m = statusOpening.exec(text);
  return m !== null && date.index + date.text.length <= m[0].length;
}
