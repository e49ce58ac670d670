import { main } from "@sparbar/cli/main";
import { cacheDir, type Run, repoRoot } from "./cli.ts";

/**
 * Runs `sparbar` in this process through `main(argv, io)`, with its output captured: the way to
 * test what a command does. The binary itself is tested in a subprocess (`sparbar` in cli.ts).
 */
export async function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; now?: Date } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: {
      write: (text) => {
        stdout += String(text);
        return true;
      },
    },
    stderr: {
      write: (text) => {
        stderr += String(text);
        return true;
      },
    },
    env: { LANG: "C", SPARBAR_CACHE_DIR: cacheDir, ...options.env },
    cwd: options.cwd ?? repoRoot,
    now: options.now ?? new Date("2026-11-27T10:00:00Z"),
  });
  return { code, stdout, stderr };
}
