import { describe, expect, it } from "vitest";
import { resolveAddressees } from "../src/addressees.ts";
import { municipality, names } from "./helpers/municipality-bodies.ts";

describe("the committees as a group", () => {
  it("'samtliga nämnder' takes in the municipality's executive board", () => {
    expect(names(resolveAddressees("Samtliga nämnder", municipality, []))).toEqual([
      "Kommunstyrelsen",
      "Miljönämnden",
      "Gymnasienämnden",
      "Fritidsnämnden",
    ]);
  });

  it("'nämnderna' are the committees the text is about, when it is about more than one", () => {
    const about = [municipality[0], municipality[2], municipality[3]].filter(
      (b): b is (typeof municipality)[number] => b !== undefined,
    );
    expect(names(resolveAddressees("Nämnderna", municipality, about))).toEqual([
      "Gymnasienämnden",
      "Fritidsnämnden",
    ]);
    const one = municipality.slice(0, 2);
    expect(resolveAddressees("nämnderna", municipality, one).unknown).toEqual(["nämnderna"]);
  });
});
