/*
 * Records put into words, in one language: the sentences the site's timeline and the CLI's
 * `show` print. One wording for both, so that a page and a terminal never say a thing two ways.
 */
import { labelOf, measureStateLabels, outcomeLabels, voiceLabels } from "../labels.ts";
import { formatPeriod, type Lang } from "../periods/format.ts";
import type { Period } from "../periods/period.ts";
import type { EventRecord, MeasureRecord, PassedDeadlineRecord } from "./records.ts";
import { type Named, textIn } from "./text.ts";

/** A period as the document wrote it; in English, the canonical English words. */
export function periodIn(period: Period, lang: Lang): string {
  return lang === "sv" ? period.text : formatPeriod(period, "en");
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
    notCounted: "räknas inte som den här nämndens egen rapport",
    assessed: "Bedömd",
    by: (name: string) => `Enligt ${name}`,
    reportedOn: (when: string) => `rapporterad ${when}`,
    response: "Svar",
    measure: (id: string) => `Åtgärd ${id}`,
    settled: (when: string) => `avgjort ${when}`,
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
    notCounted: "not counted as this body's own report",
    assessed: "Assessed",
    by: (name: string) => `According to ${name}`,
    reportedOn: (when: string) => `reported ${when}`,
    response: "Response",
    measure: (id: string) => `Measure ${id}`,
    settled: (when: string) => `settled ${when}`,
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
      return m.due && m.due.end >= e.when.end
        ? w.newDate(m.id, periodIn(m.due, lang))
        : w.stillOpen(m.id);
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
  return state;
}

/** A passed deadline in words: its date, and what the sources say of it. */
export function describePassed(p: PassedDeadlineRecord, lang: Lang): string {
  const w = words[lang];
  const what = p.what === "response" ? w.response : w.measure(p.measure ?? "").trimEnd();
  const settled = p.settled ? ` (${w.settled(periodIn(p.settled, lang))})` : "";
  return `${what}: ${periodIn(p.due, lang)} – ${outcomeLabels[p.outcome][lang]}${settled}`;
}
