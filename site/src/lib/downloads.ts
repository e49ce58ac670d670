import { deadlineCalendar, exportCorpus, type Lang, statusCsv } from "@sparbar/core";
import { siteModel } from "./site.ts";

/** The open-data downloads, made by core from the same corpus as the pages. */
export const downloads = {
  async json(): Promise<string> {
    const model = await siteModel();
    return `${JSON.stringify(exportCorpus(model.corpus, model.asOf))}\n`;
  },
  async csv(lang: Lang): Promise<string> {
    const model = await siteModel();
    return statusCsv(model.corpus, model.asOf, lang);
  },
  async calendar(lang: Lang): Promise<string> {
    const model = await siteModel();
    return deadlineCalendar(
      model.corpus,
      model.deadlineRows(),
      lang,
      new Date(`${model.asOf}T12:00:00Z`),
    );
  },
};
