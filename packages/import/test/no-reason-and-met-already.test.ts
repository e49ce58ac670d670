import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

describe("seeing no reason for the step, and the recommendation met already", () => {
  it("reads 'ser ingen anledning' as declining", () => {
    expect(
      readStanceIn("Förvaltningen ser ingen anledning att införa en sådan rutin.")?.stance,
    ).toBe("disagrees");
  });

  it("reads the recommendation said to be met already as agreeing", () => {
    expect(
      readStanceIn("Nämnden bedömer att rekommendationen redan är tillgodosedd.")?.stance,
    ).toBe("agrees");
    expect(readStanceIn("Rekommendationen är uppfylld genom den nya rutinen.")?.stance).toBe(
      "agrees",
    );
  });
});
