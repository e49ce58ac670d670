/**
 * @sparbar/import: reads audit reports and responses as municipalities publish them (.txt, .md,
 * .pdf, .docx) into draft source files. Kept apart from core so that what only importing needs
 * (pdf.js, mammoth) never reaches the site or anything else that reads the corpus.
 */

export { fold, type KnownBody, resolveAddressees } from "./addressees.ts";
export { findDatePhrases } from "./date-phrases.ts";
export type { ImportedAudit, ImportedQuestion, ImportedRecommendation } from "./extract-audit.ts";
export type { ImportedMeasure, ImportedResponse, ImportedSection } from "./extract-response.ts";
export { guessKind } from "./guess-kind.ts";
export {
  type ImportKind,
  type ImportRequest,
  type ImportResult,
  importDocument,
} from "./import-document.ts";
export { type ReadResult, readDocument } from "./read-document.ts";
export { type Block, textBlocks } from "./text-blocks.ts";
