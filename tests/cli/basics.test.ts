import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";

describe("sparbar: help, version and usage errors", () => {
  it("prints help listing every command, with exit code 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["check", "status", "show", "deadlines", "export", "fmt", "draft"]) {
      expect(run.stdout).toContain(`  ${command}`);
    }
    expect(run.stdout).toContain("Exit codes: 0 ok, 1 problems found");
  });

  it("speaks Swedish when the locale is Swedish", async () => {
    const run = await runCli(["--help"], { env: { LANG: "sv_SE.UTF-8" } });
    expect(run.stdout).toContain("Kommandon:");
    expect(run.stdout).toContain("Slutkoder");
  });

  it("has help for each command", async () => {
    const run = await runCli(["deadlines", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--within WITHIN");
    expect(run.stdout).toContain("--ics ICS");
  });

  it("prints its version", async () => {
    const run = await runCli(["--version"]);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [["frobnicate"], /There is no command "frobnicate"/],
    [["status", "--no-such-flag"], /--no-such-flag is not an option of this command/],
    [["status", "--as-of", "snart"], /--as-of: "snart" is not a date/],
    [["status", "--status", "fine"], /"fine" is not a state/],
    [["export", "--format", "pdf"], /--format must be one of json, csv, docx/],
    [["deadlines", "--within", "soon"], /"soon" is not a length of time/],
    [["status", "--lang", "de"], /--lang must be sv or en/],
  ])("%j is a usage error: exit code 2, a message, no stack trace", async (args, message) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("colours only on a terminal and never with NO_COLOR", async () => {
    const plain = await runCli(["status", "--as-of", "2024-06-30"]);
    expect(plain.stdout).not.toContain("\u001b[");
    const forced = await runCli(["status", "--as-of", "2024-06-30"], {
      env: { FORCE_COLOR: "1" },
    });
    expect(forced.stdout).toContain("\u001b[");
    const none = await runCli(["status", "--as-of", "2024-06-30"], {
      env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    });
    expect(none.stdout).not.toContain("\u001b[");
  });
});
