import type { CorpusIndex } from "../link/corpus-index.ts";
import { type SubjectKey, subjectKey } from "../link/keys.ts";
import type { LoadedAudit } from "../load/document.ts";
import type { Recommendation } from "../schema/audit.ts";

/** A recommendation as it concerns one of its addressees: the unit whose status is derived. */
export interface Subject {
  key: SubjectKey;
  organisation: string;
  audit: LoadedAudit;
  recommendation: Recommendation;
  /** The addressee. */
  body: string;
}

/** Every (recommendation, addressee) pair of the corpus. */
export function subjectsOf(index: CorpusIndex): Subject[] {
  const subjects: Subject[] = [];
  for (const audit of index.audits.values()) {
    for (const recommendation of audit.data.recommendations) {
      for (const body of new Set(recommendation.to)) {
        subjects.push({
          key: subjectKey(audit.data.organisation, audit.data.id, recommendation.id, body),
          organisation: audit.data.organisation,
          audit,
          recommendation,
          body,
        });
      }
    }
  }
  return subjects;
}
