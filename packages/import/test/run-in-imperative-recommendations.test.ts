import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "ks", name: "Kommunstyrelsen" });
}

// A working committee's paper flattened one page to a line: the auditors' recommendations in
// the imperative, set in italics that were lost, each run into the office's comment without a
// stop; one comment gives its stance only in a later sentence.
const paper = [
  "Kommunstyrelsen",
  "",
  "1 Ärendebeskrivning Revisorerna har granskat kommunens lokalvård. Nedan listas revisorernas rekommendationer, följt av serviceförvaltningens kommentarer:",
  "",
  "2 Kommunstyrelsen ks27a Ta fram en gemensam städstandard för alla kommunens lokaler Serviceförvaltningen delar revisorernas bedömning. Standarden beslutas senast den 31 maj 2027. Inför kvalitetskontroller av städningen i skolorna Serviceförvaltningen instämmer delvis i rekommendationen. Kontroller införs i de största skolorna under hösten 2027. Utred om städningen kan samordnas med fastighetsskötseln Serviceförvaltningen ser ingen anledning att utreda detta på nytt.",
  "",
  "3 Kommunstyrelsen ks27b Följ upp kostnaderna för lokalvården varje år Sedan 2026 redovisas kostnaderna i årsredovisningen. Förvaltningen bedömer att rekommendationen redan är tillgodosedd.",
].join("\n");

describe("imperative recommendations run into the comments after them", () => {
  it("opens a section for each and gives each the comment after it", () => {
    const read = response(paper);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Ta fram en gemensam städstandard för alla kommunens lokaler", "agrees"],
      [2, "Inför kvalitetskontroller av städningen i skolorna", "partly-agrees"],
      [3, "Utred om städningen kan samordnas med fastighetsskötseln", "disagrees"],
      [4, "Följ upp kostnaderna för lokalvården varje år", "agrees"],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-05-31"]);
  });

  it("reads no run-in recommendation where only one comment answers at once", () => {
    const one =
      "Protokoll Inför sammanträdet har ledamöterna fått handlingarna Ordföranden instämmer i förslaget.";
    expect(response(one).sections.map((s) => s.text)).not.toContain(
      "Inför sammanträdet har ledamöterna fått handlingarna",
    );
  });
});
