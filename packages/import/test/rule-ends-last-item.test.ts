import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A report's PDF read with its hard line breaks: the last item of the list runs straight into a
// rule drawn across the page, the page's footer and the next chapter, with no blank line.
const page = [
  "ANBEFALINGER",
  "Revisjonen anbefaler at teknisk etat:",
  "• lager en plan for vedlikehold av kommunale bygg",
  "• rapporterer avvik fra planen til formannskapet hvert",
  "kvartal",
  "______________________________________________________________",
  "FJORDBYEN REVISJON",
  "Side 4",
  "2 INNLEDNING",
  "Kontrollutvalget bestilte prosjektet i sak 7/25 og ba om en rapport innen utgangen av året.",
].join("\n");

const organisation = {
  id: "n",
  bodies: [{ id: "te", name: "Teknisk etat", kind: "committee" }],
};

describe("a rule across the page after a list's last item", () => {
  it("ends the item there, the footer and the next chapter no part of it", () => {
    expect(recommendationsTo(page, organisation)).toEqual([
      ["lager en plan for vedlikehold av kommunale bygg", ["te"]],
      ["rapporterer avvik fra planen til formannskapet hvert kvartal", ["te"]],
    ]);
  });
});
