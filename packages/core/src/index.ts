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
export { type FormatResult, formatBody, formatSource } from "./format/format-source.ts";
export {
  type Bilingual,
  type Label,
  labelOf,
  measureStateLabels,
  outcomeLabels,
  stateLabel,
  stateLabels,
  valueLabels,
  voiceLabels,
} from "./labels.ts";
export { checkIntegrity } from "./link/check-integrity.ts";
export {
  CorpusIndex,
  type MeasureEntry,
  responseWhen,
  type SectionAnswer,
} from "./link/corpus-index.ts";
export {
  type BodyKey,
  bodyKey,
  type DocumentKey,
  documentKey,
  parseRecommendationKey,
  parseSubjectKey,
  type RecommendationKey,
  recommendationKey,
  type SubjectKey,
  subjectKey,
} from "./link/keys.ts";
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
  listCorpusFiles,
  loadCorpus,
  loadSources,
  type SourceFile,
  unreadCorpusFiles,
} from "./load/load-corpus.ts";
export { type LoadResult, loadSource, MAX_FILE_BYTES } from "./load/load-source.ts";
export { locateField } from "./load/locate.ts";
export { parseMarkdown } from "./load/markdown.ts";
export { readReportedState, readSectionHeading, readStance } from "./load/response-body.ts";
export { stanceVocabulary } from "./load/section-words.ts";
export { type CorpusFile, walkCorpus } from "./load/walk.ts";
export * from "./periods/calendar.ts";
export { formatDay, formatPeriod, type Lang } from "./periods/format.ts";
export { type PeriodErrorCode, type PeriodResult, parsePeriod } from "./periods/parse.ts";
export {
  comparePeriods,
  type Period,
  type Precision,
  precisions,
  type Qualifier,
} from "./periods/period.ts";
export { type Found, findById } from "./query/find.ts";
export {
  compareSubjects,
  type DeadlineFilter,
  type DeadlineRow,
  type DeadlineState,
  deadlines,
  naturalCompare,
  queryRecommendations,
  type RecommendationFilter,
  type SubjectStatus,
} from "./query/recommendations.ts";
export { escapeHtml, renderInlineMarkdown, renderMarkdown } from "./render/markdown-html.ts";
export type { Answer as QuestionAnswer } from "./schema/audit.ts";
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
export { eventsOf } from "./status/collect.ts";
export {
  type MeasureStatus,
  type PassedDeadline,
  type Status,
  statusAt,
} from "./status/derive.ts";
export type {
  MeasureReport,
  SourceRef,
  StatusEvent,
  StatusEventType,
  Voice,
} from "./status/events.ts";
export { type Change, changePoints, historyOf, stateOn } from "./status/history.ts";
export {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  type DeadlineOutcome,
  deadlineOutcomes,
  isClosed,
  isLate,
  isPassedWithoutReport,
  type MeasureState,
  measureStates,
} from "./status/states.ts";
export { type Subject, subjectsOf } from "./status/subjects.ts";
export { decodeSource } from "./text/decode.ts";
export { LineIndex } from "./text/line-index.ts";
export { CorpusView } from "./view/corpus-view.ts";
export {
  describeEvent,
  describeMeasure,
  describePassed,
  periodIn,
  voiceOf,
} from "./view/describe.ts";
export type {
  AuditRecord,
  AuditSummary,
  BodyRecord,
  ChangeRecord,
  DeadlineRecord,
  DocumentLink,
  EventRecord,
  FeedItem,
  MeasureRecord,
  OrganisationRecord,
  OverviewRecord,
  PageList,
  PassedDeadlineRecord,
  PersonRecord,
  RecommendationRecord,
  RecommendationRow,
  ResponseRecord,
  StateCounts,
  SubjectRecord,
} from "./view/records.ts";
export { type Named, type Text, textIn } from "./view/text.ts";
