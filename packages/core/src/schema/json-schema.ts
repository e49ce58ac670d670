import { z } from "zod";
import { AuditSchema } from "./audit.ts";
import { CorpusExportSchema } from "./export.ts";
import { OrganisationSchema } from "./organisation.ts";
import { ResponseSchema } from "./response.ts";

/**
 * JSON Schemas of the source formats, written from the zod schemas (the single source of
 * truth), so that editors can complete and check front matter. Input form: what people write.
 */
function sourceJsonSchemas(): Record<string, unknown> {
  const options = { io: "input", target: "draft-2020-12", unrepresentable: "any" } as const;
  return {
    "organisation.schema.json": z.toJSONSchema(OrganisationSchema, options),
    "audit.schema.json": z.toJSONSchema(AuditSchema, options),
    "response.schema.json": z.toJSONSchema(ResponseSchema, options),
  };
}

export function serialiseJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The schema of `sparbar export --format json` and the site's open data: output form. */
function exportJsonSchema(): unknown {
  return z.toJSONSchema(CorpusExportSchema, {
    io: "output",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
}

/** Every published schema by file name: the source formats and the export. */
export function jsonSchemas(): Record<string, unknown> {
  return { ...sourceJsonSchemas(), "export.schema.json": exportJsonSchema() };
}
