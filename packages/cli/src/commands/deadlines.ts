import { deadlineCalendar, deadlines, labelOf } from "@sparbar/core";
import { type Command, stringOption } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";
import { saveOutput } from "../output/save.ts";
import { renderTable } from "../output/table.ts";
import { filterHelp, filterOptions, readFilter } from "./status.ts";

/** `30d`, `6w`, `3m`, `1y` or a number of days. */
function parseWithin(ctx: Context, value: string): number {
  const match = /^(\d{1,5})\s*([dwmy]?)$/i.exec(value.trim());
  if (!match) throw new UsageError(ctx.t.badWithin(value));
  const n = Number(match[1]);
  const unit = (match[2] ?? "d").toLowerCase();
  return unit === "w" ? n * 7 : unit === "m" ? n * 30 : unit === "y" ? n * 365 : n;
}

export const deadlinesCommand: Command = {
  args: { sv: "", en: "" },
  options: {
    ...filterOptions,
    within: { type: "string" },
    overdue: { type: "boolean", default: false },
    ics: { type: "string" },
    force: { type: "boolean", default: false },
  },
  help: {
    ...filterHelp,
    within: {
      sv: "kommande tidpunkter inom så lång tid, t.ex. 30d, 6w, 3m (standard: alla)",
      en: "upcoming deadlines within this time, e.g. 30d, 6w, 3m (default: all)",
    },
    overdue: { sv: "bara försenade tidpunkter", en: "only overdue deadlines" },
    ics: {
      sv: "skriv en iCalendar-fil (- för standard ut) som Outlook kan prenumerera på",
      en: "write an iCalendar file (- for stdout) that Outlook can subscribe to",
    },
    force: { sv: "ersätt en befintlig fil", en: "replace an existing file" },
  },
  notes: {
    sv: "Exempel: sparbar deadlines --body asn --within 30d · sparbar deadlines --ics tidpunkter.ics",
    en: "Examples: sparbar deadlines --body asn --within 30d · sparbar deadlines --ics deadlines.ics",
  },
  async run(ctx, values) {
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const within = stringOption(values, "within");
    const filter = {
      ...readFilter(values),
      ...(within ? { withinDays: parseWithin(ctx, within) } : {}),
      overdueOnly: values.overdue === true,
    };
    const corpus = await ctx.openCorpus();
    const rows = deadlines(corpus, asOf, filter);
    const ics = stringOption(values, "ics");
    if (ics !== undefined) {
      return saveOutput(
        ctx,
        ics,
        deadlineCalendar(corpus, rows, ctx.lang, ctx.io.now),
        values.force === true,
      );
    }
    if (ctx.json) {
      ctx.term.json({
        as_of: asOf,
        deadlines: rows.map((r) => ({
          what: r.what,
          due: r.period,
          overdue: r.overdue,
          days_left: r.daysLeft,
          measure: r.measureId,
          text: r.text ?? r.subject.recommendation.text,
          recommendation: r.subject.key,
        })),
      });
      return 0;
    }
    printDeadlines(ctx, rows, asOf, (org, body) => corpus.index.body(org, body)?.name ?? body);
    return 0;
  },
};

function printDeadlines(
  ctx: Context,
  rows: ReturnType<typeof deadlines>,
  asOf: string,
  bodyName: (organisation: string, body: string) => string,
): void {
  const { term, t, lang } = ctx;
  if (rows.length === 0) {
    term.print(t.noRows);
    return;
  }
  const table = rows.map((r) => {
    const when = `${r.period.end} (${r.period.text})`;
    const left = r.overdue
      ? term.style("red", `${t.overdue}, ${t.daysLeft(r.daysLeft)}`)
      : t.daysLeft(r.daysLeft);
    return [
      when,
      left,
      `${r.subject.audit.data.id} ${r.subject.recommendation.id}`,
      bodyName(r.subject.organisation, r.subject.body),
      `${r.what === "response" ? labelOf("response", lang) : t.measure}: ${r.text ?? r.subject.recommendation.text}`,
    ];
  });
  term.print(renderTable([t.due, "", t.recommendation, t.body, t.what], table, term.width));
  term.print();
  term.print(term.style("dim", `${t.rows(rows.length)}, ${t.asOf(asOf)}`));
}
