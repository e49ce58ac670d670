import { type Period, parsePeriod } from "../../src/index.ts";

/** The period a document's words name, for comparing with what records carry. */
export function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(`not a period: ${text}`);
  return parsed.period;
}
