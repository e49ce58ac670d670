import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string, name: string): ImportedResponse {
  return responseOfCommittee(text, { id: "n", name });
}

describe("recommendations quoted as plain lines under a line that names them", () => {
  it("opens a section for each line and answers them by subject", () => {
    const read = response(
      [
        "Kulturnämnden svarar revisorerna",
        "",
        "Revisorerna har granskat hur kulturnämnden hanterar sina bidrag till studieförbunden.",
        "",
        "Revisorernas rekommendationer",
        "",
        "Upprätta skriftliga regler för fördelningen av bidragen mellan förbunden.",
        "",
        "Följ upp att pengarna används till den verksamhet som ansökan avser.",
        "",
        "Se över hur ofta nämnden får rapporter om studieförbundens arbete.",
        "",
        "Regler för fördelningen",
        "",
        "Kulturnämnden instämmer i rekommendationen. Nya regler för fördelningen ska antas senast den 31 maj 2027.",
        "",
        "Uppföljning av pengarna",
        "",
        "Nämnden instämmer inte. Studieförbunden redovisar redan sin verksamhet varje år.",
        "",
        "Rapporter till nämnden",
        "",
        "Nämnden instämmer delvis och kommer att få rapporter om arbetet två gånger per år.",
      ].join("\n"),
      "Kulturnämnden",
    );
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "disagrees"],
      [3, "partly-agrees"],
    ]);
    expect(read.sections[0]?.text).toMatch(/^Upprätta skriftliga regler/u);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-05-31"]);
  });

  it("reads the lines under an intro without a colon, in English too", () => {
    const read = response(
      [
        "Response of the Housing Committee",
        "",
        "The auditors made the following recommendations to the committee",
        "",
        "Review the allocation of repair budgets between the two depots",
        "",
        "Publish the waiting times for adaptations on the council's website",
        "",
        "Repair budgets. The committee agrees and will complete the review by 30 June 2027.",
        "",
        "Waiting times. The committee does not agree; the times are reported to the committee already.",
      ].join("\n"),
      "Housing Committee",
    );
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "disagrees"],
    ]);
  });

  it("takes no line that answers, nor lines after a line naming no recommendations", () => {
    const read = response(
      [
        "Kulturnämnden svarar revisorerna",
        "",
        "Bakgrund till ärendet",
        "",
        "Ta fram en plan för studieförbundens lokaler under våren 2027",
        "",
        "Följ upp lokalernas användning vid varje årsskifte framöver",
      ].join("\n"),
      "Kulturnämnden",
    );
    expect(read.sections).toEqual([]);
  });
});
