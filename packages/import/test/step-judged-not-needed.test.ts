import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

// A view that the recommended step is not needed, said with the negation inside the clause the
// view opens, or in the passive.
describe("a step judged not needed", () => {
  it("reads a view that the step is not needed, with the negation inside its clause", () => {
    for (const said of [
      "Rådmannen mener at det ikke er nødvendig med en egen plan.",
      "Nämnden anser att det inte är ändamålsenligt att införa en ny rutin.",
      "En särskild uppföljning bedöms inte tillföra något.",
    ])
      expect(readStanceIn(said)?.stance).toBe("disagrees");
    expect(readStanceIn("Det er ikke nødvendig å vente på rapporten.")).toBeUndefined();
  });
});
