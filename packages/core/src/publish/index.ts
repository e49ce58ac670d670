/**
 * @sparbar/core/publish: the plain records the site's pages show, made from a corpus on a day.
 * Apart from the main entry so that a program that only reads and checks never loads them,
 * nor the HTML rendering they use.
 *
 * @module @sparbar/core/publish
 */

export {
  type ChangeRecord,
  type DeadlineRecord,
  type EventRecord,
  type SiteListings,
  SiteModel,
  type StateCounts,
} from "./site-records.ts";
