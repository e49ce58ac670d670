/**
 * @sparbar/core/view: the records the site's pages and `sparbar show` present, made from a
 * corpus on a day, with names and rows ready to lay out. Apart from the main entry so that a
 * program that only reads and checks never loads them, nor the HTML rendering they use.
 *
 * @module @sparbar/core/view
 */

export type { ChangesRecord } from "./changes.ts";
export { CorpusView } from "./corpus-view.ts";
export {
  changeGroupLabel,
  describeEvent,
  describeMeasure,
  describeMissed,
  describeMoved,
  describeNoResponse,
  describePassed,
  describeStateChange,
  periodIn,
  voiceOf,
} from "./describe.ts";
export type { Run } from "./language-runs.ts";
export type {
  AuditRecord,
  ChangeRecord,
  ComparedRecord,
  DeadlineRecord,
  MeasureRecord,
  RecommendationRecord,
  RecommendationRow,
  ResponseRecord,
  StateCounts,
  SubjectRecord,
} from "./records.ts";
export type { Scorecard } from "./scorecard.ts";
export { type Named, type Text, textIn } from "./text.ts";
export type { Update } from "./updates.ts";
