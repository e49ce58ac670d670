import type { Corpus } from "../corpus.ts";
import type { MeasureEntry } from "../link/corpus-index.ts";
import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { Recommendation } from "../schema/audit.ts";

export type Found =
  | { kind: "audit"; audit: LoadedAudit }
  | { kind: "recommendation"; audit: LoadedAudit; recommendation: Recommendation }
  | { kind: "response"; response: LoadedResponse }
  | { kind: "measure"; entry: MeasureEntry };

/**
 * Finds what an id names: an audit (`SR-2023-81`), a recommendation (`SR-2023-81/R3`,
 * `SR-2023-81 R3`), a response (`ASN-2024-2039`) or a measure (`ASN-2024-2039/R4/1`).
 * Several matches come back when the id exists in more than one organisation.
 */
export function findById(corpus: Corpus, id: string, organisation?: string): Found[] {
  const parts = id.trim().split(/[\s/]+/);
  const [first = "", second, third] = parts;
  const found: Found[] = [];
  const inScope = (org: string) => organisation === undefined || org === organisation;
  if (parts.length >= 3 || (second && third)) {
    const id = parts.join("/");
    for (const org of corpus.index.organisations.keys()) {
      if (!inScope(org)) continue;
      const entry = corpus.index.measure(org, id);
      if (entry) found.push({ kind: "measure", entry });
    }
    return found;
  }
  for (const audit of corpus.index.audits.values()) {
    if (audit.data.id !== first || !inScope(audit.data.organisation)) continue;
    if (second === undefined) found.push({ kind: "audit", audit });
    else {
      const recommendation = audit.data.recommendations.find((r) => r.id === second);
      if (recommendation) found.push({ kind: "recommendation", audit, recommendation });
    }
  }
  if (second === undefined) {
    for (const response of corpus.index.responses.values()) {
      if (response.data.id === first && inScope(response.data.organisation))
        found.push({ kind: "response", response });
    }
  }
  return found;
}
