import { describe, expect, it } from "vitest";
import { responseRead } from "./helpers/report-read.ts";

const organisation = {
  id: "council",
  bodies: [{ id: "audit-committee", name: "Audit Committee" }],
};
const sectionsOf = (text: string) =>
  responseRead(text, organisation, "minutes.txt").sections.map((s) => [s.number, s.text, s.stance]);

describe("recommendations quoted under their own label in minutes", () => {
  it("leaves a short code or a label naming the recommendation out of its text", () => {
    const minutes = [
      "Minutes:",
      "",
      "The Committee considered the plan answering the external auditor's key recommendations.",
      "",
      "KR1: The Borough should publish a capital strategy covering ten years. The Treasurer advised that this recommendation was accepted.",
      "",
      "KR2: The Borough should review the fees charged for garden waste collection. Officers explained that the recommendation was accepted in part.",
      "",
      "2b. Committee recommendation: The Borough should report sickness absence to Members each quarter. The Head of People confirmed that the recommendation was accepted.",
    ].join("\n");
    expect(sectionsOf(minutes)).toEqual([
      [1, "The Borough should publish a capital strategy covering ten years.", "agrees"],
      [
        2,
        "The Borough should review the fees charged for garden waste collection.",
        "partly-agrees",
      ],
      [3, "The Borough should report sickness absence to Members each quarter.", "agrees"],
    ]);
  });
});
