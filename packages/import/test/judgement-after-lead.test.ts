import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A news item retelling an audit: the auditors' judgement that a body should act, put after a
// lead that puts the verb first ("Enligt revisorerna är det …", "Mot den bakgrunden är det …").
const article = [
  "Revisorerna granskade kommunens upphandlingar under året.",
  "",
  "Enligt revisorerna är det nu angeläget att tekniska nämnden inför en avtalsdatabas för alla ramavtal.",
  "",
  "Mot den bakgrunden är det också viktigt att kommunstyrelsen följer upp inköpen utanför avtal varje kvartal.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "tn", name: "Tekniska nämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "executive" },
  ],
};

describe("a judgement that a body should act, its verb put first by a lead", () => {
  it("is a recommendation to that body", () => {
    expect(recommendationsTo(article, organisation, "artikel.txt")).toEqual([
      [
        "Enligt revisorerna är det nu angeläget att tekniska nämnden inför en avtalsdatabas för alla ramavtal.",
        ["tn"],
      ],
      [
        "Mot den bakgrunden är det också viktigt att kommunstyrelsen följer upp inköpen utanför avtal varje kvartal.",
        ["ks"],
      ],
    ]);
  });
});
