import { type Lang, labelOf } from "@sparbar/core";
import { escapeHtml } from "@sparbar/core/render";
import { strings } from "../i18n/index.ts";
import { namer } from "./names.ts";
import { paths } from "./paths.ts";
import { siteModel } from "./site.ts";

const LIMIT = 100;

async function items(lang: Lang, site: URL) {
  const model = await siteModel();
  const names = namer(model, lang);
  return model
    .feed()
    .slice(0, LIMIT)
    .map((item) => ({
      ...item,
      url: new URL(
        item.type === "audit"
          ? paths.audit(lang, item.organisation, item.id)
          : paths.response(lang, item.organisation, item.id),
        site,
      ).href,
      summary: `${labelOf(item.kind, lang)} – ${names.body(item.organisation, item.body)}, ${names.organisation(item.organisation)}`,
    }));
}

/** An Atom feed of new audits and responses. */
export async function atomFeed(lang: Lang, site: URL): Promise<string> {
  const t = strings(lang);
  const entries = await items(lang, site);
  const self = new URL(paths.feed(lang), site).href;
  const updated = `${entries[0]?.day ?? "1970-01-01"}T00:00:00Z`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${escapeHtml(t.feed.title)}</title>
  <id>${self}</id>
  <link rel="self" href="${self}"/>
  <link rel="alternate" href="${new URL(paths.home(lang), site).href}"/>
  <updated>${updated}</updated>
  <author><name>Spårbar</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${escapeHtml(e.title)}</title>
    <id>${e.url}</id>
    <link rel="alternate" href="${e.url}"/>
    <updated>${e.day}T00:00:00Z</updated>
    <summary>${escapeHtml(e.summary)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
}

/** The same items as RSS 2.0, for readers that only take RSS. */
export async function rssFeed(lang: Lang, site: URL): Promise<string> {
  const t = strings(lang);
  const entries = await items(lang, site);
  const date = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeHtml(t.feed.title)}</title>
    <link>${new URL(paths.home(lang), site).href}</link>
    <description>${escapeHtml(t.tagline)}</description>
    <language>${lang === "sv" ? "sv-SE" : "en"}</language>
${entries
  .map(
    (e) => `    <item>
      <title>${escapeHtml(e.title)}</title>
      <link>${e.url}</link>
      <guid isPermaLink="true">${e.url}</guid>
      <pubDate>${date(e.day)}</pubDate>
      <description>${escapeHtml(e.summary)}</description>
    </item>`,
  )
  .join("\n")}
  </channel>
</rss>
`;
}
