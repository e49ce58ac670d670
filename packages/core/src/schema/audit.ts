import { z } from "zod";
import { Gaps, Language, Person, Source } from "./common.ts";
import { BodyId, DiaryNumber, DocumentId, ItemId, OrganisationId } from "./ids.ts";
import { PeriodField } from "./period-field.ts";
import { ResponseKind } from "./response-kind.ts";

const auditKinds = ["audit", "follow-up-audit", "assignment", "plan"] as const;
const answers = ["yes", "largely", "partly", "no"] as const;
const responsesAsked = ["listed", "unknown"] as const;
export const assessmentResults = [
  "implemented",
  "partly-implemented",
  "not-implemented",
  "no-longer-relevant",
] as const;

const QuestionSchema = z
  .strictObject({
    id: ItemId,
    text: z.string().trim().min(1).meta({ description: "The audit question, verbatim." }),
    answer: z
      .enum(answers)
      .optional()
      .meta({ description: "yes (Ja), largely (Till stor del), partly (Delvis), no (Nej)." }),
    assessment: z
      .string()
      .optional()
      .meta({ description: "The auditors' reasoning for the answer, verbatim." }),
  })
  .meta({ id: "Question", description: "An audit question (revisionsfråga) and its answer." });

const GoalSchema = z
  .strictObject({
    id: ItemId,
    text: z.string().trim().min(1).meta({ description: "The goal (inriktningsmål), verbatim." }),
    means: z
      .string()
      .optional()
      .meta({ description: "How the goal is to be reached ('Genom att: …'), verbatim." }),
  })
  .meta({ id: "Goal", description: "A goal (inriktningsmål) of a plan." });

const RecommendationSchema = z
  .strictObject({
    id: ItemId,
    to: z
      .array(BodyId)
      .min(1)
      .meta({ description: "The bodies the recommendation is addressed to." }),
    text: z
      .string()
      .trim()
      .min(1)
      .meta({ description: "The recommendation, assignment or activity, verbatim." }),
    goal: ItemId.optional().meta({ description: "For a plan's activity: the goal it serves." }),
  })
  .meta({
    id: "Recommendation",
    description:
      "A recommendation (rekommendation), assignment (uppdrag) or plan activity (aktivitet): all share one lifecycle.",
  });

const ResponseDueSchema = z
  .strictObject({
    from: BodyId.meta({ description: "The body that must respond." }),
    by: PeriodField.optional().meta({
      description: "When the response is due; left out when the source does not say.",
    }),
    kind: ResponseKind.default("response"),
    recommendations: z.array(ItemId).optional().meta({
      description: "The recommendations to answer; all addressed to the body when left out.",
    }),
  })
  .meta({ id: "ResponseDue", description: "A response the audit asks for, and when." });

const AssessmentSchema = z
  .strictObject({
    audit: DocumentId.meta({ description: "The audit whose recommendation is assessed." }),
    recommendation: ItemId,
    body: BodyId.optional().meta({
      description: "The addressee assessed; all addressees when left out.",
    }),
    result: z.enum(assessmentResults).meta({
      description:
        "implemented (genomförd), partly-implemented (delvis genomförd), not-implemented (ej genomförd), no-longer-relevant (inte längre aktuell).",
    }),
    basis: z
      .string()
      .optional()
      .meta({ description: "The auditors' words the assessment rests on, verbatim." }),
  })
  .meta({
    id: "Assessment",
    description: "The auditors' own assessment of an earlier recommendation.",
  });

export const AuditSchema = z
  .strictObject({
    id: DocumentId,
    diary_number: DiaryNumber.optional(),
    kind: z.enum(auditKinds).meta({
      description:
        "audit (granskning), follow-up-audit (uppföljande granskning), assignment (uppdrag från fullmäktige eller styrelsen), plan (handlingsplan).",
    }),
    organisation: OrganisationId,
    title: z.string().trim().min(1),
    title_en: z.string().trim().min(1).optional(),
    date: PeriodField.meta({
      description: "When the audit was issued, or the assignment or plan decided.",
    }),
    issued_by: BodyId.meta({
      description:
        "The body that issued it: the auditors for an audit, the council or board for an assignment or plan.",
    }),
    firm: z
      .string()
      .optional()
      .meta({ description: "The audit firm that wrote the report, e.g. EY." }),
    audited: z.array(BodyId).default([]).meta({ description: "The bodies the audit covered." }),
    coordinator: BodyId.optional().meta({
      description:
        "A body that reports on every recommendation on behalf of all addressees (e.g. a plan's coordinator).",
    }),
    questions: z.array(QuestionSchema).default([]),
    goals: z.array(GoalSchema).default([]),
    recommendations: z.array(RecommendationSchema).default([]).meta({
      description:
        "The recommendations, assignments or activities. A follow-up audit that only assesses earlier recommendations may have none; every other audit needs at least one.",
    }),
    responses_due: z.array(ResponseDueSchema).default([]),
    responses_asked: z.enum(responsesAsked).default("unknown").meta({
      description:
        "listed: the source names every response it asks for, so an addressee not named in responses_due was asked for none (an empty list: no response at all). unknown: the source does not say, so for an addressee not named it is not known whether a response was asked for.",
    }),
    follows_up: z
      .array(DocumentId)
      .default([])
      .meta({ description: "Earlier audits this one follows up." }),
    assessments: z.array(AssessmentSchema).default([]),
    authors: z.array(Person).default([]),
    language: Language.default("sv"),
    source: Source,
    gaps: Gaps,
  })
  .meta({
    id: "Audit",
    title: "Spårbar audit",
    description:
      "Front matter of an audit, follow-up audit, assignment or plan: audits/<organisation>/<id>.md. The Markdown body holds the summary.",
  });

export type Audit = z.output<typeof AuditSchema>;
export type AuditKind = (typeof auditKinds)[number];
export type Recommendation = z.output<typeof RecommendationSchema>;
export type Answer = (typeof answers)[number];
export type Assessment = z.output<typeof AssessmentSchema>;
export type AssessmentResult = (typeof assessmentResults)[number];
export type ResponsesAsked = (typeof responsesAsked)[number];
