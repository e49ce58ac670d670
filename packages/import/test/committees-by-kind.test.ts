import { describe, expect, it } from "vitest";
import { resolveAddressees } from "../src/addressees.ts";
import { municipality, names } from "./helpers/municipality-bodies.ts";

const [board, environment, upperSchool, leisure] = municipality;
const about = [board, environment, upperSchool, leisure].filter(
  (b): b is (typeof municipality)[number] => b !== undefined,
);

describe("committees named by their kind", () => {
  it("'facknämnderna' beside a named board are the other committees the text is about", () => {
    expect(
      names(resolveAddressees("kommunstyrelsen och facknämnderna", municipality, about)),
    ).toEqual(["Kommunstyrelsen", "Miljönämnden", "Gymnasienämnden", "Fritidsnämnden"]);
  });

  it("'de berörda nämnderna' alone are the committees the text is about", () => {
    expect(names(resolveAddressees("de berörda nämnderna", municipality, about))).toEqual([
      "Miljönämnden",
      "Gymnasienämnden",
      "Fritidsnämnden",
    ]);
  });

  it("stay unknown where the text is about one committee only", () => {
    const one = [board, environment].filter(
      (b): b is (typeof municipality)[number] => b !== undefined,
    );
    expect(resolveAddressees("driftsnämnderna", municipality, one).unknown).toEqual([
      "driftsnämnderna",
    ]);
  });
});
