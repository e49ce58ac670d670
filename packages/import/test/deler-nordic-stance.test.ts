import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe('Norwegian and Danish "deler" with what the auditors judged or recommended', () => {
  it("reads sharing, sharing in part and not sharing", () => {
    const read = (s: string) => readStanceIn(s)?.stance;
    expect(read("Kommunedirektøren deler kontrollutvalgets vurdering.")).toBe("agrees");
    expect(read("Vi deler ikke denne anbefalingen, fordi ordningen er ny.")).toBe("disagrees");
    expect(read("Direktionen deler delvis Rigsrevisionens opfattelse.")).toBe("partly-agrees");
    expect(read("Rutinen er revidert i deler av anbefalingens omfang.")).toBeUndefined();
    expect(read("Tiltaket gjelder deler av 2028.")).toBeUndefined();
  });

  it("gives each answer its stance", () => {
    const response = responseOfCommittee(
      [
        "Anbefaling 1: Kommunen bør innføre felles maler for vedtak om parkeringstillatelse.",
        "",
        "Rådmannen deler revisjonens vurdering.",
        "",
        "Anbefaling 2: Kommunen bør flytte saksbehandlingen til servicetorget.",
        "",
        "Rådmannen deler ikke denne anbefalingen. Saksbehandlingen krever fagkunnskap som servicetorget ikke har.",
      ].join("\n"),
      { id: "r", name: "Rådmannen" },
    );
    expect(response.sections.map((s) => s.stance)).toEqual(["agrees", "disagrees"]);
  });
});
