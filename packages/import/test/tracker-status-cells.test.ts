import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    { id: "d", bodies: [{ id: "dvla", name: "Driver and Vehicle Agency" }] },
    "tracker.txt",
  );
}

describe("a tracker's records copied cell by cell under their numbers", () => {
  const page = [
    "Recommendations (3)",
    "Driver and Vehicle Agency",
    "Rec 1",
    "Accepted",
    "Work in Progress",
    "The Agency should: a publish its licence backlog by region every month.",
    "Driver and Vehicle Agency",
    "Rec 2",
    "Partially Accepted",
    "Implemented",
    "b review the fees charged for duplicate licences before the next spending review.",
    "Driver and Vehicle Agency",
    "Rec 3",
    "Rejected",
    "c close the paper application route.",
  ].join("\n");

  it("reads the acceptance as the stance, skips the progress cell and keeps the text without the record's field", () => {
    const sections = read(page).sections;
    expect(sections.map((s) => [s.number, s.stance, s.text])).toEqual([
      [1, "agrees", "The Agency should: a publish its licence backlog by region every month."],
      [
        2,
        "partly-agrees",
        "b review the fees charged for duplicate licences before the next spending review.",
      ],
      [3, "disagrees", "c close the paper application route."],
    ]);
  });
});
