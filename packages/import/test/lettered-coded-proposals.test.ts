import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { readStanceIn } from "../src/stance-words.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    { id: "c", bodies: [{ id: "council", name: "Council" }] },
    "minutes.txt",
  );
}

describe("coded proposals in a lettered list, answered by their codes", () => {
  const minutes = [
    "Minutes:",
    "",
    "The auditor said that no formal recommendations had been made this year. Two proposals for improvement were set out:",
    "",
    "(a)   Q1 The Council should report the waiting times for adaptations in its quarterly performance report; and",
    "",
    "(b)   Q2 The Council should agree one procedure for recovering overpaid grants.",
    "",
    "The Director said that the Council accepted Q1 and that the waiting times would be reported from the report for September 2027. Members noted the update.",
  ].join("\n");

  it("opens a section for each lettered item and reads the stance said to a proposal by its code", () => {
    const sections = read(minutes).sections;
    expect(sections.map((s) => s.text.slice(0, 24))).toEqual([
      "Q1 The Council should re",
      "Q2 The Council should ag",
    ]);
    expect(sections[0]?.stance).toBe("agrees");
  });

  it("reads accepted or rejected by code, not a count or acceptance in principle", () => {
    expect(readStanceIn("The board accepted recommendations R2 and R3.")?.stance).toBe("agrees");
    expect(readStanceIn("Cabinet rejected proposal 4.")?.stance).toBe("disagrees");
    expect(readStanceIn("The panel accepted 12 of the 15 recommendations.")).toBeUndefined();
  });
});
