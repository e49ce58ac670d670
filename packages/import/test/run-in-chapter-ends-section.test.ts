import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// A flattened report: the summary's lead and its items on one page's line, then the chapters
// with their numbers run into the next page's line and each chapter's own assessment.
const page = [
  "Sammanfattning",
  "",
  "2 Vi har granskat äldrenämndens arbete med läkemedelshantering. Utifrån granskningen rekommenderar vi äldrenämnden att: upprätta en rutin för egenkontroll av läkemedelsförråd säkerställa att avvikelser sammanställs och analyseras varje kvartal 2",
  "",
  "5 Granskningen har genomförts genom intervjuer och stickprov. 3.1 Rutiner och ansvar Det finns en riktlinje från 2019 som inte har reviderats. Vår bedömning Vi bedömer att dokumentationen behöver förbättras inom hemtjänsten. 5",
].join("\n");

const organisation = {
  id: "a",
  bodies: [{ id: "an", name: "Äldrenämnden", kind: "committee" }],
};

describe("a chapter's number run into the text after a lead's items", () => {
  it("ends the section the lead opened, so the chapter's assessment is no recommendation", () => {
    const found = reportRead(page, organisation);
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "upprätta en rutin för egenkontroll av läkemedelsförråd",
      "säkerställa att avvikelser sammanställs och analyseras varje kvartal",
    ]);
  });
});
