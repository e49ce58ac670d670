import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A Norwegian report printed by a document site, each page one line: the intro names who
// should act before its colon, and its items in small letters run on after it, their bullets
// and stops lost, or numbered in the same line, the page's number after the last.
const organisation = {
  id: "k",
  bodies: [
    { id: "kd", name: "Kommunedirektøren", kind: "executive" },
    { id: "kom", name: "Lindvik kommune", kind: "municipality" },
    { id: "ku", name: "Kontrollutvalget", kind: "committee" },
  ],
};

describe("lower-case items run on after an intro's colon", () => {
  it("splits unnumbered items where a present-tense verb begins", () => {
    const report = [
      "9 ANBEFALINGER Revisjonen anbefaler at kommunedirektøren: etablerer en oversikt over alle avtaler med private leverandører sikrer at innkjøpene blir dokumentert og arkivert i sak gjennomfører opplæring for alle som bestiller varer Vi anbefaler videre at kontrollutvalget ber om en skriftlig tilbakemelding innen seks måneder.",
    ].join("\n");
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      ["etablerer en oversikt over alle avtaler med private leverandører", ["kd"]],
      ["sikrer at innkjøpene blir dokumentert og arkivert i sak", ["kd"]],
      ["gjennomfører opplæring for alle som bestiller varer", ["kd"]],
      [
        "Vi anbefaler videre at kontrollutvalget ber om en skriftlig tilbakemelding innen seks måneder.",
        ["ku"],
      ],
    ]);
  });

  it("reads numbered items after a long lead, without the page's roman number", () => {
    const report = [
      "3 Revisjonens anbefalinger Ut fra det som kommer fram i gjennomgangen, anbefaler revisjonen at Lindvik kommune: 1. utarbeider skriftlige rutiner for tildeling av kommunale boliger 2. følger opp husleierestanser hver måned iii",
    ].join("\n");
    expect(recommendationsTo(report, organisation, "rapport.txt")).toEqual([
      ["utarbeider skriftlige rutiner for tildeling av kommunale boliger", ["kom"]],
      ["følger opp husleierestanser hver måned", ["kom"]],
    ]);
  });
});
