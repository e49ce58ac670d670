import type { ParseArgsOptionsConfig } from "node:util";
import type { Context } from "./context.ts";

export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** A command as `sparbar --help` lists it, and how to load the rest of it. */
export interface CommandEntry {
  name: string;
  summary: { sv: string; en: string };
  load(): Promise<Command>;
}

/** One `sparbar` command: its words for its own --help, its options, and what it does. */
export interface Command {
  /** Arguments after the command name, for the usage line. */
  args: { sv: string; en: string };
  options: ParseArgsOptionsConfig;
  /** Option descriptions for --help, by option name. */
  help: Record<string, { sv: string; en: string }>;
  /** Longer text after the options: examples and notes. */
  notes?: { sv: string; en: string };
  run(ctx: Context, values: Values, positionals: string[]): Promise<number>;
}

export function stringOption(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** `--force`'s help, the same for every command that writes a file. */
export const forceHelp = { sv: "ersätt en befintlig fil", en: "replace an existing file" };
