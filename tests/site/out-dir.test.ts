import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, sparbar } from "../helpers/cli.ts";
import { buildSite } from "../helpers/site-build.ts";

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

describe("a build from a corpus with errors", () => {
  it("lists the problems and how to see them for that corpus, without a stack trace", async () => {
    const root = mkdtempSync(join(tmpdir(), "sparbar kund's corpus-"));
    cpSync(join(repoRoot, "packages/core/test/fixtures/base"), root, { recursive: true });
    const audit = join(root, "audits/testkommun/REV-2024-1.md");
    writeFileSync(audit, readFileSync(audit, "utf8").replace("answer: partly", "answer: kanske"));
    try {
      const built = await buildSite(root, "2024-06-30");
      expect(built.code).not.toBe(0);
      expect(built.output).toContain(`The corpus at ${root} has 1 error`);
      expect(built.output).toContain(
        "audits/testkommun/REV-2024-1.md:12:13 schema-invalid-value `questions[0].answer`",
      );
      // The hint names this corpus, quoted for the shell, and the CLI finds the same problem.
      const hint = /Run `pnpm sparbar check --root (.+)` to see them all/.exec(built.output);
      expect(hint?.[1]).toBe(`'${root.replaceAll("'", "'\\''")}'`);
      expect(built.output).not.toMatch(/Stack trace|\n\s+at /);
      const check = await sparbar(["check", "--root", root]);
      expect(check.code).toBe(1);
      expect(check.stdout).toContain("REV-2024-1.md:12:13  error  schema-invalid-value");
      rmSync(built.outDir, { recursive: true, force: true });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
