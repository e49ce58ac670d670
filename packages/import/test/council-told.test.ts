import { describe, expect, it } from "vitest";
import { reportRead } from "./helpers/report-read.ts";

// The auditors' list to the executive, then a sentence that the council is to be told of the
// follow-up: the council receives, and whom the list went to is to report to it.
const swedish = [
  "Vi rekommenderar kommunstyrelsen att:",
  "",
  "• ta fram en rutin för uppföljning av fullmäktiges beslut",
  "• föra en förteckning över beslut som inte har verkställts",
  "",
  "Vi rekommenderar vidare att kommunfullmäktige får en årlig redovisning av vilka beslut som inte har verkställts.",
].join("\n");

const norwegian = [
  "Revisjonen anbefaler at kommunedirektøren:",
  "",
  "- utarbeider en rutin for oppfølging av politiske vedtak",
  "- fører en oversikt over vedtak som ikke er iverksatt",
  "",
  "Revisjonen anbefaler videre at kommunestyret informeres om status for vedtakene to ganger i året.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "ks", name: "Kommunstyrelsen", kind: "committee" },
    { id: "kf", name: "Kommunfullmäktige", kind: "committee" },
    { id: "kd", name: "Kommunedirektøren", kind: "executive" },
    { id: "ky", name: "Kommunestyret", kind: "committee" },
  ],
};

describe("a recommendation that the council be told", () => {
  it("goes to whom the recommendations before it went to (Swedish)", () => {
    const found = reportRead(swedish, organisation);
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["ks"],
      ["ks"],
      ["ks"],
    ]);
  });

  it("goes to whom the recommendations before it went to (Norwegian)", () => {
    const found = reportRead(norwegian, organisation);
    expect(found.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["kd"],
      ["kd"],
      ["kd"],
    ]);
  });
});
