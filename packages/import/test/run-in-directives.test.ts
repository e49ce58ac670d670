import { describe, expect, it } from "vitest";
import { technicalAndBoard } from "./helpers/municipality-bodies.ts";
import { reportRead } from "./helpers/report-read.ts";

// A summary table (area, finding, recommendation) flattened into one line: each row's finding
// runs into its recommendation without a stop, the recommendation beginning with the body.
const report = [
  "Granskning av lokalförsörjningen",
  "",
  "Tabell 2. Iakttagelser och rekommendationer Område Iakttagelse Rekommendation Underhåll Underhållsplanen har inte uppdaterats sedan 2022 Tekniska nämnden bör uppdatera underhållsplanen varje år. Lokalbehov Behoven redovisas inte i budgeten Kommunstyrelsen bör kräva en lokalbehovsanalys inför varje budgetår. Uthyrning Avtal saknas för tre lokaler som hyrs ut till föreningar som betalar hyra till Tekniska nämnden bör enligt avtalet.",
].join("\n");

const organisation = technicalAndBoard;

describe("a table's rows flattened into sentences without stops between the cells", () => {
  it("begins a recommendation at the body's name with its modal verb, unless a joining word stands before", () => {
    const found = reportRead(report, organisation);
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      ["Tekniska nämnden bör uppdatera underhållsplanen varje år.", ["Tekniska nämnden"]],
      ["Kommunstyrelsen bör kräva en lokalbehovsanalys inför varje budgetår.", ["Kommunstyrelsen"]],
    ]);
  });
});
