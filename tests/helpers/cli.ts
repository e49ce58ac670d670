import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

export const repoRoot = join(import.meta.dirname, "..", "..");
const bin = join(repoRoot, "packages", "cli", "bin", "sparbar.js");
/** Where the runs of this test file keep what `sparbar check` remembers, away from the home folder. */
export const cacheDir = mkdtempSync(join(tmpdir(), "sparbar-cache-"));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `sparbar` binary in a subprocess, as a user would, on the TypeScript sources
 * (the `sparbar-source` condition) so that a stale build never stands in for the code under test.
 * A process that could not be started, or was killed, rejects with what happened: it is not a
 * run that exited with 1.
 */
export function sparbar(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; uid?: number } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--conditions=sparbar-source", bin, ...args],
      {
        cwd: options.cwd ?? repoRoot,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          LANG: "C",
          SPARBAR_CACHE_DIR: cacheDir,
          ...options.env,
        },
        encoding: "utf8",
        ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ code: 0, stdout, stderr });
        if (typeof error.code === "number") return resolve({ code: error.code, stdout, stderr });
        const why = error.signal
          ? `was killed by ${error.signal}`
          : `could not start: ${error.message}`;
        reject(new Error(`sparbar ${args.join(" ")} ${why}\n${stderr}`));
      },
    );
  });
}

/** A temporary copy of the seed corpus to change without touching the repository. */
export function seedCopy(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "sparbar-cli-"));
  cpSync(join(repoRoot, "audits"), join(root, "audits"), { recursive: true });
  cpSync(join(repoRoot, "responses"), join(root, "responses"), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * For a test file: a function that makes a fresh copy of the seed corpus, each removed after
 * the test that made it.
 */
export function seedCopies(): () => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });
  return () => {
    const made = seedCopy();
    cleanups.push(made.cleanup);
    return made.root;
  };
}
