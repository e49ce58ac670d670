import {
  deadlineCalendarParts,
  exportParts,
  type Lang,
  statusCsv,
  statusCsvHeader,
  statusCsvRows,
} from "@sparbar/core";
import { otherLanguage } from "../i18n/index.ts";
import { explorerData } from "./explorer-data.ts";
import { organisationParts } from "./organisation-parts.ts";
import type { Scope } from "./paths.ts";
import { siteView } from "./site.ts";

// A JSON text never holds a raw NUL, so it can separate the lists of one organisation's part.
const LIST_BREAK = "\0";

/**
 * The open-data downloads, made by core from the same corpus as the pages. The files of the
 * whole corpus are each organisation's part in turn (see `organisationParts`).
 */
export const downloads = {
  async json(): Promise<string> {
    const view = await siteView();
    const lists = ["organisations", "audits", "responses", "statuses"] as const;
    const parts = organisationParts(view, "json", (organisation) => {
      const part = exportParts.of(view.corpus, view.asOf, organisation);
      return lists.map((list) => part[list]).join(LIST_BREAK);
    }).map((kept) => {
      const [organisations = "", audits = "", responses = "", statuses = ""] =
        kept.split(LIST_BREAK);
      return { organisations, audits, responses, statuses };
    });
    return `${exportParts.join(view.asOf, parts)}\n`;
  },
  /** Every recommendation's state, or one organisation's (the explorer's CSV is made of these). */
  async csv(lang: Lang, organisation?: string): Promise<string> {
    const view = await siteView();
    if (organisation) return statusCsv(view.corpus, view.asOf, lang, { organisation });
    const rows = organisationParts(view, `csv ${lang}`, (one) =>
      statusCsvRows(view.corpus, view.asOf, lang, { organisation: one }),
    );
    return statusCsvHeader(lang) + rows.join("");
  },
  /**
   * Deadlines as a calendar: every one, or an organisation's, a body's or an audit's. The whole
   * corpus's lists each organisation's events in turn, by date within each.
   */
  async calendar(lang: Lang, scope: Scope = {}): Promise<string> {
    const view = await siteView();
    const stamp = new Date(`${view.asOf}T12:00:00Z`);
    const events = scope.organisation
      ? [deadlineCalendarParts.events(view.deadlines(scope), lang, stamp)]
      : organisationParts(view, `calendar ${lang}`, (organisation) =>
          deadlineCalendarParts.events(view.deadlines({ organisation }), lang, stamp),
        );
    return deadlineCalendarParts.head(lang) + events.join("") + deadlineCalendarParts.foot;
  },
  async explorer(lang: Lang): Promise<string> {
    const view = await siteView();
    return JSON.stringify(explorerData(view, lang, otherLanguage[lang]));
  },
};
