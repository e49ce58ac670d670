import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";
import { responseRead } from "./helpers/report-read.ts";

describe("an answer that the body has already made the change asked for", () => {
  it("agrees, in Swedish, Danish, Norwegian and English", () => {
    for (const said of [
      "Förvaltningen har redan justerat rutinen för attest.",
      "Bolaget har redan uppdaterat sin förteckning.",
      "Forvaltningen har allerede ændret proceduren.",
      "Etaten har allerede endret tilgangene.",
      "The department has already updated the register.",
    ])
      expect(readStanceIn(said)?.stance, said).toBe("agrees");
    // Not done: no stance.
    expect(readStanceIn("Förvaltningen har inte redan ändrat rutinen.")?.stance).toBeUndefined();
  });

  it("opens the recommendation answered under its subject heading", () => {
    const text = [
      "Svar på revisionsrapport",
      "",
      "Revisorerna rekommenderar att styrelsen",
      "- inför en rutin för uppföljning av hyresavtalen",
      "- begränsar vem som får ändra leverantörsregistret",
      "",
      "Styrelsen lämnar följande synpunkter.",
      "",
      "Uppföljning av hyresavtalen",
      "Styrelsen delar bedömningen. En rutin tas fram senast den 31 maj 2028.",
      "",
      "Leverantörsregistret",
      "Styrelsen har redan ändrat behörigheterna i leverantörsregistret.",
      "",
    ].join("\n");
    const got = responseRead(text, { id: "x", bodies: [] });
    expect(got.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "agrees"],
    ]);
  });
});

describe("an answer that refrains from the step", () => {
  it("disagrees, but refraining from comment takes no side", () => {
    for (const said of [
      "Nämnden avstår därför från att införa en särskild rapport i år.",
      "Udvalget afstår fra at oprette en ny enhed.",
      "Utvalget avstår fra å innføre en egen rutine.",
    ])
      expect(readStanceIn(said)?.stance, said).toBe("disagrees");
    expect(readStanceIn("Styrelsen avstår från att yttra sig över rapporten.")).toBeUndefined();
  });
});
