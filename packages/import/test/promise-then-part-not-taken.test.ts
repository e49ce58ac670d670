import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

describe("a step promised, then 'men' and another part not taken ('…, men X tas inte fram')", () => {
  it("is agreeing in part, in Swedish, Norwegian and Danish", () => {
    for (const said of [
      "Arkivet ska gallras under våren, men något nytt e-arkiv införs inte i år.",
      "Rutinen skal revideres innen mars, men et eget fagsystem innføres ikke.",
      "Vejledningen vil blive opdateret, men en ny portal oprettes ikke.",
    ])
      expect(readStanceIn(said)?.stance).toBe("partly-agrees");
  });

  it("is none where the step promised is itself declined", () => {
    expect(
      readStanceIn("Arkivet ska inte gallras, men ett e-arkiv införs inte heller.")?.stance,
    ).not.toBe("partly-agrees");
  });
});
