import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A municipality's web page copied as text: each paragraph one line, and under the lead's colon
// the items in small letters whose bullets were lost, some without a stop.
const organisation = {
  id: "k",
  bodies: [
    { id: "ks", name: "Kommunstyrelsen", kind: "board" },
    { id: "rev", name: "Kommunrevisionen", kind: "auditors" },
  ],
};

const page = (items: string[]) =>
  [
    "Granskning av lokalförsörjningen",
    "Kommunrevisionen har granskat om kommunstyrelsen har en ändamålsenlig planering av kommunens lokaler och om lokalbehoven för skolor och äldreboenden är kända för de kommande tio åren.",
    "Granskningen visar att det saknas en samlad lokalförsörjningsplan och att förvaltningarnas prognoser över lokalbehovet bygger på olika antaganden om befolkningens utveckling i kommunen.",
    "Mot bakgrund av granskningen rekommenderar kommunrevisionen kommunstyrelsen att:",
    ...items,
    "Revisionen begär yttrande från kommunstyrelsen senast den 30 april.",
  ].join("\n");

describe("items each on their own line in a text of unwrapped paragraphs", () => {
  it("reads a line in small letters after an item without a stop as the next item", () => {
    expect(
      recommendationsTo(
        page([
          "upprätta en samlad lokalförsörjningsplan som omfattar samtliga förvaltningar",
          "samordna befolkningsprognoserna mellan förvaltningarna inför varje budgetår",
          "redovisa lokalkostnaderna per verksamhet i årsredovisningen.",
        ]),
        organisation,
      ),
    ).toEqual([
      ["upprätta en samlad lokalförsörjningsplan som omfattar samtliga förvaltningar", ["ks"]],
      ["samordna befolkningsprognoserna mellan förvaltningarna inför varje budgetår", ["ks"]],
      ["redovisa lokalkostnaderna per verksamhet i årsredovisningen.", ["ks"]],
    ]);
  });

  it("keeps a line that goes on after a word no clause ends with on the item before", () => {
    expect(
      recommendationsTo(
        page([
          "upprätta en samlad lokalförsörjningsplan för",
          "samtliga förvaltningar och bolag",
          "redovisa lokalkostnaderna per verksamhet i årsredovisningen.",
        ]),
        organisation,
      ).map(([text]) => text),
    ).toEqual([
      "upprätta en samlad lokalförsörjningsplan för samtliga förvaltningar och bolag",
      "redovisa lokalkostnaderna per verksamhet i årsredovisningen.",
    ]);
  });
});
