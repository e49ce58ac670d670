import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("a running header with the page's number inside it, run into each page's line", () => {
  const head = (page: number) =>
    `Ekby kommun Protokoll 3/2027 ${page} (3) Kommunstyrelsen 56 11.03.2027`;
  const read = responseOfCommittee(
    [
      `${head(1)} Svar på granskningen av upphandlingen Beredare: ekonomichef Lars Berg. Kommunstyrelsen redogör nedan för rekommendationerna.`,
      "",
      `${head(2)} Rekommendation 1: Kommunen bör följa upp avtalstroheten varje år. Åtgärd: En årlig uppföljning görs från och med hösten 2027. Rekommendation 2: Kommunen bör utbilda beställarna. Åtgärd: En utbildning ordnas under våren 2028.`,
      "",
      `${head(3)} Rekommendation 3: Kommunen bör samla avtalen i ett register. Åtgärd: Registret tas fram senast i juni 2028. Beslut Förslaget godkändes.`,
    ].join("\n"),
    { id: "ks", name: "Kommunstyrelsen" },
  );

  it("lets the item after the header open its section", () => {
    expect(read.sections.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it("never reads the header's date as a measure", () => {
    expect(read.sections.flatMap((s) => s.measures.map((m) => m.due?.end))).toEqual([
      "2027-12-31",
      "2028-06-30",
      "2028-06-30",
    ]);
  });
});
