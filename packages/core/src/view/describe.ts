/*
 * Records put into words, in one language: the sentences the site's timeline and the CLI's
 * `show` print. One wording for both, so that a page and a terminal never say a thing two ways.
 */
import {
  labelOf,
  measureStateLabels,
  outcomeLabels,
  stateLabel as stateLabelOf,
  voiceLabels,
} from "../labels.ts";
import { formatDay, formatPeriod, type Lang } from "../periods/format.ts";
import type { Period } from "../periods/period.ts";
import type { MissedDeadlineRecord, MovedDeadlineRecord, StateChangeRecord } from "./changes.ts";
import type { EventRecord, MeasureRecord, PassedDeadlineRecord } from "./records.ts";
import { type Named, textIn } from "./text.ts";

const periodWords: Record<Lang, (period: Period) => string> = {
  sv: (period) => period.text,
  en: (period) => formatPeriod(period, "en"),
};

/** A period as the document wrote it; in English, the canonical English words. */
export function periodIn(period: Period, lang: Lang): string {
  return periodWords[lang](period);
}

const words = {
  sv: {
    issued: "Utfärdad",
    asked: (due?: string) =>
      due ? `Svar begärt senast ${due}` : "Svar begärt, utan angiven tidpunkt",
    unavailable: "svarets innehåll finns inte i Spårbar",
    reported: "rapporterat",
    doneReported: (id: string) => `Åtgärd ${id} rapporterad som genomförd`,
    doneWhen: (when: string) => `genomförd ${when}`,
    firstReported: (id: string) => `först rapporterad i ${id}`,
    newDate: (id: string, due: string) => `Åtgärd ${id} fick en ny tidpunkt: ${due}`,
    stillOpen: (id: string) => `Åtgärd ${id} rapporterad som inte genomförd`,
    dropped: (id: string) => `Åtgärd ${id} utgår`,
    notCounted: "räknas inte som den här nämndens egen rapport",
    assessed: "Bedömd",
    by: (name: string) => `Enligt ${name}`,
    reportedOn: (when: string) => `rapporterad ${when}`,
    response: "Svar",
    measure: (id: string) => `Åtgärd ${id}`,
    settled: (when: string) => `avgjort ${when}`,
    because: (reason: string) => `skäl: ${reason}`,
    noResponse: (months: number, since: string) =>
      `Inget svar i Spårbar ${months} månader efter utfärdandet (sedan ${since})`,
    issuedAs: "ny",
    moved: (id: string, from: string, to: string) => `Åtgärd ${id}: ${from} → ${to}`,
    changeKinds: {
      document: "Nytt dokument",
      state: "Lägesändring",
      moved: "Ny tidpunkt",
      missed: "Passerad tidpunkt",
    },
    changeGroups: {
      document: "Nya dokument",
      state: "Lägesändringar",
      moved: "Nya tidpunkter",
      missed: "Passerade tidpunkter",
    },
    deadlinePassed: (due: string) => `tidpunkten ${due} passerade`,
  },
  en: {
    issued: "Issued",
    asked: (due?: string) =>
      due ? `Response asked for by ${due}` : "Response asked for, no date given",
    unavailable: "the response's content is not in Spårbar",
    reported: "reported",
    doneReported: (id: string) => `Measure ${id} reported done`,
    doneWhen: (when: string) => `done ${when}`,
    firstReported: (id: string) => `first reported in ${id}`,
    newDate: (id: string, due: string) => `Measure ${id} given a new date: ${due}`,
    stillOpen: (id: string) => `Measure ${id} reported not done`,
    dropped: (id: string) => `Measure ${id} dropped`,
    notCounted: "not counted as this body's own report",
    assessed: "Assessed",
    by: (name: string) => `According to ${name}`,
    reportedOn: (when: string) => `reported ${when}`,
    response: "Response",
    measure: (id: string) => `Measure ${id}`,
    settled: (when: string) => `settled ${when}`,
    because: (reason: string) => `reason: ${reason}`,
    noResponse: (months: number, since: string) =>
      `No response on record ${months} months after the issue (since ${since})`,
    issuedAs: "new",
    moved: (id: string, from: string, to: string) => `Measure ${id}: ${from} → ${to}`,
    changeKinds: {
      document: "New document",
      state: "State change",
      moved: "New date",
      missed: "Deadline passed",
    },
    changeGroups: {
      document: "New documents",
      state: "State changes",
      moved: "New dates",
      missed: "Deadlines passed",
    },
    deadlinePassed: (due: string) => `the date ${due} passed`,
  },
} as const;

/** Who says so: the voice, naming the body when a body speaks. */
export function voiceOf(e: EventRecord, lang: Lang): string {
  if ((e.voice === "body" || e.voice === "another-body") && e.speaker)
    return words[lang].by(nameIn(e.speaker, lang));
  return voiceLabels[e.voice][lang];
}

function nameIn(named: Named, lang: Lang): string {
  return textIn(named.name, lang).text;
}

/** What an event says, in one sentence without its source (which views link). */
export function describeEvent(e: EventRecord, lang: Lang): string {
  const w = words[lang];
  switch (e.type) {
    case "issued":
      return w.issued;
    case "response-due":
      return w.asked(e.due ? periodIn(e.due, lang) : undefined);
    case "responded":
    case "noted": {
      const parts = [e.kind ? labelOf(e.kind, lang) : ""];
      if (e.stance) parts.push(labelOf(e.stance, lang).toLowerCase());
      if (e.reported) parts.push(`${w.reported}: ${labelOf(e.reported.state, lang).toLowerCase()}`);
      if (e.content && e.content !== "full") parts.push(w.unavailable);
      if (e.type === "noted") parts.push(w.notCounted);
      return parts.filter(Boolean).join(", ");
    }
    case "measure-reported": {
      const m = e.measure;
      if (!m) return "";
      if (m.done) {
        const parts = [w.doneReported(m.id)];
        if (m.doneWhen) parts.push(w.doneWhen(periodIn(m.doneWhen, lang)));
        if (e.firstReportedIn) parts.push(w.firstReported(e.firstReportedIn.id));
        return parts.join(", ");
      }
      if (m.dropped !== undefined)
        return [w.dropped(m.id), ...(m.dropped ? [w.because(m.dropped)] : [])].join(", ");
      if (m.due && m.due.end >= e.when.end) {
        const moved = w.newDate(m.id, periodIn(m.due, lang));
        return m.reason ? `${moved}, ${w.because(m.reason)}` : moved;
      }
      return w.stillOpen(m.id);
    }
    case "assessed":
      return `${w.assessed}: ${e.result ? labelOf(e.result, lang).toLowerCase() : ""}`;
  }
}

/** A measure's state in words, with what settles it: when it was reported done, its new date. */
export function describeMeasure(m: MeasureRecord, lang: Lang): string {
  const w = words[lang];
  const state = measureStateLabels[m.state][lang];
  if (m.done) {
    const parts: string[] = [state];
    if (m.done.doneWhen) parts.push(w.doneWhen(periodIn(m.done.doneWhen, lang)));
    parts.push(w.reportedOn(periodIn(m.done.reported, lang)));
    return parts.join(", ");
  }
  if (m.dropped)
    return [state, w.reportedOn(periodIn(m.dropped.when, lang)), w.because(m.dropped.reason)].join(
      ", ",
    );
  return state;
}

/** The flag for a recommendation with no response long after its issue; never called late. */
export function describeNoResponse(flag: { since: string; months: number }, lang: Lang): string {
  return words[lang].noResponse(flag.months, formatDay(flag.since, lang));
}

/** A passed deadline in words: its date, and what the sources say of it. */
export function describePassed(p: PassedDeadlineRecord, lang: Lang): string {
  const w = words[lang];
  const what = p.what === "response" ? w.response : w.measure(p.measure ?? "").trimEnd();
  const settled = p.settled ? ` (${w.settled(periodIn(p.settled, lang))})` : "";
  return `${what}: ${periodIn(p.due, lang)} – ${outcomeLabels[p.outcome][lang]}${settled}`;
}

type ChangeKind = "document" | "state" | "moved" | "missed";

/** The kinds of change `changes` lists, in words: one of them. */
export function changeKindLabel(kind: ChangeKind, lang: Lang): string {
  return words[lang].changeKinds[kind];
}

/** The kinds of change `changes` lists, in words: the heading over all of one kind. */
export function changeGroupLabel(kind: ChangeKind, lang: Lang): string {
  return words[lang].changeGroups[kind];
}

/** A state change in words: who says so, the state before and after, and, when a date's
 * passing made it, which date. */
export function describeStateChange(r: StateChangeRecord, lang: Lang): string {
  const w = words[lang];
  const voice = voiceLabels[r.track === "body" ? "body" : "auditors"][lang];
  const before = r.before ? stateLabelOf(r.before, lang) : w.issuedAs;
  const cause = r.deadlines.map((d) => w.deadlinePassed(periodIn(d, lang)));
  return [`${voice}: ${before} → ${stateLabelOf(r.after, lang)}`, ...cause].join("; ");
}

/** A measure given a new date, in words, with the reason the document gives. */
export function describeMoved(r: MovedDeadlineRecord, lang: Lang): string {
  const w = words[lang];
  const moved = w.moved(r.measure.id, periodIn(r.from, lang), periodIn(r.to, lang));
  return r.reason ? `${moved}, ${w.because(r.reason)}` : moved;
}

/** A deadline that passed in the period, in words: what, when, and what the sources say. */
export function describeMissed(r: MissedDeadlineRecord, lang: Lang): string {
  return describePassed(
    {
      what: r.what,
      due: r.due,
      outcome: r.outcome,
      ...(r.settled ? { settled: r.settled } : {}),
      ...(r.measure ? { measure: r.measure.id } : {}),
    },
    lang,
  );
}
