import { changesCsv, labelOf } from "@sparbar/core";
import {
  type ChangesRecord,
  changeGroupLabel,
  describeMissed,
  describeMoved,
  describeStateChange,
  periodIn,
  textIn,
} from "@sparbar/core/view";
import { type Command, forceHelp, stringOption } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";
import { saveOutput } from "../output/save.ts";
import { checkFilter, filterHelp, readFilter } from "./status.ts";

const formats = ["text", "csv"] as const;

export const changes: Command = {
  args: { sv: "--from DAG [--to DAG]", en: "--from DAY [--to DAY]" },
  options: {
    from: { type: "string" },
    to: { type: "string" },
    org: { type: "string" },
    body: { type: "string" },
    audit: { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" },
    force: { type: "boolean", default: false },
  },
  help: {
    from: {
      sv: "första dagen (ingår), t.ex. 2025-01-01, eller en period: 2025 är 2025-12-31",
      en: "the first day (included), e.g. 2025-01-01, or a period: 2025 is 2025-12-31",
    },
    to: {
      sv: "sista dagen (ingår; standard: i dag)",
      en: "the last day (included; default: today)",
    },
    org: filterHelp.org,
    body: filterHelp.body,
    audit: filterHelp.audit,
    format: {
      sv: "text (standard) eller csv (för svenska Excel); --json ger posterna",
      en: "text (default) or csv (for Swedish Excel); --json gives the records",
    },
    output: { sv: "skriv till denna fil", en: "write to this file" },
    force: forceHelp,
  },
  notes: {
    sv: "Lägena är de som källorna kända den sista dagen visar. En passerad tidpunkt är ingen försening om inte en källa säger det.\nExempel: sparbar changes --from 2025-01-01 --to 2025-12-31 --org malmo",
    en: "The states are those the sources known on the last day show. A passed date is not a delay unless a source says so.\nExample: sparbar changes --from 2025-01-01 --to 2025-12-31 --org malmo",
  },
  async run(ctx, values) {
    const fromText = stringOption(values, "from");
    if (!fromText) throw new UsageError(ctx.t.changesNeedFrom, "changes");
    const from = asOfDay(ctx, fromText, "--from", "start");
    const to = asOfDay(ctx, stringOption(values, "to"), "--to");
    if (from > to) throw new UsageError(ctx.t.fromAfterTo(from, to), "changes");
    const format = stringOption(values, "format") ?? "text";
    if (!(formats as readonly string[]).includes(format))
      throw new UsageError(ctx.t.badFormat(formats.join(", ")), "changes");
    const filter = readFilter(ctx, values);
    const view = await ctx.openView(to);
    checkFilter(ctx, view.corpus, filter);
    const record = view.changes(from, filter);
    const output = stringOption(values, "output");
    if (ctx.json) return save(ctx, output, `${JSON.stringify(record, null, 2)}\n`, values.force);
    if (format === "csv") return save(ctx, output, changesCsv(record, ctx.lang), values.force);
    if (output !== undefined) return save(ctx, output, changesText(ctx, record), values.force);
    ctx.term.print(changesText(ctx, record).trimEnd());
    return 0;
  },
};

function save(ctx: Context, output: string | undefined, content: string, force: unknown) {
  return saveOutput(ctx, output ?? "-", content, force === true);
}

/** The changes as lines to read, grouped by kind, each with its sources. */
function changesText(ctx: Context, r: ChangesRecord): string {
  const { t, lang } = ctx;
  const name = (n: { name: { sv: string; en?: string } }) => textIn(n.name, lang).text;
  const lines: string[] = [t.changesHeading(r.from, r.to), ""];
  const group = (kind: Parameters<typeof changeGroupLabel>[0], items: string[]) => {
    lines.push(`${changeGroupLabel(kind, lang)} (${items.length})`);
    lines.push(...(items.length > 0 ? items.map((i) => `  ${i}`) : [`  ${t.none}`]), "");
  };
  group(
    "document",
    r.documents.map(
      (d) =>
        `${periodIn(d.when, lang)}  ${d.id}${d.diaryNumber && d.diaryNumber !== d.id ? ` (${d.diaryNumber})` : ""}  ${labelOf(d.kind, lang)}, ${name(d.body)} – ${textIn(d.title, lang).text}`,
    ),
  );
  group(
    "state",
    r.states.map(
      (s) =>
        `${s.day}  ${s.audit.id} ${s.item}, ${name(s.body)}: ${describeStateChange(s, lang)}${s.sources.length > 0 ? ` (${s.sources.map((d) => d.id).join(", ")})` : ""}`,
    ),
  );
  group(
    "moved",
    r.moved.map(
      (m) =>
        `${periodIn(m.when, lang)}  ${m.audit.id} ${m.item}, ${name(m.body)}: ${describeMoved(m, lang)} (${m.source.id})`,
    ),
  );
  group(
    "missed",
    r.missed.map(
      (m) =>
        `${m.due.end}  ${m.audit.id} ${m.item}, ${name(m.body)}: ${describeMissed(m, lang)}${m.measure ? ` – ${m.measure.text}` : ""} (${m.source.id})`,
    ),
  );
  return `${lines.join("\n").trimEnd()}\n`;
}
