import { describe, expect, it } from "vitest";
import { findDatePhrases } from "../src/date-phrases.ts";

const ends = (text: string) => findDatePhrases(text).map((d) => d.period.end);

describe("the American 'fall' as a season", () => {
  it("reads 'Fall 2028', 'the fall of 2028' and 'by fall 2028' as the autumn", () => {
    expect(ends("Planned Completion Date: End of Fall 2028 semester")).toEqual(["2028-12-31"]);
    expect(ends("The new form will be used in the fall of 2028.")).toEqual(["2028-12-31"]);
    expect(ends("Training will be complete by fall 2028.")).toEqual(["2028-12-31"]);
  });

  it("leaves the verb", () => {
    expect(ends("Fees are expected to fall 2028 onwards")).toEqual([]);
  });
});
