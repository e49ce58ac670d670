import { createHash } from "node:crypto";
import { formatDay, type Lang, labelOf, stateLabel } from "@sparbar/core";
import { escapeHtml } from "@sparbar/core/render";
import { periodIn, type Text, textIn, type Update } from "@sparbar/core/view";
import { strings } from "../i18n/index.ts";
import { paths, type Scope } from "./paths.ts";
import { siteAddress } from "./settings.ts";
import { siteView } from "./site.ts";

const LIMIT = 100;

/**
 * A stable id for a feed or entry that needs no site address: a name-based UUID (RFC 4122,
 * version 5 layout over SHA-1), so that an entry keeps its id wherever the site is published.
 */
export function urnFor(name: string): string {
  const h = createHash("sha1").update(`sparbar:${name}`).digest("hex");
  const variant = ((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

interface Entry {
  id: string;
  title: string;
  day: string;
  url: string;
  summary: string;
}

const inLang = (text: Text, lang: Lang) => textIn(text, lang).text;

/**
 * One update as a feed entry. A feed's date fields must be a day, so they carry the last day of
 * a document's date as written (a report dated 2023 is given as 2023-12-31, the day by which it
 * certainly existed); the summary gives the date as the document writes it.
 */
export function feedEntry(u: Update, lang: Lang): Entry {
  const t = strings(lang);
  if (u.type === "document") {
    const d = u.document;
    const path =
      d.type === "audit"
        ? paths.audit(lang, d.organisation.id, d.id)
        : paths.response(lang, d.organisation.id, d.id);
    return {
      id: urnFor(`document:${d.organisation.id}/${d.id}`),
      title: `${t.changes.newDocument(labelOf(d.kind, lang))}: ${inLang(d.title, lang)}`,
      day: u.day,
      url: siteAddress(path),
      summary: `${labelOf(d.kind, lang)}, ${periodIn(d.when, lang)} – ${inLang(d.body.name, lang)}, ${inLang(d.organisation.name, lang)}`,
    };
  }
  const where = `${u.item} · ${inLang(u.audit.title, lang)} · ${inLang(u.body.name, lang)}, ${inLang(u.organisation.name, lang)}`;
  const url = siteAddress(paths.recommendation(lang, u.organisation.id, u.audit.id, u.item));
  if (u.type === "state") {
    const when = u.datedAs ? periodIn(u.datedAs, lang) : formatDay(u.day, lang);
    return {
      id: urnFor(`state:${u.subject}:${u.day}`),
      title: `${t.changes.stateChanged}: ${inLang(u.title, lang)}`,
      day: u.day,
      url,
      summary: `${when}: ${t.voices.body}: ${stateLabel(u.bodyState, lang)} (${t.changes.from}: ${stateLabel(u.before.body, lang)}). ${t.voices.auditors}: ${stateLabel(u.auditorState, lang)}. ${where}`,
    };
  }
  return {
    id: urnFor(`deadline:${u.subject}:${u.measure ?? "response"}:${u.due.end}`),
    title: `${t.changes.deadlinePassed}: ${inLang(u.title, lang)}`,
    day: u.day,
    url,
    summary: `${u.measure ? t.changes.measure(u.measure) : t.changes.response}, ${periodIn(u.due, lang)}. ${where}`,
  };
}

async function entries(lang: Lang, scope: Scope): Promise<Entry[]> {
  const view = await siteView();
  return view
    .updates(scope)
    .slice(0, LIMIT)
    .map((u) => feedEntry(u, lang));
}

/** What a scope is called: an organisation, a body of it, or an audit. */
async function scopeName(lang: Lang, scope: Scope): Promise<string | undefined> {
  const org = scope.organisation;
  if (!org) return undefined;
  const view = await siteView();
  if (scope.audit) {
    const audit = view.audit(org, scope.audit);
    return audit ? inLang(audit.title, lang) : scope.audit;
  }
  const name = inLang(view.names.organisation(org).name, lang);
  return scope.body ? `${inLang(view.names.body(org, scope.body).name, lang)}, ${name}` : name;
}

function homeOf(lang: Lang, scope: Scope): string {
  const org = scope.organisation;
  if (!org) return paths.home(lang);
  if (scope.audit) return paths.audit(lang, org, scope.audit);
  if (scope.body) return paths.body(lang, org, scope.body);
  return paths.organisation(lang, org);
}

/** An Atom feed of new documents, changed states and deadlines passed without report. */
export async function atomFeed(lang: Lang, scope: Scope = {}): Promise<string> {
  const t = strings(lang);
  const list = await entries(lang, scope);
  const name = await scopeName(lang, scope);
  const title = name ? t.feed.titleFor(name) : t.feed.title;
  const self = siteAddress(paths.feed(lang, scope));
  const updated = `${list[0]?.day ?? "1970-01-01"}T00:00:00Z`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t.feedLanguage}">
  <title>${escapeHtml(title)}</title>
  <id>${urnFor(`feed:${lang}:${scope.organisation ?? ""}/${scope.body ?? ""}/${scope.audit ?? ""}`)}</id>
  <link rel="self" href="${escapeHtml(self)}"/>
  <link rel="alternate" href="${escapeHtml(siteAddress(homeOf(lang, scope)))}"/>
  <updated>${updated}</updated>
  <author><name>${escapeHtml(t.siteName)}</name></author>
${list
  .map(
    (e) => `  <entry>
    <title>${escapeHtml(e.title)}</title>
    <id>${e.id}</id>
    <link rel="alternate" href="${escapeHtml(e.url)}"/>
    <updated>${e.day}T00:00:00Z</updated>
    <summary>${escapeHtml(e.summary)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
}

/** The site's feed as RSS 2.0, for readers that only take RSS. */
export async function rssFeed(lang: Lang): Promise<string> {
  const t = strings(lang);
  const list = await entries(lang, {});
  const date = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeHtml(t.feed.title)}</title>
    <link>${escapeHtml(siteAddress(paths.home(lang)))}</link>
    <description>${escapeHtml(t.tagline)}</description>
    <language>${t.feedLanguage}</language>
${list
  .map(
    (e) => `    <item>
      <title>${escapeHtml(e.title)}</title>
      <link>${escapeHtml(e.url)}</link>
      <guid isPermaLink="false">${e.id}</guid>
      <pubDate>${date(e.day)}</pubDate>
      <description>${escapeHtml(e.summary)}</description>
    </item>`,
  )
  .join("\n")}
  </channel>
</rss>
`;
}
