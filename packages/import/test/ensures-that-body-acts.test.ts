import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { measureOwners } from "./helpers/one-committee-response.ts";
import { responseRead } from "./helpers/report-read.ts";

function read(text: string): ImportedResponse {
  return responseRead(
    text,
    {
      id: "s",
      bodies: [
        { id: "kd", name: "Kulturdepartementet", kind: "committee" },
        { id: "ab", name: "Arkivverket", kind: "committee" },
      ],
    },
    "brev.txt",
  );
}

// A minister's letter quoting the auditor's recommendation with no modal of its own ("…
// anbefaler at departementet sørger for at Arkivverket …"): the body after "sørger for at" does
// the step the answer promises, though the answer names no one.
describe("the body a quoted recommendation has the ministry see to it acts", () => {
  const letter = [
    "Svar på spørsmål fra kontrollkomiteen",
    "",
    "Riksrevisjonen anbefaler at departementet sørger for at Arkivverket tar imot de kommunale arkivene som ligger utenfor godkjente lokaler. Jeg er enig i anbefalingen. Mottaket skal være gjennomført innen 30. september 2027.",
    "",
    "Riksrevisjonen anbefaler også at departementet vurderer nye regler for elektronisk arkivering. Jeg er enig i anbefalingen, og et forslag sendes på høring innen 1. februar 2028.",
  ].join("\n");

  it('is the body after "sørger for at"', () => {
    expect(measureOwners(read(letter))[0]).toEqual([["2027-09-30", "Arkivverket"]]);
  });
});
