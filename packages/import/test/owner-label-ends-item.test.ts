import { describe, expect, it } from "vitest";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("an owner's label closing a numbered answer", () => {
  const swedish = [
    "Protokollsutdrag från kommunstyrelsen",
    "",
    "Revisorerna rekommenderar kommunstyrelsen att",
    "",
    "• upprätta en förteckning över kommunens samtliga fordon,",
    "• införa elektroniska körjournaler för kommunens bilar,",
    "• samordna upphandlingen av drivmedel.",
    "",
    "Kommundirektörens förslag till svar framgår av bilaga.",
    "",
    "Beslutsunderlag",
    "",
    "Tjänsteskrivelse 2027-01-12",
    "",
    "Bilaga – Svar på revisorernas rekommendationer",
    "",
    "1. Fordonsförteckning. Kommunen delar revisorernas bedömning. En förteckning upprättas och beräknas vara klar den 1 oktober 2027. Ansvarig: Fordonsenheten.",
    "",
    "2. Körjournaler. Kommunen delar bedömningen. Elektroniska körjournaler för kommunens bilar införs under första kvartalet 2028. Ansvarig: Digitaliseringsenheten.",
    "",
    "3. Drivmedel. Kommunen delar inte bedömningen. Drivmedel upphandlas redan gemensamt.",
  ].join("\n");

  it("gives each item's measure the unit its last sentence names", () => {
    const read = responseOfCommittee(swedish, { id: "ks", name: "Kommunstyrelsen" });
    expect(measureOwners(read)).toEqual([
      [["2027-10-01", "Fordonsenheten"]],
      [["2028-03-31", "Digitaliseringsenheten"]],
      [],
    ]);
  });

  const english = [
    "Management responses to the internal audit of grants",
    "",
    "1. The service should check every grant claim against its award letter.",
    "2. The service should publish the grants it awards each year.",
    "",
    "Responses",
    "",
    "1. Claims checking. Agreed. A checklist will be used for every claim from 1 April 2027. Responsible officer: Grants Team Leader.",
    "",
    "2. Publication. Agreed. The first list will be published by 30 June 2027. Responsible: Head of Communications.",
  ].join("\n");

  it("in English too", () => {
    const read = responseOfCommittee(english, { id: "service", name: "The service" });
    expect(measureOwners(read)).toEqual([
      [["2027-04-01", "Grants Team Leader"]],
      [["2027-06-30", "Head of Communications"]],
    ]);
  });
});
