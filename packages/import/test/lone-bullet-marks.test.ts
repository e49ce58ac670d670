import { describe, expect, it } from "vitest";
import { textBlocks } from "../src/text-blocks.ts";
import { recommendationsTo } from "./helpers/report-read.ts";

// A report converted so that each list's mark stands on a line of its own, a blank line
// between it and its item's text, under headings that name the addressee ("Till regeringen").
const report = [
  "Rekommendationer",
  "",
  "Revisionsverket lämnar följande rekommendationer:",
  "",
  "Till regeringen",
  "",
  "•",
  "",
  "Ge Fiskeverket i uppdrag att kartlägga bestånden i insjöarna.",
  "",
  "•",
  "",
  "Överväg att samla tillsynen hos en myndighet.",
  "",
  "Till Fiskeverket",
  "",
  "•",
  "",
  "Publicera fångststatistiken varje kvartal.",
].join("\n");

const organisation = {
  id: "se",
  bodies: [
    { id: "reg", name: "Regeringen", kind: "government" },
    { id: "fv", name: "Fiskeverket", kind: "agency" },
  ],
};

describe("list marks on lines of their own", () => {
  it("makes the text after a lone mark the item it marks", () => {
    const items = textBlocks(report).filter((b) => b.kind === "item");
    expect(items.map((b) => [b.marker, b.text])).toEqual([
      ["•", "Ge Fiskeverket i uppdrag att kartlägga bestånden i insjöarna."],
      ["•", "Överväg att samla tillsynen hos en myndighet."],
      ["•", "Publicera fångststatistiken varje kvartal."],
    ]);
  });

  it("reads the items as recommendations to the body the heading above names", () => {
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      ["Ge Fiskeverket i uppdrag att kartlägga bestånden i insjöarna.", ["reg"]],
      ["Överväg att samla tillsynen hos en myndighet.", ["reg"]],
      ["Publicera fångststatistiken varje kvartal.", ["fv"]],
    ]);
  });
});
