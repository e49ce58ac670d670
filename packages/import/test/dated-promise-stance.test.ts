import { describe, expect, it } from "vitest";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

describe("an answer that states no stance in words but promises a step by a date", () => {
  const read = (answers: string[]) =>
    responseOfCommittee(
      [
        "Rekommendation 1: Nämnden bör dokumentera sina stickprovskontroller.",
        "",
        answers[0],
        "",
        "Rekommendation 2: Nämnden bör se över attestordningen.",
        "",
        answers[1],
      ].join("\n"),
      { id: "tn", name: "Tekniska nämnden" },
    );

  it("agrees: the promise is a decision to act", () => {
    expect(
      read([
        "Stickproven ska dokumenteras i ärendesystemet från och med den 1 mars 2028.",
        "En ny attestordning kommer att beslutas av nämnden senast i juni 2028.",
      ]).sections.map((s) => s.stance),
    ).toEqual(["agrees", "agrees"]);
  });

  it("reads none where the dated sentence declines", () => {
    expect(
      read([
        "Stickproven ska dokumenteras i ärendesystemet från och med den 1 mars 2028.",
        "Attestordningen ska inte ändras före årsskiftet 2028.",
      ]).sections.map((s) => s.stance),
    ).toEqual(["agrees", undefined]);
  });

  it("in Norwegian too", () => {
    const norwegian = responseOfCommittee(
      [
        "Anbefaling 1: Kommunen bør oppdatere beredskapsplanen.",
        "",
        "Beredskapsplanen vil bli revidert og lagt fram for kommunestyret innen 1. oktober 2028.",
      ].join("\n"),
      { id: "r", name: "Rådmannen" },
    );
    expect(norwegian.sections.map((s) => s.stance)).toEqual(["agrees"]);
  });
});
