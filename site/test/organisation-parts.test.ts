import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { keptParts } from "../src/lib/organisation-parts.ts";

let made: string[] = [];
afterEach(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
  made = [];
});

function setting(keys: Record<string, string>) {
  const folder = mkdtempSync(join(tmpdir(), "sparbar-parts-"));
  made.push(folder);
  const calls: string[] = [];
  const run = (download = "csv sv") =>
    keptParts({
      folder: join(folder, "parts"),
      download,
      organisations: Object.keys(keys),
      keyOf: (organisation) => keys[organisation] ?? "",
      make: (organisation) => {
        calls.push(`${download}:${organisation}`);
        return `rows of ${organisation} at ${keys[organisation]}\r\nsecond line\n`;
      },
    });
  return { folder, calls, run };
}

describe("an organisation's part of a download, kept between builds", () => {
  it("is made once and then taken from the folder while its key stays", () => {
    const keys = { alfa: "k1", beta: "k2" };
    const { calls, run } = setting(keys);
    const first = run();
    expect(calls).toEqual(["csv sv:alfa", "csv sv:beta"]);
    expect(run()).toEqual(first);
    expect(calls).toHaveLength(2);
  });

  it("is made again when its key changes, and only that organisation's", () => {
    const keys = { alfa: "k1", beta: "k2" };
    const { calls, run } = setting(keys);
    run();
    keys.beta = "k3";
    expect(run()).toEqual([
      "rows of alfa at k1\r\nsecond line\n",
      "rows of beta at k3\r\nsecond line\n",
    ]);
    expect(calls).toEqual(["csv sv:alfa", "csv sv:beta", "csv sv:beta"]);
  });

  it("is kept apart per download", () => {
    const { calls, run } = setting({ alfa: "k1" });
    run("csv sv");
    run("csv en");
    run("csv en");
    expect(calls).toEqual(["csv sv:alfa", "csv en:alfa"]);
  });

  it("is made again when the kept file is damaged or cut short, and never taken half", () => {
    const { folder, calls, run } = setting({ alfa: "k1" });
    run();
    const [file] = readdirSync(join(folder, "parts"));
    writeFileSync(join(folder, "parts", file ?? ""), "k");
    expect(run()).toEqual(["rows of alfa at k1\r\nsecond line\n"]);
    expect(calls).toHaveLength(2);
    expect(readdirSync(join(folder, "parts"))).toHaveLength(1);
  });

  it("still gives every part when the folder cannot be written", () => {
    const { folder, calls, run } = setting({ alfa: "k1" });
    writeFileSync(join(folder, "parts"), "a file where the folder would be");
    expect(run()).toEqual(["rows of alfa at k1\r\nsecond line\n"]);
    expect(run()).toEqual(["rows of alfa at k1\r\nsecond line\n"]);
    expect(calls).toHaveLength(2);
  });
});
