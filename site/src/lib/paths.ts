import type { Lang } from "@sparbar/core";

/** Path words per language; Swedish pages sit at the root, English under /en/. */
const words = {
  sv: {
    body: "namnd",
    audit: "granskning",
    response: "svar",
    deadlines: "tidpunkter",
    search: "sok",
    openData: "oppna-data",
    accessibility: "tillganglighet",
    about: "om",
  },
  en: {
    body: "body",
    audit: "audit",
    response: "response",
    deadlines: "deadlines",
    search: "search",
    openData: "open-data",
    accessibility: "accessibility",
    about: "about",
  },
} as const;

const prefix = (lang: Lang) => (lang === "sv" ? "/" : "/en/");
const enc = encodeURIComponent;

export const paths = {
  home: (lang: Lang) => prefix(lang),
  organisation: (lang: Lang, org: string) => `${prefix(lang)}${enc(org)}/`,
  body: (lang: Lang, org: string, body: string) =>
    `${prefix(lang)}${enc(org)}/${words[lang].body}/${enc(body)}/`,
  audit: (lang: Lang, org: string, audit: string) =>
    `${prefix(lang)}${enc(org)}/${words[lang].audit}/${enc(audit)}/`,
  recommendation: (lang: Lang, org: string, audit: string, item: string) =>
    `${prefix(lang)}${enc(org)}/${words[lang].audit}/${enc(audit)}/${enc(item)}/`,
  response: (lang: Lang, org: string, id: string) =>
    `${prefix(lang)}${enc(org)}/${words[lang].response}/${enc(id)}/`,
  deadlines: (lang: Lang) => `${prefix(lang)}${words[lang].deadlines}/`,
  search: (lang: Lang) => `${prefix(lang)}${words[lang].search}/`,
  openData: (lang: Lang) => `${prefix(lang)}${words[lang].openData}/`,
  accessibility: (lang: Lang) => `${prefix(lang)}${words[lang].accessibility}/`,
  about: (lang: Lang) => `${prefix(lang)}${words[lang].about}/`,
  feed: (lang: Lang) => (lang === "sv" ? "/flode.xml" : "/en/feed.xml"),
  rss: (lang: Lang) => (lang === "sv" ? "/rss.xml" : "/en/rss.xml"),
  calendar: (lang: Lang) => (lang === "sv" ? "/tidpunkter.ics" : "/en/deadlines.ics"),
  dataJson: () => "/data/sparbar.json",
  dataCsv: (lang: Lang) =>
    lang === "sv" ? "/data/rekommendationer.csv" : "/data/recommendations.csv",
  schema: (name: string) => `/data/schemas/${name}`,
};

/** Swedish path words and their English ones, for turning a Swedish address English in a browser. */
export function englishPathWords(): Record<string, string> {
  const keys = Object.keys(words.sv) as (keyof (typeof words)["sv"])[];
  return Object.fromEntries(keys.map((k) => [words.sv[k], words.en[k]]));
}

const toOtherLanguage: Record<Lang, Map<string, string>> = {
  sv: new Map(Object.entries(englishPathWords())),
  en: new Map(Object.entries(englishPathWords()).map(([sv, en]) => [en, sv])),
};

/** The same page in the other language: path words swap, ids stay. */
export function otherLanguagePath(path: string, from: Lang): string {
  const swap = toOtherLanguage[from];
  const parts = (from === "en" ? path.replace(/^\/en\/?/, "/") : path).split("/");
  const joined = parts.map((part) => swap.get(part) ?? part).join("/");
  return from === "sv" ? `/en${joined}` : joined;
}
