import { describe, expect, it } from "vitest";
import { resolveAddressees } from "../src/addressees.ts";

const bodies = [
  { id: "ks", name: "Kommunstyrelsen" },
  { id: "sn", name: "Socialnämnden" },
  { id: "ktn", name: "Kultur- och tekniknämnden" },
  { id: "rn", name: "Revisionsnämnden" },
];

describe("'samtliga nämnder' as an addressee", () => {
  it("stands for every committee the organisation has, not the auditors' own, and a board named beside it", () => {
    const found = resolveAddressees("Samtliga nämnder och kommunstyrelsen", bodies, []);
    expect(found.known.map((b) => b.name).sort()).toEqual([
      "Kommunstyrelsen",
      "Kultur- och tekniknämnden",
      "Socialnämnden",
    ]);
    expect(found.unknown).toEqual([]);
  });
});
