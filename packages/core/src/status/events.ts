import type { Period } from "../periods/period.ts";
import type { AssessmentResult, ResponsesAsked } from "../schema/audit.ts";
import type { ResponseContent } from "../schema/response.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { Measure, ReportedState, Stance } from "../schema/section.ts";

/**
 * Who says so. `issuer`: the auditors or council that issued the recommendation; `body`: the
 * addressee, or a body above it, or another body's report that names it; `auditors`: a later
 * audit's assessment; `another-body`: a document by a body that does not speak for this
 * addressee (a plan's coordinator reporting on everyone, say). It is shown, never counted.
 */
export type Voice = "issuer" | "body" | "auditors" | "another-body";

export interface SourceRef {
  type: "audit" | "response";
  organisation: string;
  id: string;
  file: string;
}

interface EventBase {
  /** When it happened, as exact as the source says: a document dated 2023 is 2023. */
  when: Period;
  voice: Voice;
  source: SourceRef;
}

/** A report on what became of an earlier promise, from a later measure that follows it. */
interface MeasureReport {
  /** The earlier measure reported on. */
  measure: string;
  /** The later measure that reports. */
  by: string;
  done: boolean;
  /** When the work was done, as the later document says. */
  doneWhen?: Period;
  /** The later measure's own date: a new deadline when it lies after the report. */
  due?: Period;
}

export type StatusEvent =
  | (EventBase & { type: "issued"; asked: ResponsesAsked })
  | (EventBase & {
      type: "response-due";
      kind: ResponseKindValue;
      /** The deadline; a response asked for without one never falls due. */
      due?: Period;
    })
  | (EventBase & {
      type: "responded";
      speaker: string;
      kind: ResponseKindValue;
      content: ResponseContent;
      stance?: Stance;
      /** The stance as written. */
      stanceText?: string;
      reported?: { state: ReportedState; text: string };
      /** Measures promised to this addressee, not counting those that only report on earlier ones. */
      measures: Measure[];
    })
  | (EventBase & {
      type: "measure-reported";
      speaker: string;
      report: MeasureReport;
      /**
       * The earlier response that, this document says, first reported the work done: the
       * event is dated by it.
       */
      firstReportedIn?: SourceRef;
    })
  | (EventBase & {
      type: "noted";
      speaker: string;
      kind: ResponseKindValue;
      reported?: { state: ReportedState; text: string };
    })
  | (EventBase & { type: "assessed"; result: AssessmentResult; basis?: string });

export type StatusEventType = StatusEvent["type"];

/** Within a day, the order in which events apply. */
const typeOrder: Record<StatusEventType, number> = {
  issued: 0,
  "response-due": 1,
  responded: 2,
  "measure-reported": 3,
  noted: 4,
  assessed: 5,
};

/**
 * Events in the order they apply: by the day by which each certainly happened, then by where
 * it could begin, then issue before response before report before assessment.
 */
export function compareEvents(a: StatusEvent, b: StatusEvent): number {
  return (
    a.when.end.localeCompare(b.when.end) ||
    a.when.start.localeCompare(b.when.start) ||
    typeOrder[a.type] - typeOrder[b.type]
  );
}
