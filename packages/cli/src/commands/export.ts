import {
  type ExportFilter,
  exportCorpus,
  findById,
  measuresCsv,
  nearest,
  statusCsv,
} from "@sparbar/core";
import { type Command, forceHelp, stringOption } from "../command.ts";
import { asOfDay, UsageError } from "../context.ts";
import { saveOutput } from "../output/save.ts";
import { checkFilter } from "./status.ts";

const formats = ["json", "csv", "docx"] as const;

export const exportCommand: Command = {
  args: { sv: "--format json|csv|docx [SVAR-ID]", en: "--format json|csv|docx [RESPONSE-ID]" },
  options: {
    format: { type: "string" },
    measures: { type: "boolean", default: false },
    output: { type: "string", short: "o" },
    org: { type: "string" },
    body: { type: "string" },
    audit: { type: "string" },
    force: { type: "boolean", default: false },
    "as-of": { type: "string" },
  },
  help: {
    format: {
      sv: "json (följer export.schema.json), csv (för svenska Excel) eller docx (ett svar)",
      en: "json (follows export.schema.json), csv (for Swedish Excel) or docx (one response)",
    },
    measures: {
      sv: "csv: en rad per utlovad åtgärd i stället för en per rekommendation",
      en: "csv: one row per promised measure instead of one per recommendation",
    },
    output: {
      sv: "skriv till denna fil (standard: standard ut; för docx <id>.docx)",
      en: "write to this file (default: stdout; for docx <id>.docx)",
    },
    org: {
      sv: "bara denna organisation; för docx: organisationen, om svarets id finns i flera",
      en: "only this organisation; for docx: the organisation, when the response id exists in several",
    },
    body: {
      sv: "bara rekommendationerna till denna nämnd, och dess svar",
      en: "only the recommendations to this body, and its responses",
    },
    audit: {
      sv: "bara denna granskning, och svaren på den",
      en: "only this audit, and the responses to it",
    },
    force: forceHelp,
    "as-of": {
      sv: "lägena vid slutet av denna dag (standard: i dag)",
      en: "the states at the end of this day (default: today)",
    },
  },
  notes: {
    sv: "Exempel: sparbar export --format csv --audit SR-2023-81 -o rekommendationer.csv · sparbar export --format csv --measures --body asn · sparbar export --format docx ASN-2024-2039",
    en: "Examples: sparbar export --format csv --audit SR-2023-81 -o recommendations.csv · sparbar export --format csv --measures --body asn · sparbar export --format docx ASN-2024-2039",
  },
  async run(ctx, values, positionals) {
    const format = stringOption(values, "format");
    if (!format || !(formats as readonly string[]).includes(format)) {
      throw new UsageError(ctx.t.badFormat(formats.join(", ")), "export");
    }
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const force = values.force === true;
    const corpus = await ctx.openCorpus();
    if (corpus.diagnostics.some((d) => d.severity === "error"))
      ctx.term.warn(ctx.t.corpusHasErrors);
    const org = stringOption(values, "org");
    if (format === "docx") {
      const id = positionals[0];
      if (!id) throw new UsageError(ctx.t.exportNeedsId, "export");
      if (org) checkFilter(ctx, corpus, { organisation: org });
      const found = findById(corpus, id, org).flatMap((f) =>
        f.kind === "response" ? [f.response] : [],
      );
      const [response] = found;
      if (!response || found.length > 1) {
        const ids = [...corpus.index.responses.values()].map((r) => r.data.id);
        ctx.term.warn(
          response
            ? ctx.t.ambiguous(id, found.map((r) => r.data.organisation).join(", "))
            : ctx.t.notFound(id, nearest(id, ids)),
        );
        return 1;
      }
      // Word's writer is loaded only for a Word document.
      const { responseDocx } = await import("../docx/response-document.ts");
      const bytes = await responseDocx(corpus, response);
      return saveOutput(
        ctx,
        stringOption(values, "output") ?? `${response.data.id}.docx`,
        bytes,
        force,
      );
    }
    if (positionals.length > 0) throw new UsageError(ctx.t.exportTakesNoId(format), "export");
    const filter: ExportFilter = {};
    const body = stringOption(values, "body");
    const audit = stringOption(values, "audit");
    if (org) filter.organisation = org;
    if (body) filter.body = body;
    if (audit) filter.audit = audit;
    checkFilter(ctx, corpus, filter);
    if (values.measures === true && format !== "csv")
      throw new UsageError(ctx.t.measuresNeedCsv, "export");
    const content =
      format === "json"
        ? `${JSON.stringify(exportCorpus(corpus, asOf, filter), null, 2)}\n`
        : values.measures === true
          ? measuresCsv(corpus, asOf, ctx.lang, filter)
          : statusCsv(corpus, asOf, ctx.lang, filter);
    return saveOutput(ctx, stringOption(values, "output") ?? "-", content, force);
  },
};
