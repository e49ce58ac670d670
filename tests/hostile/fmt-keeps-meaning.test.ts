// `sparbar fmt` on any file either writes a file that reads back to what the original said, or
// writes nothing and exits non-zero. Here for every file of the hostile corpus; the fuzzing
// harness asks the same of generated and mutated files.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSource } from "@sparbar/core";
import { afterAll, describe, expect, it } from "vitest";
import { fileModel } from "../helpers/file-model.ts";
import { corpusWith, hostileBytes, hostileCases } from "../helpers/hostile.ts";
import { runSparbar } from "../helpers/in-process.ts";

const work = mkdtempSync(join(tmpdir(), "sparbar-hostile-fmt-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let made = 0;

describe("sparbar fmt on the hostile corpus", () => {
  it.each(hostileCases)(
    "$fixture: kept in meaning, or left alone with a non-zero exit",
    async (c) => {
      const root = corpusWith(c, join(work, `case-${++made}`));
      const before = hostileBytes(c);
      const run = await runSparbar(["fmt", c.as], { cwd: root });
      const after = readFileSync(join(root, c.as));
      if (run.code !== 0) {
        expect(after.equals(before)).toBe(true);
        return;
      }
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(fileModel(loadSource(c.as, after))).toBe(fileModel(loadSource(c.as, before)));
    },
  );
});
