/**
 * @sparbar/core: the model of audit recommendations, responses and deadlines. Files go in,
 * typed documents, diagnostics and statuses come out; the CLI and the site ask only this.
 *
 * The list below is the library's public surface, chosen name by name: what the `sparbar`
 * command, the site, the importer and a program reading a corpus need. Everything else is
 * internal and may change. `@sparbar/core/periods` offers the date phrases alone.
 *
 * @example Print the status of one recommendation
 * ```ts
 * import { openCorpus, queryRecommendations } from "@sparbar/core";
 *
 * const corpus = await openCorpus(".");
 * for (const { subject, status } of queryRecommendations(corpus, "2025-06-30", { audit: "SR-2023-81" }))
 *   console.log(subject.key, status.body, status.auditor);
 * ```
 *
 * @packageDocumentation
 */

// Reading a corpus: load, link, check, and ask for statuses.
export { checkCorpus } from "./check/check-corpus.ts";
export { Corpus, openCorpus } from "./corpus.ts";
export { catalogue } from "./diagnostics/catalogue.ts";
export { type Diagnostic, formatLocation, inLanguage } from "./diagnostics/diagnostic.ts";
export { noOrganisation } from "./diagnostics/missing.ts";
// Writing: formatting sources, drafts, and the serialised forms.
export { draftResponse } from "./format/draft-response.ts";
export { formatSource } from "./format/format-source.ts";
// Importing reports and responses.
export { fold } from "./import/addressees.ts";
export type { ImportedAudit } from "./import/extract-audit.ts";
export type { ImportedResponse } from "./import/extract-response.ts";
export { type ImportKind, importDocument } from "./import/import-document.ts";
export { readDocument } from "./import/read-document.ts";
export { textBlocks } from "./import/text-blocks.ts";
export { labelOf } from "./labels.ts";
export { responseDay } from "./link/corpus-index.ts";
export { reservedOrganisationIds } from "./link/reserved-ids.ts";
export type { LoadedResponse } from "./load/document.ts";
export {
  addResult,
  emptyCorpus,
  type LoadedCorpus,
  listCorpusFiles,
  loadCorpus,
  loadSources,
} from "./load/load-corpus.ts";
export { loadSource } from "./load/load-source.ts";
export { readSectionHeading } from "./load/response-body.ts";
export { parseMarkdown } from "./markdown/parse.ts";
// Dates as documents write them; `@sparbar/core/periods` has them all, in words too.
export { type IsoDay, type Lang, parsePeriod, stockholmDay } from "./periods/index.ts";
export {
  type ChangeRecord,
  type DeadlineRecord,
  type EventRecord,
  type SiteListings,
  SiteModel,
  type StateCounts,
} from "./publish/site-records.ts";
// Status, queries and what is made of them.
export {
  type Found,
  findById,
} from "./query/find.ts";
export {
  deadlines,
  naturalCompare,
  queryRecommendations,
  type RecommendationFilter,
} from "./query/recommendations.ts";
export { escapeHtml, renderInlineMarkdown, renderMarkdown } from "./render/markdown-html.ts";
// The documents' schemas and their JSON Schemas.
export { jsonSchemas, serialiseJsonSchema } from "./schema/json-schema.ts";
export { type Stance, stances } from "./schema/section.ts";
export { deadlineCalendar } from "./serialise/deadline-calendar.ts";
export { exportCorpus, exportedStatus } from "./serialise/records.ts";
export { statusCsv } from "./serialise/status-csv.ts";
export type { QuarterCounts } from "./status/aggregate.ts";
export type { StatusEvent, Subject } from "./status/events.ts";
export {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  stateLabels,
} from "./status/states.ts";
export { decodeSource } from "./text/decode.ts";
