import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, seedCopy } from "../helpers/cli.ts";
import { runCli } from "../helpers/run-cli.ts";

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function copy() {
  const made = seedCopy();
  cleanups.push(made.cleanup);
  return made.root;
}

/** Makes one measure's date in ASN-2024-2039 unreadable: the check's standard broken file. */
function writeUnreadableDate(root: string): void {
  const file = join(root, "responses/malmo/ASN-2024-2039.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("— den 31 maj 2024", "— när det passar"));
}

describe("sparbar check", () => {
  it("finds no problem in the seed corpus", async () => {
    const run = await runCli(["check"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ 13 files checked: no problems/);
  });

  it("reports a broken file at file:line:col with a hint, and exits 1", async () => {
    const root = copy();
    writeUnreadableDate(root);
    const run = await runCli(["check"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /responses\/malmo\/ASN-2024-2039\.md:\d+:\d+ {2}error {2}period-unparseable {2}"när det passar"/,
    );
    expect(run.stdout).toContain("hint: Write an ISO date");
    expect(run.stdout).toMatch(/1 error, 0 warnings/);
  });

  it("tells the problem and the hint in Swedish when the locale is Swedish", async () => {
    const root = copy();
    writeUnreadableDate(root);
    const run = await runCli(["check"], { cwd: root, env: { LANG: "sv_SE.UTF-8" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /ASN-2024-2039\.md:\d+:\d+ {2}fel {2}period-unparseable {2}"när det passar" är inget datum eller period som Spårbar kan läsa/,
    );
    expect(run.stdout).toContain("tips: Skriv ett ISO-datum");
    expect(run.stdout).not.toContain("is not a date");
    const json = await runCli(["check", "--json", "--lang", "sv"], { cwd: root });
    const [problem] = JSON.parse(json.stdout).diagnostics;
    expect(problem).toMatchObject({
      code: "period-unparseable",
      message: '"när det passar" är inget datum eller period som Spårbar kan läsa',
      hint: expect.stringContaining("Skriv ett ISO-datum"),
    });
    expect(problem).not.toHaveProperty("sv");
  });

  it("checks a folder of the corpus, and refuses one outside it", async () => {
    const root = copy();
    const run = await runCli(["check", "responses/malmo"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ 5 files checked: no problems/);
    const outside = await runCli(["check", ".."], { cwd: root });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("a folder outside the corpus");
  });

  it("remembers the last check, and sees an edit made after it", async () => {
    const root = copy();
    const env = { SPARBAR_CACHE_DIR: join(root, ".cache") };
    expect((await runCli(["check"], { cwd: root, env })).code).toBe(0);
    expect(readdirSync(join(root, ".cache"))).toEqual([
      expect.stringMatching(/^check-[0-9a-f]+\.json$/),
    ]);
    writeUnreadableDate(root);
    const cached = await runCli(["check", "--json"], { cwd: root, env });
    const fresh = await runCli(["check", "--json", "--no-cache"], { cwd: root, env });
    expect(cached.code).toBe(1);
    expect(JSON.parse(cached.stdout).diagnostics).toEqual(JSON.parse(fresh.stdout).diagnostics);
    expect(JSON.parse(cached.stdout).diagnostics[0].code).toBe("period-unparseable");
  });

  it("uses a remembered check only if the same code wrote it", async () => {
    const root = copy();
    const env = { SPARBAR_CACHE_DIR: join(root, ".cache") };
    expect((await runCli(["check"], { cwd: root, env })).code).toBe(0);
    const [name = ""] = readdirSync(join(root, ".cache"));
    const cacheFile = join(root, ".cache", name);
    const cache = JSON.parse(readFileSync(cacheFile, "utf8"));
    const entry = cache.entries["responses/malmo/ASN-2024-2039.md"];
    entry.diagnostics = [
      {
        file: "responses/malmo/ASN-2024-2039.md",
        line: 1,
        column: 1,
        severity: "error",
        code: "yaml-syntax",
        message: "remembered",
        hint: "remembered",
        sv: { message: "remembered", hint: "remembered" },
      },
    ];
    // As written by this code, the remembered problem is reported: the cache is in use.
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect((await runCli(["check"], { cwd: root, env })).stdout).toContain("remembered");
    // As written by other code, it is not.
    writeFileSync(cacheFile, JSON.stringify({ ...cache, version: `${cache.version}-older` }));
    const run = await runCli(["check"], { cwd: root, env });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("remembered");
  });

  it("gives the same problems as JSON", async () => {
    const root = copy();
    const file = join(root, "audits/orebro/granskning-hrv-2025.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("answer: largely", "answer: Till stor del"),
    );
    const run = await runCli(["check", "--json"], { cwd: root });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(result.diagnostics[0]).toMatchObject({
      file: "audits/orebro/granskning-hrv-2025.md",
      code: "schema-invalid-value",
      severity: "error",
      hint: expect.stringContaining("Write `largely`"),
    });
  });

  it("checks one file on its own, and a file outside the corpus against it", async () => {
    const root = copy();
    const one = await runCli(["check", "responses/malmo/ASN-2024-2039.md"], { cwd: root });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/1 file checked: no problems/);
    const outside = join(root, "..", `${root.split("/").at(-1)}-draft.md`);
    writeFileSync(
      outside,
      readFileSync(join(repoRoot, "responses/malmo/ASN-2024-2039.md"), "utf8")
        .replace("id: ASN-2024-2039", "id: ASN-2024-9999")
        .replace("## R5 Rekommendation 5", "## R7 Rekommendation 7"),
    );
    cleanups.push(() => writeFileSync(outside, ""));
    const run = await runCli(["check", outside], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("section-unknown-recommendation");
    expect(run.stdout).toContain("No answered audit (SR-2023-81) has a recommendation R7");
  });

  it("a Latin-1 file is refused with its line and column, and the rest is still checked", async () => {
    const root = copy();
    const file = join(root, "responses/malmo/asn-2025-01-27-p32.md");
    writeFileSync(file, Buffer.from(readFileSync(file, "utf8").replace(/[—–…§]/g, "-"), "latin1"));
    const run = await runCli(["check"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/asn-2025-01-27-p32\.md:\d+:\d+ {2}error {2}encoding-invalid-utf8/);
    expect(run.stdout).not.toContain("unknown-audit");
  });
});
