import type { KnownBody } from "./addressees.ts";
import { auditDraft, type DraftOrganisation, responseDraft } from "./draft-source.ts";
import { extractAudit, type ImportedAudit } from "./extract-audit.ts";
import { extractResponse, type ImportedResponse } from "./extract-response.ts";
import { textBlocks } from "./text-blocks.ts";

export type ImportKind = "audit" | "response";

export interface ImportRequest {
  /** The file's name, for the draft's `source`. */
  name: string;
  text: string;
  kind?: ImportKind;
  organisation: DraftOrganisation;
}

export interface ImportResult {
  kind: ImportKind;
  extracted: ImportedAudit | ImportedResponse;
  draft: { id: string; file: string; text: string };
}

/** A response says "yttrande" and "föreslås besluta"; a report says "rekommenderas" and "revisionsfråga". */
function guessKind(text: string): ImportKind {
  const head = text.slice(0, 6000).toLowerCase();
  const response = (
    head.match(
      /yttrande|föreslås besluta|foreslas besluta|ställningstagande|återrapportering|aterrapportering|management response/g,
    ) ?? []
  ).length;
  const audit = (
    head.match(
      /revisionsrapport|granskningsrapport|rekommenderas|revisionsfråg|revisionsfrag|we recommend|internal audit/g,
    ) ?? []
  ).length;
  return response > audit ? "response" : "audit";
}

/** Reads a report or response as text into a draft source file for review. */
export function importDocument(request: ImportRequest): ImportResult {
  const blocks = textBlocks(request.text);
  const kind = request.kind ?? guessKind(request.text);
  const bodies: KnownBody[] = request.organisation.bodies;
  if (kind === "audit") {
    const extracted = extractAudit(blocks, bodies);
    return { kind, extracted, draft: auditDraft(extracted, request.organisation, request.name) };
  }
  const extracted = extractResponse(blocks, bodies);
  return { kind, extracted, draft: responseDraft(extracted, request.organisation, request.name) };
}
