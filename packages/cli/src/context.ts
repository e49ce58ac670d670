import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Corpus } from "@sparbar/core";
import { type IsoDay, type Lang, parsePeriod, stockholmDay } from "@sparbar/core/periods";
import type { CorpusView } from "@sparbar/core/view";
import { langFromEnv, type Messages, messages, readLang } from "./i18n/index.ts";
import { type Stream, Terminal } from "./output/terminal.ts";

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

export interface Io {
  stdout: Stream;
  stderr: Stream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: Date;
}

export interface Context {
  io: Io;
  term: Terminal;
  lang: Lang;
  t: Messages;
  json: boolean;
  /** The corpus root: a folder with audits/ and responses/. */
  root: string;
  /** The corpus root, refused with a usage error when there is no corpus there. */
  corpusRoot(): string;
  openCorpus(): Promise<Corpus>;
  /** The corpus as records for a day: what `status`, `show` and `deadlines` print. */
  openView(asOf: IsoDay): Promise<CorpusView>;
  today: IsoDay;
}

function holdsCorpus(folder: string): boolean {
  return existsSync(join(folder, "audits")) || existsSync(join(folder, "responses"));
}

/** The nearest folder from `start` upwards that holds audits/ or responses/. */
function findRoot(start: string): string {
  let current = resolve(start);
  for (;;) {
    if (holdsCorpus(current)) return current;
    const parent = dirname(current);
    if (parent === current) return resolve(start);
    current = parent;
  }
}

export function makeContext(
  io: Io,
  options: { root?: string; json: boolean; lang?: string },
): Context {
  const lang: Lang = readLang(options.lang) ?? langFromEnv(io.env);
  if (options.lang !== undefined && readLang(options.lang) === undefined) {
    throw new UsageError(messages(lang).badLang(options.lang));
  }
  const term = new Terminal(io.stdout, io.stderr, io.env);
  // As the site: --root, else SPARBAR_ROOT, else the corpus around the current folder.
  const given = options.root ?? (io.env.SPARBAR_ROOT || undefined);
  const root = given ? resolve(io.cwd, given) : findRoot(io.cwd);
  const t = messages(lang);
  const corpusRoot = () => {
    // A folder without a corpus would be read as an empty corpus, and every answer be "none".
    if (options.root !== undefined && !existsSync(root)) throw new UsageError(t.noRoot(root));
    if (!holdsCorpus(root)) throw new UsageError(t.noCorpus(root));
    return root;
  };
  // Core's reading of the corpus is loaded when a command first asks for it, not for --help.
  const load = async () => {
    const { openCorpus } = await import("@sparbar/core");
    return openCorpus(corpusRoot(), {
      onProgress: (done, total) => term.progress(t.loading, done, total),
    }).finally(() => term.clearProgress());
  };
  return {
    io,
    term,
    lang,
    t,
    json: options.json,
    root,
    corpusRoot,
    // Asked for by the commands that work with dates; `check` never needs it.
    get today() {
      return stockholmDay(io.now.getTime());
    },
    openCorpus: load,
    openView: async (asOf) => {
      const { CorpusView } = await import("@sparbar/core/view");
      return new CorpusView(await load(), asOf);
    },
  };
}

/**
 * A day given as an option (`--as-of`, `--to`): an ISO day, or any period, taken at its end, or
 * at its start with `edge: "start"` (`--from 2025` is 1 January 2025). Today when left out.
 */
export function asOfDay(
  ctx: Context,
  value: string | undefined,
  option = "--as-of",
  edge: "start" | "end" = "end",
): IsoDay {
  if (value === undefined) return ctx.today;
  const result = parsePeriod(value);
  if (!result.ok) throw new UsageError(ctx.t.badDayOption(option, result.message[ctx.lang]));
  return edge === "start" ? result.period.start : result.period.end;
}
