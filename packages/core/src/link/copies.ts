import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { CorpusIndex } from "./corpus-index.ts";

/** What tells one document from another, as far as copies go. */
export type CopyCandidate =
  | {
      type: "audit";
      organisation: string;
      title?: string;
      /** The last day of the document's date. */
      day?: string;
      recommendations: readonly string[];
    }
  | {
      type: "response";
      organisation: string;
      body: string;
      answers: readonly string[];
      title: string;
      day: string;
    };

/** Words compared as a copy would have them: case, spacing and punctuation aside. */
function sameWords(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The keys two copies of one document share: an audit's date and title, or its recommendations
 * word for word (two or more); a response's body, the audits it answers, its date and title.
 */
export function copyKeys(c: CopyCandidate): string[] {
  if (c.type === "response") {
    const answers = [...c.answers].sort().join(",");
    return [`response/${c.organisation}/${c.body}/${answers}/${c.day}/${sameWords(c.title)}`];
  }
  const keys: string[] = [];
  if (c.title && c.day) keys.push(`audit/${c.organisation}/${c.day}/${sameWords(c.title)}`);
  if (c.recommendations.length >= 2) {
    const texts = c.recommendations.map(sameWords).sort();
    keys.push(`audit/${c.organisation}/recommendations/${texts.join("\n")}`);
  }
  return keys;
}

export function candidateOf(doc: LoadedAudit | LoadedResponse): CopyCandidate {
  const d = doc.data;
  if (doc.type === "audit") {
    return {
      type: "audit",
      organisation: d.organisation,
      title: d.title,
      day: d.date.end,
      recommendations: doc.data.recommendations.map((r) => r.text),
    };
  }
  return {
    type: "response",
    organisation: d.organisation,
    body: doc.data.body,
    answers: doc.data.answers,
    title: d.title,
    day: d.date.end,
  };
}

/**
 * A document of the corpus that the candidate looks like a copy of, if any: what `sparbar
 * import` says before a second copy of an encoded report is written beside the first.
 */
export function findCopy(
  index: CorpusIndex,
  candidate: CopyCandidate,
): LoadedAudit | LoadedResponse | undefined {
  const wanted = new Set(copyKeys(candidate));
  if (wanted.size === 0) return undefined;
  const documents = candidate.type === "audit" ? index.audits.values() : index.responses.values();
  for (const doc of documents) {
    if (copyKeys(candidateOf(doc)).some((key) => wanted.has(key))) return doc;
  }
  return undefined;
}
