import { describe, expect, it } from "vitest";
import { withoutMarkup } from "../src/markup.ts";
import { reportRead } from "./helpers/report-read.ts";

// An article pasted with its HTML kept: the recommendations stand as "<li>" items under a
// paragraph "X bör" that the items complete.
const article = [
  "<h3>Slutsatser</h3>",
  "",
  "<p>Bibliotekens öppettider har inte följts upp sedan 2023.</p>",
  "",
  "<p><strong>Revisionsnämnden konstaterar att</strong></p>",
  "",
  "<p>kultursektorn bör</p>",
  "<ul>",
  "<li>följa upp öppettiderna vid varje filial två gånger om året</li>",
  "<li>redovisa besöksstatistiken i verksamhetsberättelsen.</li>",
  "</ul>",
].join("\n");

describe("list items kept as HTML tags", () => {
  it("marks a line's '<li>' as a list item, line for line", () => {
    expect(withoutMarkup("<ul>\n<li>ta fram en plan</li>\n</ul>").split("\n")).toEqual([
      "",
      "- ta fram en plan",
      "",
    ]);
  });

  it("reads the items under 'X bör' as recommendations to X", () => {
    const found = reportRead(
      article,
      { id: "stad", bodies: [{ id: "ks", name: "Kultursektorn" }] },
      "artikel.txt",
    );
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      ["följa upp öppettiderna vid varje filial två gånger om året", ["Kultursektorn"]],
      ["redovisa besöksstatistiken i verksamhetsberättelsen.", ["Kultursektorn"]],
    ]);
  });
});
