import type { KnownBody } from "./addressees.ts";
import { damageIn } from "./damage.ts";
import { auditDraft, type DraftOrganisation, responseDraft } from "./draft-source.ts";
import { extractAudit, type ImportedAudit } from "./extract-audit.ts";
import { extractResponse, type ImportedResponse } from "./extract-response.ts";
import { guessKind, type ImportKind } from "./guess-kind.ts";
import { withoutMarkup } from "./markup.ts";
import { textBlocks } from "./text-blocks.ts";

export type { ImportKind };

export interface ImportRequest {
  /** The file's name, for the draft's `source`. */
  name: string;
  text: string;
  kind?: ImportKind;
  organisation: DraftOrganisation;
}

export interface ImportResult {
  kind: ImportKind;
  /** How sure the guess of the kind was, 0.5–1 (1 when the kind was given). */
  kindConfidence: number;
  /** What makes the text look damaged (OCR noise), if anything. */
  damage?: string;
  extracted: ImportedAudit | ImportedResponse;
  draft: { id: string; file: string; text: string };
}

/** Reads a report or response as text into a draft source file for review. */
export function importDocument(request: ImportRequest): ImportResult {
  const text = withoutMarkup(request.text);
  const blocks = textBlocks(text);
  const guess = request.kind ? { kind: request.kind, confidence: 1 } : guessKind(text);
  const kind = guess.kind;
  const damage = damageIn(text);
  const notes = {
    damage,
    kindConfidence: guess.confidence,
    kindGiven: Boolean(request.kind),
    ...("overruled" in guess && guess.overruled ? { kindOverruled: guess.overruled } : {}),
  };
  const bodies: KnownBody[] = request.organisation.bodies;
  const base = { kind, kindConfidence: guess.confidence, ...(damage ? { damage } : {}) };
  if (kind === "audit") {
    const extracted = extractAudit(blocks, bodies);
    return {
      ...base,
      extracted,
      draft: auditDraft(extracted, request.organisation, request.name, notes),
    };
  }
  const extracted = extractResponse(blocks, bodies);
  return {
    ...base,
    extracted,
    draft: responseDraft(extracted, request.organisation, request.name, notes),
  };
}
