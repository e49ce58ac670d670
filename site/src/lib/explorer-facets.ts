import type { RowFacets } from "@sparbar/core/filter";
import type { ExplorerData } from "./explorer-data.ts";

/**
 * The explorer's rows as core's facets again, for core's filter: run by the explorer's script in
 * the browser, and by the tests that check it against the facets core made.
 */
export function decodeFacets(data: ExplorerData): RowFacets[] {
  const r = data.rows;
  return r.item.map((_, i) => {
    const f: RowFacets = {
      organisation: data.organisations[r.organisation[i] ?? 0]?.[0] ?? "",
      body: data.bodies[r.body[i] ?? 0]?.[1] ?? "",
      audit: data.audits[r.audit[i] ?? 0]?.[1] ?? "",
      year: r.year[i] ?? 0,
      bodyState: data.states[r.bodyState[i] ?? 0]?.code as RowFacets["bodyState"],
      auditorState: data.states[r.auditorState[i] ?? 0]?.code as RowFacets["auditorState"],
      stance: (data.stances[r.stance[i] ?? -1]?.code ?? "none") as RowFacets["stance"],
      closed: r.closed[i] === 1,
      overdue: r.overdue[i] === 1,
    };
    if (r.nextDue[i]) f.nextDue = r.nextDue[i];
    return f;
  });
}
