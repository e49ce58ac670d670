import { describe, expect, it } from "vitest";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a body the answer tells it has given the step, or will have take it", () => {
  const answer = [
    "Svar på revisionsrapport om dricksvattenberedskap",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att nämnden ger en enhet i uppdrag att samordna nödvattenplaneringen,",
    "2. att nämnden utreder behovet av reservkraft vid vattenverken.",
    "",
    "Samordning",
    "",
    "Nämnden instämmer. Nämnden har redan gett Vattenenheten ett sådant uppdrag, som ska redovisas senast den 1 mars 2027.",
    "",
    "Reservkraft",
    "",
    "Nämnden instämmer och avser att låta Fastighetsenheten utreda behovet och redovisa det senast den 30 november 2027.",
  ].join("\n");

  it("names the body given the step or asked to take it", () => {
    expect(
      measureOwners(
        responseOfCommittee(answer, { id: "tekniska-namnden", name: "Tekniska nämnden" }),
      ),
    ).toEqual([[["2027-03-01", "Vattenenheten"]], [["2027-11-30", "Fastighetsenheten"]]]);
  });
});
