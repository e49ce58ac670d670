import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldInPlace } from "../src/addressees.ts";

describe("folding text for matching", () => {
  it("folds the Nordic vowels alike: ø and ö to o, æ and ä to a, å to a", () => {
    expect(fold("Bør Økonomiudvalget i Sønderå")).toBe("bor okonomiudvalget i sondera");
    expect(fold("bör")).toBe(fold("bør"));
    expect(fold("Nævnet")).toBe(fold("Nävnet"));
    expect(foldInPlace("Kommunedirektøren bør")).toBe("kommunedirektoren bor");
  });

  it("folds in place one character for one, and as the whole text folds (property)", () => {
    const letters = fc.constantFrom(..."aåäæøöÅÄÆØÖéÉbB ");
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        const inPlace = foldInPlace(text);
        expect(inPlace.length).toBe(text.length);
        expect(fold(inPlace)).toBe(fold(text));
      }),
    );
  });
});
