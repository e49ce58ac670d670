import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { textBlocks } from "../src/text-blocks.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "ks", name: "Kommunstyrelsen" });
}

// An administration's answer whose page was flattened into one line: the auditors' proposals
// numbered inline after a finished sentence, each followed by its answer before the next.
const page = [
  "Yttrande",
  "",
  "3 Svar på revisionsrapport om lokalförsörjning Revisorerna har granskat kommunens lokalförsörjning. Revisorerna lämnar följande förslag på åtgärder: Förvaltningen besvarar vart och ett av förslagen under respektive punkt. 1. Lokalbehoven bör sammanställas i en gemensam plan för hela kommunen. Förvaltningen instämmer. En lokalförsörjningsplan tas fram av fastighetschefen senast i november 2027. 2. Tomma lokaler bör redovisas för nämnden varje kvartal. Förvaltningen anser att redovisningen i delårsrapporten räcker. 3. Hyresavtalen bör samlas i ett register. Förvaltningen instämmer. Registret införs den 1 mars 2027. Förslag till beslut Kommunstyrelsen antar svaret.",
].join("\n");

describe("proposals numbered inline, each answered before the next", () => {
  it("splits the inline numbered list after a sentence", () => {
    const items = textBlocks(page).filter((b) => b.kind === "item");
    expect(items.map((b) => [b.marker, b.text])).toEqual([
      ["1.", "Lokalbehoven bör sammanställas i en gemensam plan för hela kommunen."],
      ["2.", "Tomma lokaler bör redovisas för nämnden varje kvartal."],
      ["3.", "Hyresavtalen bör samlas i ett register."],
    ]);
  });

  it("opens a section per proposal and reads each answer for its own proposal", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Lokalbehoven bör sammanställas i en gemensam plan för hela kommunen.", "agrees"],
      [2, "Tomma lokaler bör redovisas för nämnden varje kvartal.", undefined],
      [3, "Hyresavtalen bör samlas i ett register.", "agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-11-30"],
      [],
      ["2027-03-01"],
    ]);
  });

  it("leaves a numbered list of decision points unread as proposals", () => {
    const decision =
      "3 Förslag till beslut Förvaltningen föreslår följande. 1. Kommunstyrelsen antar svaret. 2. Kommunstyrelsen överlämnar svaret till revisorerna.";
    expect(response(decision).sections.map((s) => s.text)).not.toContain(
      "Kommunstyrelsen antar svaret.",
    );
  });
});
