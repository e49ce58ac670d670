// README's ways of running sparbar from the repository give stdout with nothing but the
// command's output: `pnpm -s sparbar …` (the sources) and `pnpm exec sparbar …` (the build).
// Without them pnpm prints its own banner first, which breaks JSON and CSV.
import { execFile } from "node:child_process";
import { main } from "@sparbar/cli/main";
import { describe, expect, it } from "vitest";
import { cacheDir, repoRoot } from "../helpers/cli.ts";

const pnpm = process.env.npm_execpath ?? "pnpm";
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
  LANG: "C",
  SPARBAR_CACHE_DIR: cacheDir,
};

function runPnpm(args: string[]): Promise<{ code: number | string; stdout: string }> {
  const [file, all] = /\.c?js$/.test(pnpm) ? [process.execPath, [pnpm, ...args]] : [pnpm, args];
  return new Promise((done) => {
    execFile(file, all, { cwd: repoRoot, env, encoding: "utf8" }, (error, stdout) =>
      done({ code: error ? (error.code ?? "spawn failed") : 0, stdout }),
    );
  });
}

/** What `sparbar ARGS` writes to stdout, run in this process. */
async function inProcess(args: string[]): Promise<string> {
  let stdout = "";
  const code = await main(args, {
    stdout: { write: (text) => (stdout += String(text)) },
    stderr: { write: () => true },
    env: { LANG: "C", SPARBAR_CACHE_DIR: cacheDir },
    cwd: repoRoot,
    now: new Date(),
  });
  expect(code).toBe(0);
  return stdout;
}

describe("sparbar run through pnpm", () => {
  it.each([
    [
      ["-s", "sparbar"],
      ["status", "--json"],
    ],
    [
      ["exec", "sparbar"],
      ["status", "--json"],
    ],
    [
      ["-s", "sparbar"],
      ["export", "--format", "csv"],
    ],
  ])("pnpm %j %j prints exactly what the command prints", async (through, args) => {
    const run = await runPnpm([...through, ...args]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await inProcess(args));
    if (args.includes("--json")) expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
