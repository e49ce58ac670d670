/**
 * @sparbar/core/view: the records the site's pages and `sparbar show` present, made from a
 * corpus on a day, with names and rows ready to lay out. Apart from the main entry so that a
 * program that only reads and checks never loads them, nor the HTML rendering they use.
 *
 * @module @sparbar/core/view
 */

export { CorpusView } from "./corpus-view.ts";
export { describeEvent, describeMeasure, describePassed, periodIn, voiceOf } from "./describe.ts";
export type {
  AuditRecord,
  ChangeRecord,
  DeadlineRecord,
  MeasureRecord,
  RecommendationRecord,
  RecommendationRow,
  ResponseRecord,
  StateCounts,
  SubjectRecord,
} from "./records.ts";
export { type Text, textIn } from "./text.ts";
