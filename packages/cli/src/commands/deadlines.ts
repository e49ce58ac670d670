import { deadlineCalendar, labelOf } from "@sparbar/core";
import { type DeadlineRecord, textIn } from "@sparbar/core/view";
import { type Command, forceHelp, stringOption } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";
import { saveOutput } from "../output/save.ts";
import { renderTable } from "../output/table.ts";
import { checkFilter, filterHelp, filterOptions, readFilter } from "./status.ts";

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
    overdue: {
      sv: "bara passerade tidpunkter: försenade enligt en källa, eller utan rapport sedan dess",
      en: "only passed deadlines: late as a source says, or with no report since",
    },
    ics: {
      sv: "skriv en iCalendar-fil (- för standard ut) som Outlook kan prenumerera på",
      en: "write an iCalendar file (- for stdout) that Outlook can subscribe to",
    },
    force: forceHelp,
  },
  notes: {
    sv: "Exempel: sparbar deadlines --body asn --within 30d · sparbar deadlines --ics tidpunkter.ics",
    en: "Examples: sparbar deadlines --body asn --within 30d · sparbar deadlines --ics deadlines.ics",
  },
  async run(ctx, values) {
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const within = stringOption(values, "within");
    const filter = {
      ...readFilter(ctx, values),
      ...(within ? { withinDays: parseWithin(ctx, within) } : {}),
      passedOnly: values.overdue === true,
    };
    const view = await ctx.openView(asOf);
    checkFilter(ctx, view.corpus, filter);
    const rows = view.deadlines(filter);
    const ics = stringOption(values, "ics");
    if (ics !== undefined) {
      return saveOutput(
        ctx,
        ics,
        deadlineCalendar(rows, ctx.lang, ctx.io.now),
        values.force === true,
      );
    }
    if (ctx.json) {
      ctx.term.json({
        as_of: asOf,
        deadlines: rows.map((r) => ({
          what: r.what,
          due: r.due,
          state: r.state,
          days_left: r.daysLeft,
          measure: r.measure?.id,
          text: r.measure?.text ?? r.text,
          recommendation: r.subject,
        })),
      });
      return 0;
    }
    printDeadlines(ctx, rows, asOf);
    return 0;
  },
};

function printDeadlines(ctx: Context, rows: readonly DeadlineRecord[], asOf: string): void {
  const { term, t, lang } = ctx;
  if (rows.length === 0) {
    term.print(t.noRows);
    return;
  }
  const table = rows.map((r) => {
    const when = `${r.due.end} (${r.due.text})`;
    const left =
      r.state === "late"
        ? term.style("red", `${t.late}, ${t.daysLeft(r.daysLeft)}`)
        : r.state === "passed"
          ? term.style("yellow", `${t.passedNoReport}, ${t.daysLeft(r.daysLeft)}`)
          : t.daysLeft(r.daysLeft);
    return [
      when,
      left,
      `${r.audit.id} ${r.item}`,
      textIn(r.body.name, lang).text,
      `${r.what === "response" ? labelOf("response", lang) : t.measure}: ${r.measure?.text ?? r.text}`,
    ];
  });
  term.print(renderTable([t.due, "", t.recommendation, t.body, t.what], table, term.width));
  term.print();
  term.print(term.style("dim", `${t.rows(rows.length)}, ${t.asOf(asOf)}`));
}
