import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("an owner's sentence that closes the step before it inside a paragraph", () => {
  it("gives the owner to that step, though the paragraph goes on to another recommendation", () => {
    const response = responseOfCommittee(
      [
        "Revisorerna rekommenderar nämnden att:",
        "1. dokumentera kontrollerna av leverantörernas fakturor",
        "2. följa upp avtalstroheten varje kvartal",
        "",
        "Nämndens svar: Rekommendation 1. En beskrivning av kontrollerna tas fram under första kvartalet 2028. Ansvarig är ekonomichefen. Rekommendation 2. Avtalstroheten följs upp i tertialrapporten från och med april 2028. Ansvarig: inköpssamordnaren.",
      ].join("\n"),
      { id: "kn", name: "Kulturnämnden" },
    );
    expect(response.sections.map((s) => s.measures.map((m) => m.responsible ?? "none"))).toEqual([
      ["ekonomichefen"],
      ["inköpssamordnaren"],
    ]);
  });

  it("in Norwegian too, after points named by number", () => {
    const response = responseOfCommittee(
      [
        "Kommunestyret ber kommunedirektøren:",
        "1. sørge for at alle søknader om startlån behandles innen tre uker.",
        "2. etablere en rutine for oppfølging av misligholdte lån.",
        "",
        "Status: Punkt 1 Saksbehandlingstid Målet er at alle søknader skal være behandlet innen fristen innen utgangen av 2028. Ansvarlig: boligkonsulent. Punkt 2 Mislighold En rutine skal være vedtatt innen 1. mars 2028. Ansvarlig: økonomisjef.",
      ].join("\n"),
      { id: "kd", name: "Kommunedirektøren" },
    );
    expect(response.sections.map((s) => s.measures.map((m) => m.responsible ?? "none"))).toEqual([
      ["boligkonsulent"],
      ["økonomisjef"],
    ]);
  });
});
