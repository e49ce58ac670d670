import { z } from "zod";
import { AuditSchema } from "./audit.ts";
import { BodySchema } from "./organisation.ts";
import { PeriodSchema } from "./period-field.ts";
import { ResponseSchema } from "./response.ts";
import { SectionSchema, stances } from "./section.ts";
import { auditorStates, bodyStates, deadlineOutcomes, measureStates } from "./states.ts";

const ExportedMeasureSchema = z
  .strictObject({
    id: z.string(),
    text: z.string(),
    due: PeriodSchema.optional().meta({
      description: "The deadline in force: the promised one, or the last new date given.",
    }),
    promised_due: PeriodSchema.optional().meta({
      description: "The date first promised, when a later document gave a new one.",
    }),
    state: z.enum(measureStates),
    given: PeriodSchema.meta({ description: "When the response promising it was given." }),
    source: z.string().meta({ description: "Id of the response that promised it." }),
    done: z
      .strictObject({
        reported: PeriodSchema.meta({ description: "When it was first reported done." }),
        done_when: PeriodSchema.optional().meta({ description: "When it was done, as reported." }),
        source: z.string().meta({ description: "Id of the response that reports it done." }),
        first_reported_in: z.string().optional(),
      })
      .optional(),
    moves: z.array(
      z.strictObject({ when: PeriodSchema, due: PeriodSchema, by: z.string(), source: z.string() }),
    ),
  })
  .meta({ id: "ExportedMeasure" });

const ExportedStatusSchema = z
  .strictObject({
    key: z.string().meta({ description: "<organisation>/<audit>/<recommendation>@<body>" }),
    organisation: z.string(),
    audit: z.string(),
    recommendation: z.string(),
    body: z.string().meta({ description: "The addressee." }),
    text: z.string(),
    body_state: z
      .enum(bodyStates)
      .meta({ description: "What the body's side says, deadlines applied." }),
    auditor_state: z
      .enum(auditorStates)
      .meta({ description: "What the auditors found in a later audit." }),
    reported_by: z.array(z.string()).meta({
      description: "Bodies other than the addressee whose documents the body state rests on.",
    }),
    stance: z.enum(stances).optional(),
    next_due: PeriodSchema.optional(),
    passed: z
      .array(
        z.strictObject({
          what: z.enum(["response", "measure"]),
          due: PeriodSchema,
          outcome: z.enum(deadlineOutcomes).meta({
            description:
              "late: a source says it was not kept; passed: no report since; unknown: reported done later, without saying when.",
          }),
          settled: PeriodSchema.optional(),
          measure: z.string().optional(),
        }),
      )
      .meta({ description: "Deadlines that have passed unmet or without report." }),
    measures: z.array(ExportedMeasureSchema),
    last_response: z.string().optional(),
    last_assessment: z.string().optional(),
    history: z
      .array(
        z.strictObject({
          day: z.iso.date().meta({ description: "The first day the states held." }),
          body: z.enum(bodyStates),
          auditor: z.enum(auditorStates),
        }),
      )
      .meta({ description: "Every change of either track up to the export day." }),
  })
  .meta({
    id: "ExportedStatus",
    description: "A recommendation's status for one addressee on the export day.",
  });

/** A source document's Markdown text, under a name that cannot clash with its front matter. */
const documentText = z.string().meta({
  description: "The document's Markdown text, without the comments left for its writers.",
});

export const CorpusExportSchema = z
  .strictObject({
    as_of: z.iso.date().meta({ description: "The day the statuses hold for." }),
    organisations: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        name_en: z.string().optional(),
        kind: z.enum(["municipality", "region"]),
        bodies: z.array(BodySchema),
      }),
    ),
    audits: z.array(AuditSchema.extend({ file: z.string(), markdown: documentText })),
    responses: z.array(
      ResponseSchema.extend({
        file: z.string(),
        markdown: documentText,
        sections: z.array(SectionSchema),
      }),
    ),
    statuses: z.array(ExportedStatusSchema),
  })
  .meta({
    id: "CorpusExport",
    title: "Spårbar open data",
    description:
      "Every organisation, audit, response and recommendation status of a Spårbar corpus.",
  });

export type CorpusExport = z.output<typeof CorpusExportSchema>;
export type ExportedStatus = z.output<typeof ExportedStatusSchema>;
