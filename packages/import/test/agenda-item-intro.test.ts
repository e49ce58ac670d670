import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(
    text,
    { id: "hsn", name: "Hälso- och sjukvårdsnämnden" },
    "dagordning.txt",
  );
}

const recommendations = [
  "ta fram en rutin för uppföljning av vårdplaner",
  "redovisa väntetiderna per mottagning i årsrapporten",
  "utreda en gemensam jourlinje för primärvården",
];

/** A meeting portal's agenda item: its text under the portal's own mark, the list under another. */
function agendaItem(mark: string, intro: string): string {
  return [
    `${mark}   4`,
    "",
    "  Yttrande över revisionsrapport Granskning av primärvården",
    "",
    `${mark} Revisorerna har granskat primärvårdens styrning. ${intro}`,
    "",
    ...recommendations.map((r) => `  - ${r}`),
    "",
    "  Hälso- och sjukvårdsnämndens yttrande",
    "",
    "  Nämnden instämmer i att en rutin för uppföljning av vårdplaner behövs. Rutinen ska vara klar senast den 31 maj 2027.",
    "",
    "  Nämnden instämmer i att väntetiderna per mottagning ska redovisas i årsrapporten.",
    "",
    "  Nämnden ser inte skäl att utreda en gemensam jourlinje.",
    "",
  ].join("\n");
}

describe("an agenda item whose text carries the portal's bullet", () => {
  it("reads an item under another mark that ends in a colon as the intro of the recommendations below it (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("•", "*"),
        fc.constantFrom(
          "Revisorerna rekommenderar hälso- och sjukvårdsnämnden att:",
          "Revisorerna lämnar följande rekommendationer:",
        ),
        (mark, intro) => {
          const read = response(agendaItem(mark, intro));
          expect(read.sections.map((s) => [s.text, s.stance])).toEqual([
            [recommendations[0], "agrees"],
            [recommendations[1], "agrees"],
            [recommendations[2], "disagrees"],
          ]);
          expect(read.sections[0]?.measures.map((m) => m.due?.iso)).toEqual(["2027-05-31"]);
        },
      ),
    );
  });

  it("does not take an item that ends in no colon for an intro", () => {
    const read = response(agendaItem("•", "Revisorerna rekommenderar åtgärder."));
    expect(read.sections.map((s) => s.text)).not.toContain(recommendations[1]);
  });
});
