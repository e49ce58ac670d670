import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";
import type { Lang } from "@sparbar/core";
import type { Command, CommandEntry } from "./command.ts";
import { commands } from "./commands/index.ts";
import { type Io, makeContext, UsageError } from "./context.ts";
import { langFromEnv, messages, readLang } from "./i18n/index.ts";

const globalOptions = {
  root: { type: "string" },
  json: { type: "boolean", default: false },
  lang: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "V", default: false },
} satisfies ParseArgsOptionsConfig;

/** The version in the CLI's package.json, found upwards from this module (sources or build). */
function version(): string {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version: string };
    if (pkg.name === "@sparbar/cli") return pkg.version;
  }
  return "unknown";
}

function defaultIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: new Date(),
  };
}

/** Runs `sparbar` with arguments; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const asked = argv.includes("--lang") ? argv[argv.indexOf("--lang") + 1] : undefined;
  const lang: Lang = readLang(asked) ?? langFromEnv(io.env);
  const t = messages(lang);
  const name = argv.find(
    (a) =>
      !a.startsWith("-") &&
      argv[argv.indexOf(a) - 1] !== "--root" &&
      argv[argv.indexOf(a) - 1] !== "--lang",
  );
  const entry = commands.find((c) => c.name === name);
  // Known once loaded: a mistyped option is answered with the nearest of the command's own.
  let command: Command | undefined;
  try {
    if (!entry) {
      const parsed = parseArgs({
        args: argv,
        options: globalOptions,
        allowPositionals: true,
        strict: false,
      });
      if (parsed.values.version) {
        io.stdout.write(`${version()}\n`);
        return 0;
      }
      if (name !== undefined) throw new UsageError(t.unknownCommand(name));
      io.stdout.write(`${mainHelp(lang)}\n`);
      return parsed.values.help || argv.length === 0 ? 0 : 2;
    }
    command = await entry.load();
    const at = argv.indexOf(entry.name);
    const rest = argv.filter((_, i) => i !== at);
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    const ctx = makeContext(io, {
      json: values.json === true,
      ...(typeof values.root === "string" ? { root: values.root } : {}),
      ...(typeof values.lang === "string" ? { lang: values.lang } : {}),
    });
    if (values.help) {
      io.stdout.write(`${commandHelp(entry, command, ctx.lang)}\n`);
      return 0;
    }
    if (command.args.en === "" && positionals[0] !== undefined)
      throw new UsageError(ctx.t.unexpectedArgument(positionals[0]));
    return await command.run(ctx, values, positionals);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const message =
        error instanceof UsageError
          ? error.message
          : await parseArgsMessage(error as Error, command, lang);
      io.stderr.write(`sparbar: ${message}\n${t.seeHelp(entry?.name ?? "")}\n`);
      return 2;
    }
    io.stderr.write(`${t.internalError}\n${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}

/**
 * Node's words for a mistake in the options, in the reader's language: an unknown option with
 * the nearest the command has, or an option without its value.
 */
async function parseArgsMessage(
  error: Error,
  command: Command | undefined,
  lang: Lang,
): Promise<string> {
  const t = messages(lang);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (!option) return error.message;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const known = Object.keys({ ...globalOptions, ...(command?.options ?? {}) }).map(
      (name) => `--${name}`,
    );
    // The rule for nearness is core's; it is loaded only when an option is mistyped.
    const { nearest } = await import("@sparbar/core");
    return t.unknownOption(option, nearest(option, known));
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return t.missingValue(option);
  return error.message;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

function formatOptions(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join("\n");
}

function mainHelp(lang: "sv" | "en"): string {
  const t = messages(lang);
  return [
    t.intro,
    "",
    `${t.usage}: ${t.usageLine}`,
    "",
    `${t.commands}:`,
    formatOptions(commands.map((c) => [c.name, c.summary[lang]])),
    "",
    `${t.options}:`,
    formatOptions(t.globalOptions),
    "",
    t.exitCodes,
  ].join("\n");
}

function commandHelp(entry: CommandEntry, command: Command, lang: "sv" | "en"): string {
  const t = messages(lang);
  const own = Object.entries(command.options).map(([name, option]) => {
    const flag = `--${name}${option.type === "string" ? ` ${name.toUpperCase()}` : ""}`;
    return [flag, command.help[name]?.[lang] ?? ""] as const;
  });
  return [
    `${t.usage}: sparbar ${entry.name} ${command.args[lang]}`.trimEnd(),
    "",
    entry.summary[lang],
    "",
    `${t.options}:`,
    formatOptions([...own, ...t.globalOptions]),
    ...(command.notes ? ["", command.notes[lang]] : []),
    "",
    t.exitCodes,
  ].join("\n");
}
