import {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  exportedStatus,
  isLate,
  isPassedWithoutReport,
  labelOf,
  queryRecommendations,
  type RecommendationFilter,
  type Stance,
  stances,
  stateLabel,
} from "@sparbar/core";
import { type RecommendationRow, textIn } from "@sparbar/core/view";
import { type Command, stringOption, type Values } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";
import { renderTable } from "../output/table.ts";

const allStates: readonly string[] = [...bodyStates, ...auditorStates];

/** A stance as a code, or as its Swedish or English words ("instämmer delvis"). */
function readStanceOption(value: string): Stance | "none" | undefined {
  const needle = value.trim().toLowerCase();
  if (needle === "none" || (stances as readonly string[]).includes(needle))
    return needle as Stance | "none";
  return stances.find(
    (s) => labelOf(s, "sv").toLowerCase() === needle || labelOf(s, "en").toLowerCase() === needle,
  );
}

/** Filters shared by `status` and `deadlines`. */
export function readFilter(ctx: Context, values: Values): RecommendationFilter {
  const filter: RecommendationFilter = {};
  const org = stringOption(values, "org");
  const body = stringOption(values, "body");
  const audit = stringOption(values, "audit");
  if (org) filter.organisation = org;
  if (body) filter.body = body;
  if (audit) filter.audit = audit;
  const states = stringOption(values, "status");
  if (states) {
    const list = states.split(",").map((s) => s.trim());
    for (const state of list) {
      if (!allStates.includes(state))
        throw new UsageError(ctx.t.badState(state, allStates.join(", ")));
    }
    filter.states = list as (BodyState | AuditorState)[];
  }
  const stance = stringOption(values, "stance");
  if (stance) {
    const read = readStanceOption(stance);
    if (!read) throw new UsageError(ctx.t.badStance(stance, [...stances, "none"].join(", ")));
    filter.stance = read;
  }
  if (values.open === true && values.closed === true) throw new UsageError(ctx.t.openAndClosed);
  if (values.open === true) filter.closed = false;
  if (values.closed === true) filter.closed = true;
  return filter;
}

export const filterOptions = {
  org: { type: "string" },
  body: { type: "string" },
  audit: { type: "string" },
  "as-of": { type: "string" },
} as const;

export const filterHelp = {
  org: { sv: "bara denna organisation (t.ex. malmo)", en: "only this organisation (e.g. malmo)" },
  body: { sv: "bara denna nämnd (t.ex. asn)", en: "only this body (e.g. asn)" },
  audit: {
    sv: "bara denna granskning (t.ex. SR-2023-81)",
    en: "only this audit (e.g. SR-2023-81)",
  },
  "as-of": {
    sv: "läget vid slutet av denna dag (standard: i dag), t.ex. 2024-06-30",
    en: "the state at the end of this day (default: today), e.g. 2024-06-30",
  },
};

export const status: Command = {
  args: { sv: "", en: "" },
  options: {
    ...filterOptions,
    status: { type: "string" },
    stance: { type: "string" },
    open: { type: "boolean", default: false },
    closed: { type: "boolean", default: false },
  },
  help: {
    ...filterHelp,
    status: {
      sv: `bara dessa lägen, kommaseparerade: ${allStates.join(", ")}`,
      en: `only these states, comma-separated: ${allStates.join(", ")}`,
    },
    stance: {
      sv: `bara detta ställningstagande: ${stances.join(", ")}, none (eller i ord: "instämmer delvis")`,
      en: `only this stance: ${stances.join(", ")}, none (or in words: "partly agrees")`,
    },
    open: {
      sv: "bara öppna: varken genomförda enligt revisorerna, inaktuella eller avböjda",
      en: "only open ones: neither implemented as the auditors found, no longer relevant, nor declined",
    },
    closed: {
      sv: "bara avslutade: genomförda enligt revisorerna, inaktuella eller avböjda av nämnden",
      en: "only closed ones: implemented as the auditors found, no longer relevant, or declined by the body",
    },
  },
  notes: {
    sv: "Exempel: sparbar status --org malmo --status measure-late,measure-passed --as-of 2025-06-30",
    en: "Example: sparbar status --org malmo --status measure-late,measure-passed --as-of 2025-06-30",
  },
  async run(ctx, values) {
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const filter = readFilter(ctx, values);
    const view = await ctx.openView(asOf);
    if (ctx.json) {
      const { corpus } = view;
      ctx.term.json({
        as_of: asOf,
        statuses: queryRecommendations(corpus, asOf, filter).map((r) =>
          exportedStatus(r.subject, r.status, corpus.history(r.subject, asOf)),
        ),
      });
      return 0;
    }
    const { t, term } = ctx;
    if (view.corpus.diagnostics.some((d) => d.severity === "error"))
      term.warn(term.style("yellow", t.corpusHasErrors));
    const rows = view.rows(filter);
    if (rows.length === 0) {
      term.print(t.noRows);
      return 0;
    }
    term.print(
      renderTable(
        [t.recommendation, t.body, t.stance, t.bodySays, t.auditorsFound, t.nextDue],
        rows.map((row) => statusCells(ctx, row)),
        term.width,
      ),
    );
    term.print();
    term.print(term.style("dim", `${t.rows(rows.length)}, ${t.asOf(asOf)}`));
    return 0;
  },
};

function statusCells(ctx: Context, row: RecommendationRow): string[] {
  const { lang, t } = ctx;
  const by =
    row.reportedBy.length > 0
      ? ` (${t.reportedBy(row.reportedBy.map((b) => textIn(b.name, lang).text).join(", "))})`
      : "";
  return [
    `${row.audit.id} ${row.item}`,
    textIn(row.body.name, lang).text,
    row.stance ? labelOf(row.stance, lang) : "–",
    colourState(ctx, row.bodyState, `${stateLabel(row.bodyState, lang)}${by}`),
    stateLabel(row.auditorState, lang),
    row.nextDue ? `${row.nextDue.end} (${row.nextDue.text})` : "–",
  ];
}

/** Red only for what a source says is late; a date passed without report is not a warning. */
export function colourState(ctx: Context, state: BodyState, label: string): string {
  if (isLate(state)) return ctx.term.style("red", label);
  if (isPassedWithoutReport(state)) return ctx.term.style("yellow", label);
  if (state === "reported-done") return ctx.term.style("green", label);
  return label;
}
