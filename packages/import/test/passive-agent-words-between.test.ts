import { describe, expect, it } from "vitest";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("the unit that acts, after a passive verb and a few words", () => {
  const answer = [
    "Tekniska nämndens yttrande över revisionsrapporten",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att nämnden jämför kostnaderna för egen regi med upphandlad drift,",
    "2. att nämnden tar fram en rutin för avtalsuppföljning.",
    "",
    "Kostnadsjämförelse",
    "",
    "Nämnden instämmer. En jämförelse görs under våren 2028 av controllerenheten.",
    "",
    "Avtalsuppföljning",
    "",
    "Nämnden instämmer. En rutin ska tas fram av upphandlingsenheten senast den 30 september 2027.",
  ].join("\n");

  it("answers for the step", () => {
    const read = responseOfCommittee(answer, { id: "tn", name: "Tekniska nämnden" });
    expect(measureOwners(read)).toEqual([
      [["2028-06-30", "controllerenheten"]],
      [["2027-09-30", "upphandlingsenheten"]],
    ]);
  });
});
