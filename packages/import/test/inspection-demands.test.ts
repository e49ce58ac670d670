import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// An inspectorate's notice to a committee as employer: the demands stand as numbered items
// under "X kräver att ni vidtar följande åtgärder:", each followed by its legal reference in
// brackets on a line of its own, and the next heading runs on after the last reference.
const notice = [
  "Miljötillsynsverket INSPEKTIONSMEDDELANDE Datum 2027-05-04",
  "",
  "Norrvik kommun",
  "Tekniska nämnden 912 30 Norrvik",
  "",
  "Inspektion av återvinningscentralen Ekbacken",
  "",
  "Iakttagelser",
  "Lastzonen saknar skyddsräcken och det finns ingen rutin för hur farligt avfall ska hanteras.",
  "",
  "Krav",
  "Miljötillsynsverket kräver att ni vidtar följande åtgärder:",
  "1. Verksamhetsutövaren ska sätta upp skyddsräcken längs hela lastzonen.",
  "(4 § AFS 2025:3)",
  "2. Verksamhetsutövaren ska ta fram en skriftlig rutin för mottagning av farligt avfall.",
  "(9 och 11 §§ AFS 2025:4)",
  "Redovisning",
  "Senast den 1 september 2027 ska ni skriftligt redovisa vad ni har gjort.",
].join("\n");

const organisation = {
  id: "norrvik",
  bodies: [
    { id: "tn", name: "Tekniska nämnden" },
    { id: "mtv", name: "Miljötillsynsverket" },
  ],
};

describe("an inspectorate's demands of the body it writes to", () => {
  it("reads each demand without its legal reference, addressed to the body its 'ni' means", () => {
    const found = reportRead(notice, organisation, "notice.txt");
    expect(found.recommendations.map((r) => [r.text, r.to.map((b) => b.name)])).toEqual([
      [
        "Verksamhetsutövaren ska sätta upp skyddsräcken längs hela lastzonen.",
        ["Tekniska nämnden"],
      ],
      [
        "Verksamhetsutövaren ska ta fram en skriftlig rutin för mottagning av farligt avfall.",
        ["Tekniska nämnden"],
      ],
    ]);
  });
});
