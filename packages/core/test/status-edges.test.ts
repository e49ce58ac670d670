import { describe, expect, it } from "vitest";
import { exportCorpus } from "../src/index.ts";
import { noResponseSince } from "../src/status/silence.ts";
import {
  baseFiles,
  baseText,
  inlineCorpus,
  responseFile,
  subjectOf,
} from "./helpers/inline-corpus.ts";
import { period } from "./helpers/period.ts";

/*
 * Rules of the status engine and the open data at their edges, each on a corpus built inside
 * its own test, so that the code is credited to the test that checks it.
 */

const R1 = "testkommun/REV-2024-1/R1@sn";
const R2 = "testkommun/REV-2024-1/R2@ks";

describe("a measure dropped in the response that promised it", () => {
  it("is dropped from that day, with its reason, and keeps nothing open", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: responseFile(
        [
          "## R1 Rutiner",
          "",
          "Ställningstagande: instämmer",
          "",
          "- [ ] Rutin för att ställa frågor om våld fastställs — senast den 30 september 2024",
          "  Utgår: rutinen tas fram av regionen i stället",
          "",
        ].join("\n"),
      ),
    });
    expect(corpus.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const status = corpus.status(subjectOf(corpus, R1), "2024-12-31");
    const measure = status?.measures[0];
    expect(measure?.state).toBe("dropped");
    expect(measure?.dropped).toMatchObject({
      reason: "rutinen tas fram av regionen i stället",
      source: expect.objectContaining({ id: "SN-2024-10" }),
    });
    // Its date passing is no missed deadline, and the recommendation is not "in progress".
    expect(status?.passed).toEqual([]);
    expect(status?.nextDue).toBeUndefined();
    expect(status?.body).toBe("answered");
  });
});

describe("the note that no response is on record long after the issue", () => {
  it("is given only where no response is on record, from thirteen months after the issue", () => {
    const issued = period("2024-02-15");
    for (const state of ["awaiting-response", "response-due-passed", "request-unknown"] as const) {
      expect(noResponseSince(state, issued, "2025-03-14")).toBeUndefined();
      expect(noResponseSince(state, issued, "2025-03-15")).toBe("2025-03-15");
    }
    for (const state of ["answered", "in-progress", "not-requested", "declined"] as const) {
      expect(noResponseSince(state, issued, "2026-01-01")).toBeUndefined();
    }
  });

  it("stands beside a recommendation still awaiting its response", () => {
    const corpus = inlineCorpus({ [baseFiles.response]: null });
    const status = corpus.status(subjectOf(corpus, R2), "2025-03-15");
    expect(status?.body).toBe("response-due-passed");
    expect(status?.noResponseSince).toBe("2025-03-15");
  });
});

describe("the next date", () => {
  it("is not a response's date once it has passed", () => {
    const corpus = inlineCorpus({ [baseFiles.response]: null });
    const r2 = subjectOf(corpus, R2);
    expect(corpus.status(r2, "2024-05-31")?.nextDue).toMatchObject({ what: "response" });
    expect(corpus.status(r2, "2024-06-01")?.nextDue).toBeUndefined();
  });
});

describe("the open data of one audit", () => {
  it("holds a response that answers that audit and another one outside it", () => {
    const corpus = inlineCorpus({
      [baseFiles.response]: baseText(baseFiles.response).replace(
        "answers: [REV-2024-1]",
        "answers: [REV-2024-1, REV-2023-9]",
      ),
    });
    const data = exportCorpus(corpus, "2025-12-31", {
      organisation: "testkommun",
      audit: "REV-2024-1",
    });
    expect(data.responses.map((r) => r.id)).toEqual(["SN-2024-10"]);
  });
});
