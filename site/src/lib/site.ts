import { join, resolve } from "node:path";
import {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  type Diagnostic,
  formatLocation,
  type IsoDay,
  type Lang,
  openCorpus,
  parsePeriod,
  stockholmDay,
} from "@sparbar/core";
import { CorpusView, type StateCounts } from "@sparbar/core/view";
import { strings } from "../i18n/index.ts";
import { buildCacheFolder } from "./settings.ts";

/**
 * The corpus the site is built from: SPARBAR_ROOT (default: the repository) as it stands on
 * SPARBAR_AS_OF (default: today in Stockholm). Loaded once per build and shared by every page.
 */

function corpusRoot(): string {
  // A relative path is taken from where the user ran the build (pnpm keeps that folder in
  // INIT_CWD), as the sparbar command takes it from where it runs.
  return resolve(process.env.INIT_CWD ?? process.cwd(), process.env.SPARBAR_ROOT ?? "..");
}

function asOfDay(): IsoDay {
  const value = process.env.SPARBAR_AS_OF;
  if (!value) return stockholmDay(Date.now());
  const parsed = parsePeriod(value);
  if (!parsed.ok) throw new Error(`SPARBAR_AS_OF: ${parsed.message.en}`);
  return parsed.period.end;
}

/** A word for the shell: single-quoted, so that spaces and dollars in a path stay as they are. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The error a build ends with when the corpus has errors: the problems and the command that
 * shows all of them for this very corpus. A user error, not a bug in the site: Astro prints
 * an error's stack trace when it has one, so this one has none.
 */
function corpusError(root: string, errors: Diagnostic[]): Error {
  const shown = 20;
  const listed = errors.slice(0, shown).map((d) => `  ${formatLocation(d)} ${d.code} ${d.message}`);
  if (errors.length > shown) listed.push(`  … and ${errors.length - shown} more`);
  const count = `${errors.length} ${errors.length === 1 ? "error" : "errors"}`;
  const error = new Error(
    [
      `The corpus at ${root} has ${count}; the site is not built from a corpus with errors.`,
      ...listed,
      `Run \`pnpm sparbar check --root ${shellWord(root)}\` to see them all, with hints.`,
    ].join("\n"),
  );
  error.stack = "";
  return error;
}

const shared = Symbol.for("sparbar.site-view");
type Holder = { [shared]?: { key: string; view: Promise<CorpusView> } };

/**
 * The corpus's records, loaded once per build. Astro may evaluate this module more than once in
 * one process (once per bundle); holding the view on the global object shares one read.
 */
export function siteView(): Promise<CorpusView> {
  // Asked for by every page: the key is the settings as given, without resolving the path.
  const key = `${process.env.SPARBAR_ROOT ?? ""}\n${process.env.SPARBAR_AS_OF ?? ""}`;
  const holder = globalThis as Holder;
  const held = holder[shared];
  if (held?.key === key) return held.view;
  const view = (async () => {
    const root = corpusRoot();
    const cache = buildCacheFolder();
    // With a build cache, what each file loaded as is kept there too: after an edit, only the
    // changed files are parsed again.
    const corpus = await openCorpus(root, {
      renderHtml: true,
      ...(cache ? { cache: join(cache, "corpus.bin") } : {}),
    });
    const errors = corpus.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) throw corpusError(root, errors);
    return new CorpusView(corpus, asOfDay());
  })();
  holder[shared] = { key, view };
  return view;
}

/** The states with at least one recommendation in them, body track first: those with a page. */
export function statesWithRows(counts: StateCounts): (BodyState | AuditorState)[] {
  return [
    ...bodyStates.filter((s) => counts.body[s] > 0),
    ...auditorStates.filter((s) => counts.auditor[s] > 0),
  ];
}

const bodyPages = new WeakMap<CorpusView, Set<string>>();

/** Whether a body has a page: only bodies with recommendations addressed to them do. */
export function hasBodyPage(view: CorpusView, organisation: string, body: string): boolean {
  let pages = bodyPages.get(view);
  if (!pages) {
    pages = new Set(view.pages().bodies.map((b) => `${b.organisation}\n${b.id}`));
    bodyPages.set(view, pages);
  }
  return pages.has(`${organisation}\n${body}`);
}

/** What every page starts from: the site's words in its language, and the corpus's records. */
export async function pageSetting(lang: Lang) {
  return { t: strings(lang), view: await siteView() };
}
