import { deadlineCalendar, exportCorpus, type Lang, statusCsv } from "@sparbar/core";
import { siteView } from "./site.ts";

/** The open-data downloads, made by core from the same corpus as the pages. */
export const downloads = {
  async json(): Promise<string> {
    const view = await siteView();
    return `${JSON.stringify(exportCorpus(view.corpus, view.asOf))}\n`;
  },
  async csv(lang: Lang): Promise<string> {
    const view = await siteView();
    return statusCsv(view.corpus, view.asOf, lang);
  },
  async calendar(lang: Lang): Promise<string> {
    const view = await siteView();
    return deadlineCalendar(view.deadlines(), lang, new Date(`${view.asOf}T12:00:00Z`));
  },
};
