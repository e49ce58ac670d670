import { describe, expect, it } from "vitest";
import { namedAddressee, responsibilityWith, stepDoer } from "../src/step-doer.ts";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("the officer or unit a promise names as its subject", () => {
  const swedish = [
    "Svar på granskning av lokalbokning",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att nämnden tar fram regler för avbokning,",
    "2. att nämnden följer upp beläggningen,",
    "3. att nämnden ser över taxan.",
    "",
    "Avbokning",
    "",
    "Nämnden instämmer. Bokningsenheten tar fram regler för avbokning, som ska gälla från den 1 maj 2028.",
    "",
    "Beläggning",
    "",
    "Nämnden instämmer. Fritidschefen kommer att redovisa beläggningen för nämnden i oktober 2028.",
    "",
    "Taxan",
    "",
    "Nämnden instämmer. Förvaltningen kommer att lägga fram ett förslag till ny taxa i december 2028.",
  ].join("\n");

  it("gives the step to the unit or officer that takes it, not to the writer's own name", () => {
    const read = responseOfCommittee(swedish, { id: "fritid", name: "Fritidsnämnden" });
    expect(measureOwners(read)).toEqual([
      [["2028-05-01", "Bokningsenheten"]],
      [["2028-10-31", "Fritidschefen"]],
      [["2028-12-31", null]],
    ]);
  });

  it("reads the subject in English and Norwegian, with the part of the name after it", () => {
    expect(stepDoer("The Head of Revenues will issue new guidance by May 2028.")).toBe(
      "Head of Revenues",
    );
    expect(stepDoer("Personalsjefen skal legge fram en plan innen 1. mars 2028.")).toBe(
      "Personalsjefen",
    );
    expect(stepDoer("Enhetschefen för familjeenheten följer upp planerna i juni 2028.")).toBe(
      "Enhetschefen för familjeenheten",
    );
    expect(stepDoer("Miljönämnden ska besluta om planen i juni 2028.", "Kommunstyrelsen")).toBe(
      "Miljönämnden",
    );
  });

  it("names no one for a step already taken, the answering body, a council or a bare word", () => {
    expect(stepDoer("Ekonomichefen har redan tagit fram en mall i mars 2028.")).toBeUndefined();
    expect(stepDoer("Kommunstyrelsen beslutar i juni 2028.", "Kommunstyrelsen")).toBeUndefined();
    expect(stepDoer("The Council will adopt the plan in May 2028.")).toBeUndefined();
    expect(stepDoer("The Department will publish the figures in May 2028.")).toBeUndefined();
    expect(stepDoer("En ny rutin för controllern tas fram under 2028.")).toBeUndefined();
  });
});

describe("the officer or unit a sentence says the responsibility lies with", () => {
  it("reads 'ansvaret ligger hos', 'påhviler' and 'rests with'", () => {
    expect(
      responsibilityWith("Kontrollerna införs hösten 2028 och ansvaret ligger hos bidragsenheten."),
    ).toBe("bidragsenheten");
    expect(responsibilityWith("Ansvaret for oppfølgingen ligger hos personalsjefen.")).toBe(
      "personalsjefen",
    );
    expect(responsibilityWith("Ansvaret påhviler lønafdelingen i kommunen.")).toBe("lønafdelingen");
    expect(
      responsibilityWith("Responsibility for this rests with the Head of Rents and Arrears."),
    ).toBe("Head of Rents and Arrears");
    expect(responsibilityWith("Ansvaret ligger hos nämnden.")).toBeUndefined();
  });

  it("gives the measure of the same sentence its unit", () => {
    const read = responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör införa stickprov av redovisade timmar.",
        "",
        "Nämnden instämmer. Stickprov införs från och med mars 2028 och ansvaret ligger hos ekonomienheten.",
      ].join("\n"),
      { id: "n", name: "Fritidsnämnden" },
    );
    expect(measureOwners(read)).toEqual([[["2028-03-31", "ekonomienheten"]]]);
  });
});

describe("the body an English recommendation opens with by its proper name", () => {
  it("answers for the measures another body's answer promises", () => {
    const page = [
      "Progress on the committee's recommendations",
      "",
      "Recommendation 3: Her Majesty's Passport Office should publish monthly processing times for each application type.",
      "",
      "3.1 The government agreed with this recommendation.",
      "",
      "Target implementation date: Summer 2028",
      "",
      "3.2 Monthly figures will be published from March 2028.",
    ].join("\n");
    const read = responseOfCommittee(page, { id: "t", name: "HM Treasury" }, "minutes.txt");
    expect(
      read.sections.flatMap((s) => s.measures.map((m) => [m.due?.end, m.responsible])),
    ).toContainEqual(["2028-08-31", "Her Majesty's Passport Office"]);
  });

  it("is none for a generic opening, a council or the answering body", () => {
    expect(namedAddressee("Border Force should publish its figures.")).toBe("Border Force");
    expect(namedAddressee("The Department should review the distances.")).toBeUndefined();
    expect(namedAddressee("Local Councils should publish.")).toBeUndefined();
    expect(namedAddressee("Fleet Services should tag keys.", "Fleet Services")).toBeUndefined();
    expect(namedAddressee("workshop parts stock should be counted.")).toBeUndefined();
  });

  it("reads a proper name after 'The' where it ends in an agency's word", () => {
    expect(namedAddressee("The Inland Waterways Agency should audit its locks.")).toBe(
      "Inland Waterways Agency",
    );
    expect(namedAddressee("The Charity Commission should publish its casework times.")).toBe(
      "Charity Commission",
    );
    expect(namedAddressee("The Department and the Inland Waterways Agency should agree.")).toBe(
      undefined,
    );
    expect(
      namedAddressee("The Cabinet Office should publish the list.", "Cabinet Office"),
    ).toBeUndefined();
  });
});
