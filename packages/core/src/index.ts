/**
 * @sparbar/core: the model of audit recommendations, responses and deadlines. Files go in,
 * typed documents, diagnostics and statuses come out; the CLI and the site ask only this.
 *
 * This list is the library's public surface, chosen name by name: what the `sparbar` command,
 * the site, the importer and a program reading a corpus need; everything else is internal.
 * Three sub-paths hold what fewer programs need, so that reading and checking never load it:
 * `@sparbar/core/periods` (dates as documents write them), `@sparbar/core/render` (Markdown →
 * safe HTML) and `@sparbar/core/view` (the records the site's pages and `sparbar show` present).
 * The JSON Schemas of the source files are at `@sparbar/core/schemas/<name>.schema.json`.
 *
 * ## Example: the status of one recommendation
 *
 * A program that reads a corpus (the folder with `audits/` and `responses/`) and prints where
 * one recommendation stands on a day, for each body it is addressed to. Installed from the
 * packed package, it runs on plain Node 22.18 or newer (a test does exactly that).
 *
 * {@includeCode ../../../docs/examples/recommendation-status.ts}
 *
 * @module @sparbar/core
 */

export type { Bilingual } from "./bilingual.ts";
export { checkCorpus } from "./check/check-corpus.ts";
export { Corpus, openCorpus } from "./corpus.ts";
export { type Diagnostic, formatLocation, inLanguage } from "./diagnostics/diagnostic.ts";
export { noOrganisation } from "./diagnostics/missing.ts";
export { recordAssessment } from "./format/assessment.ts";
export { draftResponse } from "./format/draft-response.ts";
export { formatFile, formatSource } from "./format/format-source.ts";
export { columnHeadings, labelOf, stateLabel, stateLabels } from "./labels.ts";
export { findCopy } from "./link/copies.ts";
export { reservedOrganisationIds } from "./link/reserved-ids.ts";
export { codeFingerprint } from "./load/code-fingerprint.ts";
export type { LoadedResponse } from "./load/document.ts";
export { loadCorpus } from "./load/load-corpus.ts";
export { loadSource } from "./load/load-source.ts";
export { statedStanceWords } from "./load/look-alike-lines.ts";
export { readSourceFile } from "./load/source-file.ts";
export { listCorpusFiles, realRoot, walkCorpus } from "./load/walk.ts";
export { parseMarkdown } from "./markdown/parse.ts";
export {
  formatDay,
  type IsoDay,
  type Lang,
  type Period,
  parsePeriod,
  stockholmDay,
} from "./periods/index.ts";
export { filterProblems } from "./query/filter-check.ts";
export { type Found, findById } from "./query/find.ts";
export {
  compareOrganisations,
  queryRecommendations,
  type RecommendationFilter,
} from "./query/recommendations.ts";
export type { Answer as QuestionAnswer } from "./schema/audit.ts";
export { idFromDiaryNumber } from "./schema/ids.ts";
export { jsonSchemas, serialiseJsonSchema } from "./schema/json-schema.ts";
export { stepHeld } from "./schema/response.ts";
export type { ResponseKindValue } from "./schema/response-kind.ts";
export { type Stance, stances } from "./schema/section.ts";
export { type AuditorState, auditorStates, type BodyState, bodyStates } from "./schema/states.ts";
export { changesCsv } from "./serialise/changes-csv.ts";
export { deadlineCalendar, deadlineCalendarParts } from "./serialise/deadline-calendar.ts";
export { measuresCsv } from "./serialise/measures-csv.ts";
export {
  type ExportFilter,
  exportCorpus,
  exportedStatus,
  exportParts,
} from "./serialise/records.ts";
export { statusCsv, statusCsvHeader, statusCsvRows } from "./serialise/status-csv.ts";
export type { QuarterCounts } from "./status/aggregate.ts";
export { NO_RESPONSE_MONTHS } from "./status/silence.ts";
export { isClosed, isLate, isPassedWithoutReport } from "./status/states.ts";
export {
  labelledText,
  measureKeyLine,
  measureKeyLineText,
  measureLine,
  placeholder,
  readSectionHeading,
  readStance,
  sectionHeadingLine,
  stanceLine,
  stancePhrases,
  stanceToChoose,
  stanceVocabulary,
} from "./syntax/response-syntax.ts";
export { decodeSource } from "./text/decode.ts";
export { nearest } from "./vocabulary/closed.ts";
