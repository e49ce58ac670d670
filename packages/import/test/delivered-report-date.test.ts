import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const page = [
  "Oppfølging av forvaltningsrevisjon i Lindvik kommune",
  "",
  "1 Kontrollutvalget har bedt kommunedirektøren om en skriftlig tilbakemelding på hvordan revisjonens anbefalinger er fulgt opp. Side 1",
  "",
  "2 1. Forvaltningsrevisjon: Vedlikehold av kommunale bygg (rapport levert mars 2026, kommunestyresak 22/26) Revisjonens anbefalinger: 1. Kommunen bør utarbeide en vedlikeholdsplan for alle formålsbygg. 2. Kommunen bør rapportere etterslepet på vedlikehold til kommunestyret hvert år. Kommunedirektørens oppfølging: Til anbefaling 1: Kommunedirektøren er enig, og planen vil bli lagt fram innen 1. oktober 2027. Til anbefaling 2: Kommunedirektøren er enig og vil rapportere etterslepet i årsmeldingen fra og med 2027. Side 2",
  "",
  "3 2. Forvaltningsrevisjon: Sykefravær (report issued in May 2026) Revisjonens anbefalinger: 3. Kommunen bør følge opp sykefraværet i alle enheter hver måned. Kommunedirektørens oppfølging: Til anbefaling 3: Kommunedirektøren er enig og vil innføre månedlig oppfølging innen 31. desember 2026. Side 3",
].join("\n");

describe("a report named by when it was handed in", () => {
  it("takes its date for no promise of the recommendations listed after it", () => {
    const read = responseOfCommittee(page, { id: "kommunedirektoren", name: "Kommunedirektøren" });
    const dues = read.sections.flatMap((s) =>
      s.measures.map((m) => [s.number, m.due?.end ?? m.due?.start]),
    );
    expect(dues.some(([, due]) => due === "2026-03-31" || due === "2026-05-31")).toBe(false);
    expect(dues).toContainEqual([1, "2027-10-01"]);
  });
});
