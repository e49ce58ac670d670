import { deadlineCalendar, exportCorpus, type Lang, statusCsv } from "@sparbar/core";
import { otherLanguage } from "../i18n/index.ts";
import { explorerData } from "./explorer-data.ts";
import type { Scope } from "./paths.ts";
import { siteView } from "./site.ts";

/** The open-data downloads, made by core from the same corpus as the pages. */
export const downloads = {
  async json(): Promise<string> {
    const view = await siteView();
    return `${JSON.stringify(exportCorpus(view.corpus, view.asOf))}\n`;
  },
  /** Every recommendation's state, or one organisation's (the explorer's CSV is made of these). */
  async csv(lang: Lang, organisation?: string): Promise<string> {
    const view = await siteView();
    return statusCsv(view.corpus, view.asOf, lang, organisation ? { organisation } : {});
  },
  /** Deadlines as a calendar: every one, or an organisation's, a body's or an audit's. */
  async calendar(lang: Lang, scope: Scope = {}): Promise<string> {
    const view = await siteView();
    return deadlineCalendar(view.deadlines(scope), lang, new Date(`${view.asOf}T12:00:00Z`));
  },
  async explorer(lang: Lang): Promise<string> {
    const view = await siteView();
    return JSON.stringify(explorerData(view, lang, otherLanguage[lang]));
  },
};
