import { z } from "zod";
import { AuditSchema } from "./audit.ts";
import { BodySchema } from "./organisation.ts";
import { PeriodSchema } from "./period-field.ts";
import { ResponseSchema } from "./response.ts";
import { SectionSchema, stances } from "./section.ts";

const bodyStates = [
  "awaiting-response",
  "response-overdue",
  "answered",
  "measures-planned",
  "in-progress",
  "measure-overdue",
  "reported-done",
  "declined",
] as const;
const auditorStates = [
  "not-assessed",
  "implemented",
  "partly-implemented",
  "not-implemented",
  "no-longer-relevant",
] as const;

const ExportedMeasureSchema = z
  .strictObject({
    id: z.string(),
    text: z.string(),
    due: PeriodSchema.optional(),
    state: z.enum(["planned", "done", "overdue", "moved"]),
    given: z.iso.date().meta({ description: "The day the response promising it was given." }),
    done_day: z.iso.date().optional(),
    moved_to: z.string().optional(),
    source: z.string().meta({ description: "Id of the response that promised it." }),
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
      .meta({ description: "What the body's own responses say, deadlines applied." }),
    auditor_state: z
      .enum(auditorStates)
      .meta({ description: "What the auditors found in a later audit." }),
    stance: z.enum(stances).optional(),
    next_due: PeriodSchema.optional(),
    missed: z.array(
      z.strictObject({
        what: z.enum(["response", "measure"]),
        due: PeriodSchema,
        met_on: z.iso.date().optional(),
        measure: z.string().optional(),
      }),
    ),
    measures: z.array(ExportedMeasureSchema),
    last_response: z.string().optional(),
    last_assessment: z.string().optional(),
  })
  .meta({
    id: "ExportedStatus",
    description: "A recommendation's status for one addressee on the export day.",
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
    audits: z.array(AuditSchema.extend({ file: z.string(), body: z.string() })),
    responses: z.array(
      ResponseSchema.extend({
        file: z.string(),
        body: z.string(),
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
