import { z } from "zod";
import { Gaps, Language, Person, Source } from "./common.ts";
import { BodyId, DiaryNumber, DocumentId, OrganisationId } from "./ids.ts";
import { DayField, PeriodField } from "./period-field.ts";
import { ResponseKind } from "./response-kind.ts";

const pathSteps = [
  "presidium",
  "preparation",
  "working-committee",
  "committee",
  "board",
  "council",
] as const;

const meetingStates = ["planned", "held"] as const;
const responseContents = ["full", "summary", "none"] as const;

const PathStepSchema = z
  .strictObject({
    step: z.enum(pathSteps).meta({
      description:
        "presidium (presidieberedning), preparation (beredning), working-committee (arbetsutskott), committee (nämnd), board (styrelse), council (fullmäktige).",
    }),
    body: BodyId,
    date: DayField,
    minute: z.string().optional().meta({ description: "The paragraph in the minutes, e.g. § 83." }),
    state: z.enum(meetingStates).optional().meta({
      description:
        "held: the meeting took place (its minutes say so); planned: it was planned (beslutsplanering). When left out, a step with a minute is held and one without is planned.",
    }),
  })
  .meta({ id: "PathStep", description: "One meeting on the response's way to decision." });

/** Whether a meeting on the path is known to have taken place: never assumed from a date alone. */
export function stepHeld(step: { minute?: string | undefined; state?: MeetingState }): boolean {
  return (step.state ?? (step.minute ? "held" : "planned")) === "held";
}

const DecisionSchema = z
  .strictObject({
    date: DayField,
    minute: z
      .string()
      .optional()
      .meta({ description: "The paragraph in the minutes, e.g. § 152." }),
    body: BodyId.optional().meta({
      description: "The deciding body; the responding body when left out.",
    }),
  })
  .meta({ id: "Decision", description: "Where and when the response was decided." });

export const ResponseSchema = z
  .strictObject({
    id: DocumentId,
    diary_number: DiaryNumber.optional(),
    kind: ResponseKind,
    organisation: OrganisationId,
    body: BodyId.meta({ description: "The responding body." }),
    to: z
      .array(BodyId)
      .min(1)
      .meta({ description: "The recipients (Till), e.g. stadsrevisionen." }),
    answers: z
      .array(DocumentId)
      .min(1)
      .meta({ description: "The audits, assignments or plans answered." }),
    title: z.string().trim().min(1),
    title_en: z.string().trim().min(1).optional(),
    date: PeriodField.meta({
      description: "The document's date (Datum), as exact as the source gives it.",
    }),
    decision: DecisionSchema.optional().meta({
      description:
        "The decision, when the source shows it was taken; a planned meeting goes in path.",
    }),
    content: z.enum(responseContents).default("full").meta({
      description:
        "full: the response's own text is here. summary: only what another document says it said. none: only that it exists. With summary or none, Spårbar says the content is not available instead of 'no measures'.",
    }),
    path: z
      .array(PathStepSchema)
      .default([])
      .meta({ description: "The decision path (beslutsplanering), in order." }),
    signatories: z
      .array(Person)
      .default([])
      .meta({ description: "Who signed the response (e.g. ordförande)." }),
    officers: z
      .array(Person)
      .default([])
      .meta({ description: "Responsible officers (Ansvariga)." }),
    language: Language.default("sv"),
    source: Source,
    gaps: Gaps,
  })
  .meta({
    id: "Response",
    title: "Spårbar response",
    description:
      "Front matter of a response (yttrande), follow-up response or report-back: responses/<organisation>/<id>.md. The body has a section per recommendation.",
  });

export type ResponseFrontMatter = z.output<typeof ResponseSchema>;
export type PathStep = z.output<typeof PathStepSchema>;
export type MeetingState = (typeof meetingStates)[number];
export type ResponseContent = (typeof responseContents)[number];
