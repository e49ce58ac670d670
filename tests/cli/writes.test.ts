// What sparbar writes, and what it refuses to write: nothing is lost or replaced against a will.
import { chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedCopies } from "../helpers/cli.ts";
import { runSparbar } from "../helpers/in-process.ts";

const copy = seedCopies();

const response = "responses/malmo/ASN-2025-2041.md";

/** The status of every recommendation, as a model of what the corpus says. */
async function model(root: string) {
  const run = await runSparbar(["export", "--format", "json", "--as-of", "2026-01-01"], {
    cwd: root,
  });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout).statuses;
}

describe("sparbar fmt never loses text", () => {
  it("refuses a Windows-1252 file, says where, and leaves every byte as it was", async () => {
    const root = copy();
    const file = join(root, response);
    const latin1 = Buffer.from(readFileSync(file, "utf8"), "latin1");
    writeFileSync(file, latin1);
    const run = await runSparbar(["fmt"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${response} has errors`);
    expect(run.stdout).toMatch(
      /ASN-2025-2041\.md:\d+:\d+ {2}error {2}encoding-invalid-utf8 {2}Byte 0x[0-9A-F]{2} is not valid UTF-8 here \(the file looks like Latin-1/,
    );
    expect(run.stdout).toContain("0 files formatted");
    expect(readFileSync(file).equals(latin1)).toBe(true);
    // And check, after the refused fmt, still refuses the file.
    expect((await runSparbar(["check"], { cwd: root })).code).toBe(1);
  });

  it("keeps CRLF line endings and a byte order mark as the file had them", async () => {
    const root = copy();
    const file = join(root, response);
    const before = await model(root);
    const messy = readFileSync(file, "utf8").replace(
      "kind: report-back\n",
      "kind:   report-back   \n\n",
    );
    writeFileSync(file, `\uFEFF${messy.replaceAll("\n", "\r\n")}`);
    const run = await runSparbar(["fmt"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 file formatted");
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("kind: report-back\r\n");
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    expect(await model(root)).toEqual(before);
    expect((await runSparbar(["fmt", "--check"], { cwd: root })).code).toBe(0);
  });

  it("does not replace a read-only file, and says so", async () => {
    const root = copy();
    const file = join(root, response);
    const messy = readFileSync(file, "utf8").replace(
      "kind: report-back\n",
      "kind:   report-back\n",
    );
    writeFileSync(file, messy);
    chmodSync(file, 0o444);
    const run = await runSparbar(["fmt"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Cannot write ${response}: the file is read-only. Nothing was written.`,
    );
    expect(readFileSync(file, "utf8")).toBe(messy);
    const swedish = await runSparbar(["fmt", "--lang", "sv"], { cwd: root });
    expect(swedish.stderr).toContain("filen är skrivskyddad");
  });
});

describe("sparbar export --force", () => {
  it("replaces a file the user may write, and not a read-only one", async () => {
    const root = copy();
    const target = join(root, "läge.csv");
    writeFileSync(target, "mitt");
    const args = ["export", "--format", "csv", "-o", "läge.csv", "--force"];
    expect((await runSparbar(args, { cwd: root })).code).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("Organisation");
    writeFileSync(target, "mitt");
    chmodSync(target, 0o444);
    const run = await runSparbar(args, { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Cannot write läge.csv: the file is read-only");
    expect(readFileSync(target, "utf8")).toBe("mitt");
  });
});

describe("sparbar draft", () => {
  it.each([
    ["../../utanför", "contains"],
    ["ASN 2026", "looks like a diary number"],
    ["CON", "reserved"],
  ])(
    "refuses the id %j, which would name no file of the corpus, and writes nothing",
    async (id, why) => {
      const root = copy();
      const before = readdirSync(join(root, "responses/malmo")).sort();
      const run = await runSparbar(
        ["draft", "--audit", "SR-2023-81", "--body", "asn", "--id", id, "--date", "2025-06-01"],
        { cwd: root },
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(why);
      expect(readdirSync(join(root, "responses/malmo")).sort()).toEqual(before);
      expect(readdirSync(root).sort()).toEqual(["audits", "responses"]);
    },
  );
});

describe("the corpus a command works on", () => {
  it("is SPARBAR_ROOT when set, as for the site; --root still wins", async () => {
    const root = copy();
    const elsewhere = copy();
    const file = join(elsewhere, response);
    const source = readFileSync(file, "utf8");
    const line = source.split("\n").indexOf("date: 2025-04-25") + 1;
    writeFileSync(file, source.replace("date: 2025-04-25", "date: snart"));
    const fromEnv = await runSparbar(["check", "--no-cache"], {
      cwd: root,
      env: { SPARBAR_ROOT: elsewhere },
    });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stdout).toContain(`${response}:${line}:7  error  period-unparseable`);
    const flag = await runSparbar(["check", "--no-cache", "--root", root], {
      cwd: root,
      env: { SPARBAR_ROOT: elsewhere },
    });
    expect(flag.code).toBe(0);
  });
});
