import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

describe("a point reported done in a status note ('Punktet anses som gjennomført')", () => {
  it("is agreeing, in Norwegian, Swedish and Danish", () => {
    for (const said of [
      "Punktet anses som gjennomført.",
      "Anbefalingen er gjennomført.",
      "Punkten anses som genomförd.",
      "Anbefalingerne betragtes som gennemført.",
    ])
      expect(readStanceIn(said)?.stance).toBe("agrees");
  });

  it("is none where it is not done", () => {
    expect(readStanceIn("Punktet er ikke gjennomført ennå.")?.stance).not.toBe("agrees");
  });
});
