import type { Lang } from "@sparbar/core";
import type { SiteModel } from "@sparbar/core/publish";

/** Display names of bodies and organisations, in the page's language where one is given. */
export function namer(model: SiteModel, lang: Lang) {
  const { index } = model.corpus;
  return {
    body(organisation: string, id: string): string {
      const body = index.body(organisation, id);
      return (lang === "en" ? body?.name_en : undefined) ?? body?.name ?? id;
    },
    organisation(id: string): string {
      const org = index.organisation(id)?.data;
      return (lang === "en" ? org?.name_en : undefined) ?? org?.name ?? id;
    },
  };
}
