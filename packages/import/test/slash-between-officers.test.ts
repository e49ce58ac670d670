import { describe, expect, it } from "vitest";
import { resolveAddressees } from "../src/addressees.ts";

describe("two officers in one cell with a spaced slash between", () => {
  it("are two addressees; a slash inside a word joins no two names", () => {
    expect(resolveAddressees("Payroll Manager / Head of HR", [], []).unknown).toEqual([
      "Payroll Manager",
      "Head of HR",
    ]);
    expect(resolveAddressees("Kultur/fritidsnämnden", [], []).unknown).toEqual([
      "Kultur/fritidsnämnden",
    ]);
  });
});
