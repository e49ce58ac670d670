import { z } from "zod";
import { Gaps, Language, Person, Source } from "./common.ts";
import { BodyId, DocumentId, OrganisationId } from "./ids.ts";
import { DayField, PeriodField } from "./period-field.ts";
import { ResponseKind } from "./response-kind.ts";

export const pathSteps = [
  "presidium",
  "preparation",
  "working-committee",
  "committee",
  "board",
  "council",
] as const;

export const PathStepSchema = z
  .strictObject({
    step: z.enum(pathSteps).meta({
      description:
        "presidium (presidieberedning), preparation (beredning), working-committee (arbetsutskott), committee (nämnd), board (styrelse), council (fullmäktige).",
    }),
    body: BodyId,
    date: DayField,
    minute: z.string().optional().meta({ description: "The paragraph in the minutes, e.g. § 83." }),
  })
  .meta({ id: "PathStep", description: "One meeting on the response's way to decision." });

export const DecisionSchema = z
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
    decision: DecisionSchema.optional(),
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
export type Decision = z.output<typeof DecisionSchema>;
