import { execFile } from "node:child_process";

export interface PlainRun {
  /** The exit code, or the spawn error's code when the program could not start at all. */
  code: number | string;
  stdout: string;
  stderr: string;
}

/**
 * This environment less what a package manager or a test runner put in it (NODE_OPTIONS, npm_*
 * settings): plain Node, as a user's shell has it, with the machine's certificates and proxy.
 */
const plainEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => name !== "NODE_OPTIONS" && !/^(npm|pnpm|vitest)_/i.test(name),
  ),
);

/** Runs a program to its end in the plain environment (and `env` on top). */
export function runPlain(
  file: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<PlainRun> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: { ...plainEnv, LANG: "C", ...options.env },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        done({ code: error ? (error.code ?? "spawn failed") : 0, stdout, stderr });
      },
    );
  });
}

/** pnpm as this test run was started with it (`pnpm test`), else the one on PATH. */
export function runPnpm(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<PlainRun> {
  const pnpm = process.env.npm_execpath?.includes("pnpm") ? process.env.npm_execpath : "pnpm";
  return /\.c?js$/.test(pnpm)
    ? runPlain(process.execPath, [pnpm, ...args], options)
    : runPlain(pnpm, args, options);
}
