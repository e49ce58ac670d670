import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    { id: "ea", bodies: [{ id: "energy-agency", name: "Energy Agency" }] },
    "update.txt",
  );
}

// A progress comment that opens with the date it speaks of, tells what had been done then and
// what the body plans, with the planned step's own date.
const update = [
  "Recommendation 1: The Energy Agency should publish its grid connection queue each month.",
  "",
  "Agency response: Agreed.",
  "",
  "Comments: As of March 2027, the agency had built a first version of the queue register and planned to publish it by November 30, 2027.",
].join("\n");

describe("a status date at a comment's opening", () => {
  it("is no due date; the planned step's date is", () => {
    const section = read(update).sections[0];
    expect(section?.stance).toBe("agrees");
    expect(section?.measures.map((m) => m.due?.end)).toEqual(["2027-11-30"]);
  });
});
