import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

const stanceOf = (text: string) => readStanceIn(text)?.stance;

describe("answers retold in the passive or with the step named", () => {
  it("reads a recommendation not agreed or rejected as declined", () => {
    expect(
      stanceOf("The recommendation had not been agreed, as the depot already counts its stock."),
    ).toBe("disagrees");
    expect(stanceOf("The second recommendation was rejected by the Head of Housing.")).toBe(
      "disagrees",
    );
  });

  it("reads an agreement to implement the recommendation as agreeing, not one in part", () => {
    expect(stanceOf("The Director had agreed to implement both recommendations.")).toBe("agrees");
    expect(stanceOf("Officers agreed to implement the recommendation in part.")).not.toBe("agrees");
  });
});
