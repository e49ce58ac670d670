/**
 * @sparbar/import: reads audit reports and responses as municipalities publish them (.txt, .md,
 * .pdf, .docx) into draft source files. Kept apart from core so that what only importing needs
 * (pdf.js, mammoth) never reaches the site or anything else that reads the corpus.
 *
 * @module @sparbar/import
 */

export { fold } from "./addressees.ts";
export type { ImportedAudit } from "./extract-audit.ts";
export type { ImportedResponse } from "./extract-response.ts";
export { type ImportKind, importDocument } from "./import-document.ts";
export { readDocument } from "./read-document.ts";
export { textBlocks } from "./text-blocks.ts";
