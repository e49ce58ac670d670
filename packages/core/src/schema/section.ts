import { z } from "zod";
import { DocumentId, ItemId } from "./ids.ts";
import { PeriodSchema } from "./period-field.ts";

export const stances = ["agrees", "partly-agrees", "disagrees", "no-stance"] as const;
const reportedStates = ["done", "partly-done", "in-progress", "not-started"] as const;

const SourcePlaceSchema = z
  .strictObject({ line: z.int().positive(), column: z.int().positive() })
  .meta({ id: "SourcePlace", description: "Where in the source file something was written." });

const MeasureSchema = z
  .strictObject({
    id: z
      .string()
      .meta({ description: "<response id>/<recommendation>/<number>, e.g. ASN-2024-2039/R4/1." }),
    text: z.string().meta({ description: "What the body promises, as written (inline Markdown)." }),
    due: PeriodSchema.optional(),
    done: z.boolean().meta({ description: "Ticked in the task list: the body reports it done." }),
    done_when: PeriodSchema.optional().meta({
      description: "When it was done, if the response says.",
    }),
    report_to: z
      .string()
      .optional()
      .meta({ description: "The body it is reported to (id or name as written)." }),
    follows: z
      .array(z.string())
      .optional()
      .meta({ description: "Ids of earlier measures this one reports on or replaces." }),
    reported_in: DocumentId.optional().meta({
      description:
        "For a measure reported done: the earlier response that first reported it ('Rapporterad i:'), when this one says so. Its date decides whether the deadline was met.",
    }),
    source: z
      .string()
      .optional()
      .meta({ description: "Where the measure was read from, e.g. by sparbar import: 'rad 70'." }),
    place: SourcePlaceSchema,
  })
  .meta({
    id: "Measure",
    description: "A promised measure (åtgärd): a GFM task-list item in a response section.",
  });

export const SectionSchema = z
  .strictObject({
    audit: DocumentId.optional().meta({ description: "The audit named in the heading, if any." }),
    recommendation: ItemId,
    title: z.string(),
    stance: z.enum(stances).optional(),
    stance_text: z.string().optional().meta({ description: "The stance as written." }),
    reported: z
      .strictObject({ state: z.enum(reportedStates), text: z.string() })
      .optional()
      .meta({
        description: "The body's own report on the recommendation ('Rapporterat: Genomfört').",
      }),
    reported_for: z
      .array(
        z.strictObject({
          body: z.string().meta({ description: "The body as written: id or name." }),
          state: z.enum(reportedStates),
          text: z.string(),
          place: SourcePlaceSchema,
        }),
      )
      .default([])
      .meta({
        description:
          "Reports on another body's part of the recommendation, naming it ('Rapporterat för hr: Genomfört'): the only way a document from one body moves another body's state.",
      }),
    measures: z.array(MeasureSchema),
    markdown: z.string().meta({ description: "The section's text as Markdown." }),
    place: SourcePlaceSchema,
  })
  .meta({ id: "Section", description: "A response's answer to one recommendation." });

export type Stance = (typeof stances)[number];
export type ReportedState = (typeof reportedStates)[number];
export type Measure = z.output<typeof MeasureSchema>;
export type Section = z.output<typeof SectionSchema>;
