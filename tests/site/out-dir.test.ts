import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";

const siteDir = join(repoRoot, "site");
// A memory filesystem, where Linux has one: another filesystem than the repository's.
const elsewhere = "/dev/shm";
const otherFilesystem = existsSync(elsewhere) && statSync(elsewhere).dev !== statSync(siteDir).dev;

describe("the site's output folder", () => {
  it.skipIf(!otherFilesystem)(
    "must be on the site's filesystem, and says so before building anything",
    async () => {
      const outDir = join(elsewhere, "sparbar-out-dir-test", "dist");
      const result = await new Promise<{ code: number; output: string }>((done) => {
        execFile(
          process.execPath,
          [join(siteDir, "node_modules", "astro", "bin", "astro.mjs"), "build"],
          {
            cwd: siteDir,
            env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", SPARBAR_OUT_DIR: outDir },
          },
          (error, stdout, stderr) => done({ code: error ? 1 : 0, output: `${stdout}\n${stderr}` }),
        );
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain("is on another filesystem than the site");
      expect(existsSync(outDir)).toBe(false);
    },
    60_000,
  );
});
