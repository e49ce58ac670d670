import type { APIRoute } from "astro";
import { languages } from "../i18n/index.ts";
import { paths } from "../lib/paths.ts";
import { siteView } from "../lib/site.ts";

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL("https://sparbar.example");
  const { organisations, bodies, audits, responses } = (await siteView()).pages();
  const urls = languages.flatMap((lang) => [
    paths.home(lang),
    paths.deadlines(lang),
    paths.search(lang),
    paths.openData(lang),
    paths.accessibility(lang),
    paths.about(lang),
    ...organisations.map((o) => paths.organisation(lang, o)),
    ...bodies.map((b) => paths.body(lang, b.organisation, b.id)),
    ...audits.map((a) => paths.audit(lang, a.organisation, a.id)),
    ...audits.flatMap((a) =>
      a.items.map((item) => paths.recommendation(lang, a.organisation, a.id, item)),
    ),
    ...responses.map((r) => paths.response(lang, r.organisation, r.id)),
  ]);
  const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${new URL(u, base).href}</loc></url>`).join("\n")}
</urlset>
`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
