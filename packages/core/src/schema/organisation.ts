import { z } from "zod";
import { BodyId, OrganisationId } from "./ids.ts";

const bodyKinds = [
  "council",
  "board",
  "committee",
  "working-committee",
  "auditors",
  "administration",
  "company",
] as const;

export const BodySchema = z
  .strictObject({
    id: BodyId,
    name: z
      .string()
      .trim()
      .min(1)
      .meta({ description: "Swedish name, e.g. Arbetsmarknads- och socialnämnden." }),
    name_en: z.string().trim().min(1).optional().meta({ description: "English name." }),
    kind: z.enum(bodyKinds).meta({
      description:
        "council (fullmäktige), board (styrelse), committee (nämnd), working-committee (utskott), auditors (revision), administration (förvaltning), company (bolag).",
    }),
    parent: BodyId.optional().meta({
      description: "The body this one belongs to, e.g. a committee's administration.",
    }),
  })
  .meta({ id: "Body", description: "A committee, board, council, auditors or administration." });

export const OrganisationSchema = z
  .strictObject({
    id: OrganisationId,
    name: z.string().trim().min(1).meta({ description: "Swedish name, e.g. Malmö stad." }),
    name_en: z.string().trim().min(1).optional(),
    kind: z
      .enum(["municipality", "region"])
      .meta({ description: "municipality (kommun) or region." }),
    bodies: z.array(BodySchema).min(1),
  })
  .meta({
    id: "Organisation",
    title: "Spårbar organisation",
    description:
      "A municipality or region and its bodies: audits/<organisation>/organisation.yaml.",
  });

export type Organisation = z.output<typeof OrganisationSchema>;
export type Body = z.output<typeof BodySchema>;
