import {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  type Lang,
  labelOf,
  stances,
  stateLabel,
} from "@sparbar/core";
import { type CorpusView, periodIn, type Text, textIn } from "@sparbar/core/view";

/**
 * The explorer's data for one language, as compact as plain JSON allows: names once in tables,
 * rows as columns of indexes. A national corpus has some 56,000 rows. The facets are core's own
 * (`CorpusView.explorer()`), which the explorer's script filters with core's `matchesFilter`.
 */
export interface ExplorerData {
  asOf: string;
  lang: Lang;
  /** Which names are not in the page's language: their language, for `lang` attributes. */
  other: Lang;
  /** [id, name, 1 when the name is in the other language]. */
  organisations: [string, string, 0 | 1][];
  /** [organisation index, id, name, 1 when in the other language]. */
  bodies: [number, string, string, 0 | 1][];
  /** [organisation index, id, title, 1 when in the other language]. */
  audits: [number, string, string, 0 | 1][];
  years: number[];
  states: { code: BodyState | AuditorState; label: string; track: "body" | "auditor" }[];
  stances: { code: string; label: string }[];
  rows: {
    /** Indexes into organisations, bodies, audits, states and stances (-1: none stated). */
    organisation: number[];
    body: number[];
    audit: number[];
    item: string[];
    /** The recommendation's first words; in Swedish, the language of the sources. */
    title: string[];
    titleOther: (0 | 1)[];
    year: number[];
    bodyState: number[];
    auditorState: number[];
    stance: number[];
    closed: (0 | 1)[];
    overdue: (0 | 1)[];
    /** The next deadline's last day and its words, or "" when there is none. */
    nextDue: string[];
    nextDueText: string[];
  };
}

function named(text: Text, lang: Lang): [string, 0 | 1] {
  const found = textIn(text, lang);
  return [found.text, found.lang === lang ? 0 : 1];
}

export function explorerData(view: CorpusView, lang: Lang, other: Lang): ExplorerData {
  const record = view.explorer();
  const orgIndex = new Map(record.organisations.map((o, i) => [o.id, i]));
  const bodyIndex = new Map(record.bodies.map((b, i) => [`${b.organisation}\n${b.body.id}`, i]));
  const auditIndex = new Map(record.audits.map((a, i) => [`${a.organisation}\n${a.audit.id}`, i]));
  const states = [
    ...bodyStates.map((code) => ({ code, label: stateLabel(code, lang), track: "body" as const })),
    ...auditorStates.map((code) => ({
      code,
      label: stateLabel(code, lang),
      track: "auditor" as const,
    })),
  ];
  const stateIndex = new Map<string, number>(states.map((s, i) => [s.code, i]));
  const stanceCodes = [...stances];
  const stanceIndex = new Map<string, number>(stanceCodes.map((s, i) => [s, i]));
  const rows: ExplorerData["rows"] = {
    organisation: [],
    body: [],
    audit: [],
    item: [],
    title: [],
    titleOther: [],
    year: [],
    bodyState: [],
    auditorState: [],
    stance: [],
    closed: [],
    overdue: [],
    nextDue: [],
    nextDueText: [],
  };
  for (const row of record.rows) {
    const f = row.facets;
    const [title, titleOther] = named(row.title, lang);
    rows.organisation.push(orgIndex.get(row.organisation) ?? -1);
    rows.body.push(bodyIndex.get(`${row.organisation}\n${row.body}`) ?? -1);
    rows.audit.push(auditIndex.get(`${row.organisation}\n${row.audit}`) ?? -1);
    rows.item.push(row.item);
    rows.title.push(title);
    rows.titleOther.push(titleOther);
    rows.year.push(f.year);
    rows.bodyState.push(stateIndex.get(f.bodyState) ?? -1);
    rows.auditorState.push(stateIndex.get(f.auditorState) ?? -1);
    rows.stance.push(f.stance === "none" ? -1 : (stanceIndex.get(f.stance) ?? -1));
    rows.closed.push(f.closed ? 1 : 0);
    rows.overdue.push(f.overdue ? 1 : 0);
    rows.nextDue.push(f.nextDue ?? "");
    rows.nextDueText.push(row.nextDue ? periodIn(row.nextDue, lang) : "");
  }
  return {
    asOf: record.asOf,
    lang,
    other,
    organisations: record.organisations.map((o) => [o.id, ...named(o.name, lang)]),
    bodies: record.bodies.map((b) => [
      orgIndex.get(b.organisation) ?? -1,
      b.body.id,
      ...named(b.body.name, lang),
    ]),
    audits: record.audits.map((a) => [
      orgIndex.get(a.organisation) ?? -1,
      a.audit.id,
      ...named(a.audit.title, lang),
    ]),
    years: record.years,
    states,
    stances: stanceCodes.map((code) => ({ code, label: labelOf(code, lang) })),
    rows,
  };
}
