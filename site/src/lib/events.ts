import type { Lang } from "@sparbar/core";
import type { EventRecord } from "@sparbar/core/publish";
import { strings } from "../i18n/index.ts";
import { label, periodText, stateLabel } from "./format.ts";
import { paths } from "./paths.ts";

export interface EventLine {
  voice: string;
  text: string;
  href?: string;
  linkText?: string;
}

/** One event as a line of the timeline: who says so, what happened, and a link to the source. */
export function eventLine(e: EventRecord, organisation: string, lang: Lang): EventLine {
  const t = strings(lang);
  const voice =
    e.voice === "body"
      ? t.voices.body
      : e.voice === "auditors"
        ? t.voices.auditors
        : t.voices.issuer;
  const sourceHref =
    e.source.type === "audit"
      ? paths.audit(lang, organisation, e.source.id)
      : paths.response(lang, organisation, e.source.id);
  switch (e.type) {
    case "issued":
      return {
        voice,
        text: `${t.events.issued}${e.period ? ` (${periodText(e.period, lang)})` : ""}:`,
        href: sourceHref,
        linkText: e.source.id,
      };
    case "response-due":
      return {
        voice,
        text: e.period
          ? `${t.events.responseDue} ${periodText(e.period, lang)}`
          : t.events.responseAsked,
      };
    case "responded": {
      const parts = [e.kind ? label(e.kind, lang) : ""];
      if (e.stance) parts.push(label(e.stance, lang).toLowerCase());
      if (e.reported)
        parts.push(
          `${lang === "sv" ? "rapporterat" : "reported"}: ${label(e.reported, lang).toLowerCase()}`,
        );
      return {
        voice,
        text: `${parts.filter(Boolean).join(", ")}:`,
        href: sourceHref,
        linkText: e.source.id,
      };
    }
    case "assessed":
      return {
        voice,
        text: `${t.events.assessed}: ${e.result ? stateLabel(e.result, lang).toLowerCase() : ""} –`,
        href: sourceHref,
        linkText: e.source.id,
      };
    case "measure-due":
      return { voice, text: `${t.table.measure} ${e.measure ?? ""}` };
  }
}
