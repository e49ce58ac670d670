// Every file gets its verdict within 5 s of CPU time and 512 MB: the largest files Spårbar
// accepts, and the shapes that once took it half a minute or crashed it. The worker that
// checks them has a 512 MB memory limit; passing it would end the worker and fail the test.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";
import type { Verdict } from "./limits-worker.ts";

function checkShapes(): Promise<Verdict[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./limits-worker.ts", import.meta.url), {
      workerData: { repoRoot },
      resourceLimits: { maxOldGenerationSizeMb: 480, maxYoungGenerationSizeMb: 32 },
    });
    worker.once("message", (verdicts: Verdict[]) => {
      void worker.terminate();
      resolve(verdicts);
    });
    worker.once("error", reject);
  });
}

describe("the cost of a verdict", () => {
  it("stays within 5 s and 512 MB for every shape, refused or read", async () => {
    const verdicts = await checkShapes();
    const byShape = Object.fromEntries(verdicts.map((v) => [v.shape, v]));
    for (const v of verdicts) {
      // The largest accepted files take 0.8 s on one machine of this kind and 2.5 s on a slower
      // one; the quadratic shapes this guards against took from 20 s to minutes.
      expect(v.cpuMs, v.shape).toBeLessThan(5000);
      expect([0, 1], v.shape).toContain(v.code);
    }
    // What each verdict is: refused by a limit at once, or read in full.
    expect(byShape["5,000 sections"]?.codes).toEqual(["markdown-too-complex"]);
    expect(byShape["10,000 sections"]?.codes).toEqual(["markdown-too-complex"]);
    expect(byShape["800 sections, under the limits"]?.codes).toEqual([
      "not-addressed-to-body",
      "section-unknown-recommendation",
    ]);
    // Read in full: a body without sections is worth a warning, nothing more.
    for (const read of [
      "5,000 list items",
      "5,000 headings",
      "3,300 table rows",
      "emphasis at the limits",
      "a megabyte of prose",
    ])
      expect(byShape[read]?.codes, read).toEqual(["response-no-sections"]);
    // Deep, but not too deep: read, and the field is not one of the format's.
    expect(byShape["YAML 99 levels deep"]?.codes).toEqual(["schema-unknown-field"]);
    expect(byShape["an emphasis bomb"]?.codes).toEqual(["markdown-too-complex"]);
    expect(byShape["a run of 200,000 stars"]?.codes).toEqual(["markdown-too-complex"]);
    expect(byShape["images nested 10,000 deep"]?.codes).toEqual(["markdown-too-deep"]);
    expect(byShape["an audit with 14,000 recommendations"]?.codes).toEqual([]);
    expect(byShape["a sparse file of 1.5 GiB"]?.codes).toEqual(["file-too-large"]);
  }, 120_000);
});
