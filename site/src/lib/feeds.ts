import { type Lang, labelOf } from "@sparbar/core";
import { escapeHtml } from "@sparbar/core/render";
import { periodIn, textIn } from "@sparbar/core/view";
import { strings } from "../i18n/index.ts";
import { paths } from "./paths.ts";
import { siteView } from "./site.ts";

const LIMIT = 100;

/**
 * Feed entries. A feed's date fields must be a day, so they carry the last day of the document's
 * date as written (a report dated 2023 is given as 2023-12-31, the day by which it certainly
 * existed); the summary gives the date as the document writes it.
 */
async function items(lang: Lang, site: URL) {
  const view = await siteView();
  return view
    .feed()
    .slice(0, LIMIT)
    .map((item) => ({
      title: textIn(item.title, lang).text,
      day: item.when.end,
      url: new URL(
        item.type === "audit"
          ? paths.audit(lang, item.organisation.id, item.id)
          : paths.response(lang, item.organisation.id, item.id),
        site,
      ).href,
      summary: `${labelOf(item.kind, lang)}, ${periodIn(item.when, lang)} – ${textIn(item.body.name, lang).text}, ${textIn(item.organisation.name, lang).text}`,
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
