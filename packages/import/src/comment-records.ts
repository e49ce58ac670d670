/**
 * A tracker's records copied without the recommendations' own words: per recommendation only its
 * labelled fields ("Agency: …", "Status: Open") and the comment retelling the answer ("Comments:
 * The agency concurred with this recommendation and said it would …"), as a recommendations
 * database's page reads when its recommendation cells are lost. Each record whose comment states
 * a stance answers one recommendation, which the comment names only in passing.
 */
import { agencyFieldValue } from "./agency-field.ts";
import type { Block } from "./text-blocks.ts";

/** One record: its comment, where it stands, its agency as labelled, and its place. */
export interface CommentRecord {
  place: number;
  comment: string;
  line: number;
  agency?: string;
}

const fieldLabel = /^\s*(?:agency(?:\s+affected)?|status|priority|director|contact)\s*:/iu;
const commentLabel = /^\s*comments?\s*:\s*(\S[\s\S]*)$/iu;
/** A recommendation of its own words under its label, which other readers read. */
const recommendationLabel =
  /^\s*(?:\p{L}+\s+)?recommendations?(?:\s+(?:for\s+\p{L}+\s+action|\d{1,3}))?\s*:\s*\S/iu;

/**
 * The records, in order: a comment under its label right after one or more labelled fields. None
 * where the page has a recommendation under its label, or fewer than two records.
 */
export function commentRecords(blocks: readonly Block[]): CommentRecord[] {
  const records: CommentRecord[] = [];
  let fields = 0;
  let agency: string | undefined;
  for (const b of blocks) {
    if (recommendationLabel.test(b.text)) return [];
    const comment = commentLabel.exec(b.text);
    if (comment && fields > 0) {
      records.push({
        place: records.length + 1,
        comment: comment[1]?.trim() ?? "",
        line: b.line,
        ...(agency ? { agency } : {}),
      });
      // The agency stays for the records after it that have none of their own: a line repeated
      // word for word may have been set aside as a running head.
      fields = 0;
      continue;
    }
    if (fieldLabel.test(b.text)) {
      fields++;
      agency = agencyFieldValue(b.text) ?? agency;
    } else fields = 0;
  }
  return records.length >= 2 ? records : [];
}

/**
 * What the comment says the body will do or says of the step asked for, as the recommendation's
 * words as far as the comment names them: "said it would revise the guide so that …" is "revise
 * the guide so that …"; "stated that it would begin sharing results with … in fiscal year 2027"
 * is "sharing results with …"; "stated that publishing the terms could weaken …" is "publishing
 * the terms". Undefined where the comment names no step.
 */
const wouldStep =
  /\b(?:said|stated|indicated|noted|reported|told us)\s+(?:that\s+)?(?:it|they|the\s+\p{L}+|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})\s+would\s+(?:(?:begin|start|continue)\s+(?=\p{L}+ing\b))?([^.;]{8,300}?)(?=\s+(?:by|in|before|during|within|no later than)\s+(?:the\s+end\b|fiscal\b|FY\b|\p{Lu}\p{L}+\s+\d|\d)|\s*[.;](?:\s|$)|\s*$)/u;
const gerundStep =
  /\b(?:said|stated|indicated|noted)\s+that\s+(\p{Ll}+ing\s[^.;,]{6,200}?)\s+(?:could|would|might|may|will|is|was|would not)\b/u;

export function stepNamed(comment: string): string | undefined {
  const m = wouldStep.exec(comment) ?? gerundStep.exec(comment);
  return m?.[1]?.trim();
}
