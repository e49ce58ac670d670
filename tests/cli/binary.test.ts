import { chmodSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { seedCopy, sparbar } from "../helpers/cli.ts";

/*
 * The `sparbar` binary itself, in a subprocess: what only a real process shows (its exit code
 * and streams, its user, a reader that stops early). What the commands do is tested in-process.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

describe("the sparbar binary", () => {
  it("prints its version and help, and exits 0", async () => {
    const version = await sparbar(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await sparbar(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("  changes");
  });

  it("exits 2 on a usage error, with a message and no stack trace", async () => {
    const run = await sparbar(["status", "--overdu"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "sparbar: --overdu is not an option of this command; did you mean --overdue?\nRun `sparbar status --help` for how to use it.\n",
    );
  });

  it("gives a pipe whole lines without colour, and stops quietly when the reader does", async () => {
    const run = await sparbar(["deadlines", "--as-of", "2024-04-01", "--within", "60d"], {
      env: { COLUMNS: "60" },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).not.toContain("…");
    expect(run.stdout).toMatch(
      /Förskolenämnden genomför en genomlysning av orosanmälningar som gjorts under 2023, vilket sker i samverkan med arbetsmarknads- och socialnämnden; genomlysningen ska vara genomförd\n/,
    );
  });

  it("writes nothing into a read-only folder, and says why", async () => {
    const { root, cleanup } = seedCopy();
    cleanups.push(cleanup);
    mkdirSync(join(root, "locked"));
    chmodSync(join(root, "locked"), 0o555);
    cleanups.unshift(() => chmodSync(join(root, "locked"), 0o700));
    // Root ignores file modes: as root, the command runs as the unprivileged user `nobody`.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(root, 0o755);
    const run = await sparbar(["deadlines", "--ics", "locked/x.ics"], {
      cwd: root,
      ...(asRoot ? { uid: 65534, env: { HOME: root } } : {}),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("permission denied");
    expect(readdirSync(join(root, "locked"))).toEqual([]);
  });

  it("reports a process it could not start as such, not as exit code 1", async () => {
    await expect(
      sparbar(["--version"], { cwd: "/nonexistent-folder-for-sparbar" }),
    ).rejects.toThrow(/could not start/);
  });
});
