import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../packages/cli/src/main.ts";
import type { Run } from "./cli.ts";

/** What `sparbar check` remembers in these runs stays away from the home folder. */
const cacheDir = mkdtempSync(join(tmpdir(), "sparbar-cache-"));

/** A stream that keeps what is written to it. */
function collector() {
  const chunks: string[] = [];
  return {
    stream: {
      write(text: string | Uint8Array) {
        chunks.push(typeof text === "string" ? text : Buffer.from(text).toString("utf8"));
        return true;
      },
    },
    text: () => chunks.join(""),
  };
}

/**
 * Runs `sparbar` in this process through `main(argv, io)`, with its own output streams, folder
 * and environment: as fast as a function call, and what it prints is what a user sees.
 */
export async function runSparbar(
  argv: string[],
  options: { cwd: string; env?: Record<string, string>; now?: Date },
): Promise<Run> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { LANG: "C", SPARBAR_CACHE_DIR: cacheDir, ...options.env },
    cwd: options.cwd,
    now: options.now ?? new Date("2025-12-01T12:00:00Z"),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
