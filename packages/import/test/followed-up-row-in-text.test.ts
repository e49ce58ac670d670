import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// An annual report flattened to a line per page: the follow-up of last year's recommendations
// run into the text, one under its year and with its status after it, then the summary with this
// year's.
const page = [
  "REVISIONEN 2(3) Uppföljning av tidigare rekommendationer Förra året rekommenderade revisorerna nämnden att se över delegationsordningen. Rekommendation 2023: Nämnden bör införa en rutin för attest av egna utlägg. Status: Ej genomförd. Arbetet pågår.",
  "",
  "REVISIONEN 3(3) Sammanfattning Nämnden har i huvudsak en tillräcklig intern kontroll. Kontrollen av avtalstrohet har inte genomförts under året. Rekommendationer Nämnden bör säkerställa att avtalstroheten följs upp två gånger per år.",
].join("\n");

const organisation = {
  id: "f",
  bodies: [{ id: "fn", name: "Fastighetsnämnden", kind: "committee" }],
};

describe("a followed-up recommendation run into the text", () => {
  it("under its year and with its status is none of the report's own", () => {
    const found = reportRead(page, organisation);
    expect(found.recommendations.map((r) => r.text)).toEqual([
      "Nämnden bör säkerställa att avtalstroheten följs upp två gånger per år.",
    ]);
  });
});
