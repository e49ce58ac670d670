import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a memo's head run into the text ('Notat Til: … Fra: … Dato: 12.03.2027 …')", () => {
  it("gives no measure by the day the memo was written", () => {
    const read = responseOfCommittee(
      [
        "Kommunestyret ber rådmannen:",
        "",
        "1. sikre at alle byggesaker behandles innen fristen.",
        "2. rapportere fristbrudd i årsmeldingen.",
        "",
        "5 Notat Til: Tilsynsutvalget Fra: Rådmannen Dato: 12.03.2027 Status for oppfølging av vedtaket Punkt 1 Saksbehandling Det er ansatt en ny saksbehandler, og alle saker skal være innenfor fristen innen 1. oktober 2027. Punkt 2 Rapportering Fristbrudd omtales i årsmeldingen for 2027.",
      ].join("\n"),
      { id: "r", name: "Rådmannen" },
    );
    expect(read.sections.flatMap((s) => s.measures.map((m) => m.due?.end))).not.toContain(
      "2027-03-12",
    );
  });
});
