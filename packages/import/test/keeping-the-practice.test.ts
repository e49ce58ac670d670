import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

describe("keeping the practice as it is ('vil ikke endre praksis')", () => {
  it("is disagreeing, in Norwegian, Swedish and Danish", () => {
    for (const said of [
      "Kommunedirektøren mener dagens ordning fungerer, og vil derfor ikke endre praksis.",
      "Förvaltningen kommer inte att ändra arbetssättet, eftersom kontrollen redan görs.",
      "Forvaltningen vil ikke ændre den nuværende praksis.",
    ])
      expect(readStanceIn(said)?.stance).toBe("disagrees");
  });

  it("is no stance where the change only waits", () => {
    expect(
      readStanceIn("Kommunen vil ikke endre praksis før evalueringen er ferdig."),
    ).toBeUndefined();
  });
});
