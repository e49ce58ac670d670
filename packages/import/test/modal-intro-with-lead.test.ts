import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A local paper retells an audit: each group of items in small letters completes a line that
// names the body and its modal verb, with whose advice it is or an adverb before the colon.
const article = [
  "Revisorerna lämnar tre rekommendationer. Fritidsnämnden bör enligt revisorerna:",
  "",
  "• upprätta en underhållsplan för idrottshallarna",
  "• redovisa bokningsgraden för varje hall en gång per år",
  "",
  "Kommunstyrelsen bör därför:",
  "",
  "• ta fram en policy för avgifter till föreningar",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "fn", name: "Fritidsnämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "executive" },
  ],
};

describe("a body's modal intro with a lead before its colon", () => {
  it("reads the items under it to that body", () => {
    expect(recommendationsTo(article, organisation, "artikel.txt")).toEqual([
      ["upprätta en underhållsplan för idrottshallarna", ["fn"]],
      ["redovisa bokningsgraden för varje hall en gång per år", ["fn"]],
      ["ta fram en policy för avgifter till föreningar", ["ks"]],
    ]);
  });
});
