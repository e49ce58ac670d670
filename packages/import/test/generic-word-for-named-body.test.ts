import { describe, expect, it } from "vitest";
import { resolveAddressees } from "../src/addressees.ts";
import { municipality, names } from "./helpers/municipality-bodies.ts";

describe("a generic word for a body the organisation names in full", () => {
  it("'kommunen' is the body named as the municipality, else the one that runs it", () => {
    const named = [
      { id: "k", name: "Bjørkvik kommune" },
      { id: "sf", name: "Statsforvalteren i Nordland" },
    ];
    expect(names(resolveAddressees("kommunen", named, []))).toEqual(["Bjørkvik kommune"]);
    const run = [
      { id: "kd", name: "Kommunedirektøren" },
      { id: "ku", name: "Kontrollutvalget" },
    ];
    expect(names(resolveAddressees("Kommunen", run, []))).toEqual(["Kommunedirektøren"]);
    expect(names(resolveAddressees("kommunen", municipality, []))).toEqual(["Kommunstyrelsen"]);
  });

  it("'länsstyrelsen' is the one body whose name it begins", () => {
    const state = [
      { id: "ls", name: "Länsstyrelsen i Västerbottens län" },
      { id: "jk", name: "Justitiekanslern" },
    ];
    expect(names(resolveAddressees("länsstyrelsen", state, []))).toEqual([
      "Länsstyrelsen i Västerbottens län",
    ]);
    // An English word alone is no name's first word: "the Cabinet Office" is not "Office for X".
    const english = [{ id: "op", name: "Office for Estates" }];
    expect(resolveAddressees("Office", english, []).known).toEqual([]);
  });
});
