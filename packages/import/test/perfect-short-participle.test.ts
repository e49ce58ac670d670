import { describe, expect, it } from "vitest";
import { responseRead } from "./helpers/report-read.ts";

describe("what has (not) led to anything in a past year", () => {
  it("is no measure: 'har inte lett till … under 2026' is the perfect, not a promise", () => {
    const text = [
      "Yttrande över granskning av jourverksamheten",
      "",
      "Rekommendation 1: Nämnden bör utöka bemanningen av jouren på helger.",
      "",
      "Nämnden delar inte bedömningen. Nuvarande bemanning har inte lett till några klagomål under 2026. Nämnden följer frågan i den löpande uppföljningen.",
      "",
    ].join("\n");
    const got = responseRead(text, { id: "x", bodies: [] });
    expect(got.sections.map((s) => [s.number, s.stance, s.measures.length])).toEqual([
      [1, "disagrees", 0],
    ]);
  });
});
