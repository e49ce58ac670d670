import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A recommendations page whose first item is cut at "genom att" / "by" and carried on by two
// sub-items in small letters: the item and its sub-items are one recommendation; the items
// after them, each with a capital, are their own.
const swedish = [
  "Riksrevisionen lämnar följande rekommendationer till Lantmäteriet:",
  "",
  " • Lantmäteriet bör korta handläggningstiderna för förrättningar, genom att",
  "   • införa en gemensam planering av ärenden mellan kontoren",
  "   • varje kvartal redovisa väntetiderna per län.",
  " • Lantmäteriet bör publicera sina avgifter för förrättningar på webbplatsen.",
].join("\n");

const english = [
  "Recommendations",
  "",
  "We recommend that the Department:",
  "",
  " • reduce the backlog of licence renewals by",
  "   ◦ assigning a second team to renewals until the backlog is cleared",
  "   ◦ reporting the backlog to the board each month;",
  " • publish its service standards for renewals.",
].join("\n");

const organisation = {
  id: "s",
  bodies: [
    { id: "lm", name: "Lantmäteriet", kind: "agency" },
    { id: "dep", name: "Department", kind: "agency" },
  ],
};

describe("an item cut at a word that goes on, carried on by sub-items", () => {
  it("joins the sub-items to the item (Swedish)", () => {
    expect(recommendationsTo(swedish, organisation, "rekommendationer.txt")).toEqual([
      [
        "Lantmäteriet bör korta handläggningstiderna för förrättningar, genom att införa en gemensam planering av ärenden mellan kontoren varje kvartal redovisa väntetiderna per län.",
        ["lm"],
      ],
      ["Lantmäteriet bör publicera sina avgifter för förrättningar på webbplatsen.", ["lm"]],
    ]);
  });

  it("joins the sub-items to the item (English)", () => {
    expect(recommendationsTo(english, organisation, "report.txt")).toEqual([
      [
        "reduce the backlog of licence renewals by assigning a second team to renewals until the backlog is cleared reporting the backlog to the board each month;",
        ["dep"],
      ],
      ["publish its service standards for renewals.", ["dep"]],
    ]);
  });
});
