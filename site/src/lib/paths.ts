import type { Lang } from "@sparbar/core";

/** Path words per language; Swedish pages sit at the root, English under /en/. */
const words = {
  sv: {
    body: "namnd",
    audit: "granskning",
    response: "svar",
    state: "lage",
    deadlines: "tidpunkter",
    explore: "utforska",
    compare: "jamfor",
    changes: "andringar",
    search: "sok",
    openData: "oppna-data",
    accessibility: "tillganglighet",
    about: "om",
  },
  en: {
    body: "body",
    audit: "audit",
    response: "response",
    state: "state",
    deadlines: "deadlines",
    explore: "explore",
    compare: "compare",
    changes: "changes",
    search: "search",
    openData: "open-data",
    accessibility: "accessibility",
    about: "about",
  },
} as const;

/** File names per language: feeds, calendars and downloads. */
const files = {
  sv: {
    feed: "flode.xml",
    rss: "rss.xml",
    calendar: "tidpunkter.ics",
    csv: "rekommendationer.csv",
    explorer: "utforska.json",
  },
  en: {
    feed: "feed.xml",
    rss: "rss.xml",
    calendar: "deadlines.ics",
    csv: "recommendations.csv",
    explorer: "explore.json",
  },
} as const;

const prefixes: Record<Lang, string> = { sv: "/", en: "/en/" };

const enc = encodeURIComponent;

const org = (lang: Lang, id: string) => `${prefixes[lang]}${enc(id)}/`;
const body = (lang: Lang, o: string, b: string) => `${org(lang, o)}${words[lang].body}/${enc(b)}/`;
const audit = (lang: Lang, o: string, a: string) =>
  `${org(lang, o)}${words[lang].audit}/${enc(a)}/`;

export const paths = {
  home: (lang: Lang) => prefixes[lang],
  organisation: org,
  body,
  audit,
  recommendation: (lang: Lang, o: string, a: string, item: string) =>
    `${audit(lang, o, a)}${enc(item)}/`,
  response: (lang: Lang, o: string, id: string) =>
    `${org(lang, o)}${words[lang].response}/${enc(id)}/`,
  /** Every recommendation in one state, across the corpus or in one organisation. */
  state: (lang: Lang, state: string, o?: string) =>
    o
      ? `${org(lang, o)}${words[lang].state}/${enc(state)}/`
      : `${prefixes[lang]}${words[lang].explore}/${enc(state)}/`,
  /** The deadlines across the corpus, or every deadline of one organisation. */
  deadlines: (lang: Lang, o?: string) =>
    `${o ? org(lang, o) : prefixes[lang]}${words[lang].deadlines}/`,
  explore: (lang: Lang) => `${prefixes[lang]}${words[lang].explore}/`,
  compare: (lang: Lang) => `${prefixes[lang]}${words[lang].compare}/`,
  changes: (lang: Lang) => `${prefixes[lang]}${words[lang].changes}/`,
  search: (lang: Lang) => `${prefixes[lang]}${words[lang].search}/`,
  openData: (lang: Lang) => `${prefixes[lang]}${words[lang].openData}/`,
  accessibility: (lang: Lang) => `${prefixes[lang]}${words[lang].accessibility}/`,
  about: (lang: Lang) => `${prefixes[lang]}${words[lang].about}/`,
  /** A feed or calendar for the whole corpus, an organisation, a body or an audit. */
  feed: (lang: Lang, scope: Scope = {}) => `${scopePath(lang, scope)}${files[lang].feed}`,
  calendar: (lang: Lang, scope: Scope = {}) => `${scopePath(lang, scope)}${files[lang].calendar}`,
  rss: (lang: Lang) => `${prefixes[lang]}${files[lang].rss}`,
  dataJson: () => "/data/sparbar.json",
  /** The states as CSV: every recommendation, or one organisation's. */
  dataCsv: (lang: Lang, o?: string) => `/data/${o ? `${enc(o)}/` : ""}${files[lang].csv}`,
  explorerData: (lang: Lang) => `/data/${files[lang].explorer}`,
  schema: (name: string) => `/data/schemas/${name}`,
};

/** What a feed or calendar covers. */
export interface Scope {
  organisation?: string;
  body?: string;
  audit?: string;
}

function scopePath(lang: Lang, scope: Scope): string {
  const o = scope.organisation;
  if (!o) return prefixes[lang];
  if (scope.audit) return audit(lang, o, scope.audit);
  if (scope.body) return body(lang, o, scope.body);
  return org(lang, o);
}

const other: Record<Lang, Lang> = { sv: "en", en: "sv" };

function swapper(from: Lang): Map<string, string> {
  const to = other[from];
  const keys = Object.keys(words.sv) as (keyof (typeof words)["sv"])[];
  const fileKeys = Object.keys(files.sv) as (keyof (typeof files)["sv"])[];
  return new Map([
    ...keys.map((k) => [words[from][k], words[to][k]] as const),
    ...fileKeys.map((k) => [files[from][k], files[to][k]] as const),
  ]);
}

const swaps: Record<Lang, Map<string, string>> = { sv: swapper("sv"), en: swapper("en") };

/**
 * The same page in the other language: path words and file names swap, ids stay. A path word
 * stands first, or second after an organisation's id; a file name stands last. Organisation ids
 * cannot be path words (core refuses them: `reservedOrganisationIds`), and a state or recommendation id is never one.
 */
export function otherLanguagePath(path: string, from: Lang): string {
  const rest = path.slice(prefixes[from].length).split("/");
  const swap = swaps[from];
  const exploring = rest[0] === words[from].explore;
  const swapped = rest.map((part, i) => {
    const word = i === 0 || (i === 1 && !exploring);
    const file = i === rest.length - 1 && part.includes(".");
    return word || file ? (swap.get(part) ?? part) : part;
  });
  return `${prefixes[other[from]]}${swapped.join("/")}`;
}
