// README's ways of running sparbar from the repository give stdout with nothing but the
// command's output: `pnpm -s sparbar …` (the sources) and `pnpm exec sparbar …` (the build).
// Without them pnpm prints its own banner first, which breaks JSON and CSV.
import { main } from "@sparbar/cli/main";
import { describe, expect, it } from "vitest";
import { cacheDir, repoRoot } from "../helpers/cli.ts";
import { runPnpm } from "../helpers/plain-run.ts";

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
    const run = await runPnpm([...through, ...args], {
      cwd: repoRoot,
      env: { SPARBAR_CACHE_DIR: cacheDir },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await inProcess(args));
    if (args.includes("--json")) expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
