/**
 * @sparbar/core: the model of audit recommendations, responses and deadlines. Files go in,
 * typed documents, diagnostics and statuses come out; the CLI and the site ask only this.
 */

export {
  CHECK_CACHE_VERSION,
  type CheckOptions,
  type CheckOutcome,
  checkCorpus,
} from "./check/check-corpus.ts";
export { Corpus, openCorpus } from "./corpus.ts";
export { catalogue, type DiagnosticCode, type Severity } from "./diagnostics/catalogue.ts";
export {
  compareDiagnostics,
  type Diagnostic,
  diagnostic,
  formatLocation,
  hasErrors,
  inLanguage,
  type LocalisedDiagnostic,
  type Place,
  type RelatedPlace,
} from "./diagnostics/diagnostic.ts";
export { noOrganisation } from "./diagnostics/missing.ts";
export {
  type Draft,
  type DraftRequest,
  type DraftResult,
  draftResponse,
} from "./format/draft-response.ts";
export {
  type FormatFileResult,
  type FormatResult,
  formatBody,
  formatFile,
  formatSource,
  type TextStyle,
  textStyle,
} from "./format/format-source.ts";
export { fold, type KnownBody, resolveAddressees } from "./import/addressees.ts";
export { findDatePhrases } from "./import/date-phrases.ts";
export type {
  ImportedAudit,
  ImportedQuestion,
  ImportedRecommendation,
} from "./import/extract-audit.ts";
export type {
  ImportedMeasure,
  ImportedResponse,
  ImportedSection,
} from "./import/extract-response.ts";
export {
  guessKind,
  type ImportKind,
  type ImportRequest,
  type ImportResult,
  importDocument,
} from "./import/import-document.ts";
export { type ReadResult, readDocument } from "./import/read-document.ts";
export { type Block, textBlocks } from "./import/text-blocks.ts";
export { type Bilingual, codeForLabel, type Label, labelOf, valueLabels } from "./labels.ts";
export { checkIntegrity } from "./link/check-integrity.ts";
export {
  type Answer,
  CorpusIndex,
  type MeasureEntry,
  type RecommendationKey,
  recommendationKey,
  responseDay,
} from "./link/corpus-index.ts";
export {
  type BrokenDocument,
  type DocumentType,
  documentTypeOf,
  type LoadedAudit,
  type LoadedDocument,
  type LoadedOrganisation,
  type LoadedResponse,
} from "./load/document.ts";
export {
  addResult,
  emptyCorpus,
  type LoadedCorpus,
  type LoadOptions,
  loadCorpus,
  loadSources,
  type SourceFile,
} from "./load/load-corpus.ts";
export { type LoadResult, loadSource } from "./load/load-source.ts";
export { locateField } from "./load/locate.ts";
export { parseMarkdown } from "./load/markdown.ts";
export { readReportedState, readSectionHeading, readStance } from "./load/response-body.ts";
export { MAX_FILE_BYTES, type ReadSource, readSourceFile } from "./load/source-file.ts";
export {
  type CorpusFile,
  type CorpusListing,
  copyOf,
  listCorpusFiles,
  realRoot,
  walkCorpus,
} from "./load/walk.ts";
export * from "./periods/calendar.ts";
export { formatDay, formatPeriod, type Lang } from "./periods/format.ts";
export { type PeriodErrorCode, type PeriodResult, parsePeriod } from "./periods/parse.ts";
export {
  dueDay,
  type Period,
  type Precision,
  precisions,
  type Qualifier,
} from "./periods/period.ts";
export * from "./publish/site-records.ts";
export { type Found, findById } from "./query/find.ts";
export {
  compareSubjects,
  type DeadlineFilter,
  type DeadlineRow,
  deadlines,
  naturalCompare,
  queryRecommendations,
  type RecommendationFilter,
  type RecommendationRow,
} from "./query/recommendations.ts";
export { escapeHtml, renderInlineMarkdown, renderMarkdown } from "./render/markdown-html.ts";
export * from "./schema/audit.ts";
export { Gaps, Language, Person, Source } from "./schema/common.ts";
export { type CorpusExport, CorpusExportSchema, type ExportedStatus } from "./schema/export.ts";
export { BodyId, DocumentId, ItemId, OrganisationId } from "./schema/ids.ts";
export {
  exportJsonSchema,
  jsonSchemas,
  serialiseJsonSchema,
  sourceJsonSchemas,
} from "./schema/json-schema.ts";
export * from "./schema/organisation.ts";
export { DayField, PeriodField, PeriodSchema } from "./schema/period-field.ts";
export * from "./schema/response.ts";
export { ResponseKind, type ResponseKindValue, responseKinds } from "./schema/response-kind.ts";
export * from "./schema/section.ts";
export { toCsv } from "./serialise/csv.ts";
export { deadlineCalendar } from "./serialise/deadline-calendar.ts";
export { type CalendarEvent, toIcs } from "./serialise/ics.ts";
export { exportCorpus, exportedStatus } from "./serialise/records.ts";
export { statusCsv } from "./serialise/status-csv.ts";
export { countsByQuarter, emptyCounts, type QuarterCounts } from "./status/aggregate.ts";
export {
  type MeasureState,
  type MeasureStatus,
  type MissedDeadline,
  type Status,
  statusAt,
} from "./status/derive.ts";
export {
  type SourceRef,
  type StatusEvent,
  type StatusEventType,
  type Subject,
  subjectKey,
  type Voice,
} from "./status/events.ts";
export { type Change, changePoints, historyOf, stateOn } from "./status/history.ts";
export {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  isClosed,
  isOverdue,
  stateLabels,
} from "./status/states.ts";
export { decodeSource } from "./text/decode.ts";
export { LineIndex } from "./text/line-index.ts";
