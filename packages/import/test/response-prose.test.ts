import { describe, expect, it } from "vitest";
import { listedInProse, placesNamed, recommendationQuoted } from "../src/response-prose.ts";

describe("a recommendation quoted in a sentence of its own", () => {
  it.each([
    ["Revisorerna rekommenderar också nämnden att »säkerställa rutinen«.", "säkerställa rutinen"],
    // Any auditors' name, a comma before "at", and the verb first after a word that orders.
    [
      "Rigsrevisionen anbefaler, at ”ministeriet indfører en kontrol”.",
      "ministeriet indfører en kontrol",
    ],
    [
      "Rigsrevisionen anbefaler endvidere, at ”ministeriet dokumenterer opfølgningen”.",
      "ministeriet dokumenterer opfølgningen",
    ],
    [
      "Endelig anbefaler Rigsrevisionen, at ”ministeriet offentliggør en oversigt”.",
      "ministeriet offentliggør en oversigt",
    ],
    // One recommendation in the sentence: the sentence whole, its lead included.
    [
      "Kommunrevisionen rekommenderar att nämnden tar fram en plan.",
      "Kommunrevisionen rekommenderar att nämnden tar fram en plan.",
    ],
    [
      "Revisorerna rekommenderar nämnden att ta fram mål för bidragen.",
      "Revisorerna rekommenderar nämnden att ta fram mål för bidragen.",
    ],
  ])("%s", (sentence, quoted) => {
    expect(recommendationQuoted(sentence)).toBe(quoted);
  });

  it("is not a summary, nor a sentence whose subject is not the auditors", () => {
    expect(
      recommendationQuoted("Revisorerna rekommenderar bland annat att rutinen ses över."),
    ).toBe(undefined);
    expect(recommendationQuoted("Nämnden rekommenderar att rutinen ses över.")).toBe(undefined);
  });

  it("is no intro to a list, and no clause said of a recommendation", () => {
    expect(recommendationQuoted("Revisjonen anbefaler at rådmannen:")).toBe(undefined);
    expect(
      recommendationQuoted(
        "Målet er at fristen skal holdes i alle saker innen utgangen av juni 2027.",
        "Rådmannen er enig med revisjonen.",
      ),
    ).toBe(undefined);
    // A directive repeated from the report and answered at once still is one.
    expect(
      recommendationQuoted("Kommunen bør utarbeide en plan for tilsyn.", "Rådmannen er enig."),
    ).toBe("Kommunen bør utarbeide en plan for tilsyn.");
  });
});

describe("recommendations listed in one sentence", () => {
  it("reads them after a colon or straight after the recommending verb, each with its 'att'", () => {
    expect(
      listedInProse(
        "Revisorerna rekommenderar socialnämnden att upprätta en plan, att säkerställa uppföljningen samt att införa en ersättningsnivå.",
      ),
    ).toEqual([
      "att upprätta en plan",
      "att säkerställa uppföljningen",
      "att införa en ersättningsnivå",
    ]);
    expect(
      listedInProse(
        "Revisorerna lämnar två rekommendationer: att se över rutinen och att följa upp den.",
      ),
    ).toEqual(["att se över rutinen", "att följa upp den"]);
    // One recommendation is no list.
    expect(listedInProse("Revisorerna rekommenderar nämnden att se över rutinen.")).toEqual([]);
    // Those a text names among more: "… ett antal rekommendationer, bland annat att …".
    expect(
      listedInProse(
        "Revisorerna ger flera rekommendationer, bland annat att avtalen ska registreras, att det bör finnas en rutin för förlängning och att uppföljningen ska dokumenteras.",
      ),
    ).toEqual([
      "att avtalen ska registreras",
      "att det bör finnas en rutin för förlängning",
      "att uppföljningen ska dokumenteras",
    ]);
  });

  it("reads clauses that each say who should act, whatever verb retells them", () => {
    expect(
      listedInProse(
        "JO uttalar att IVO bör se över rutinen, att IVO bör utforma protokollen tydligare, och att IVO bör utveckla sina beslut.",
      ),
    ).toEqual([
      "att IVO bör se över rutinen",
      "att IVO bör utforma protokollen tydligare",
      "att IVO bör utveckla sina beslut",
    ]);
    // Findings retold so are no recommendations, nor a list where one clause says no "bör".
    expect(
      listedInProse(
        "JO anser att inspektionen saknade fokus, att dokumentationen var bristfällig och att beslutet var oklart.",
      ),
    ).toEqual([]);
    expect(
      listedInProse("JO uttalar att IVO bör se över rutinen och att beslutet var oklart."),
    ).toEqual([]);
  });
});

describe("several recommendations named in one sentence", () => {
  it.each([
    ["Förvaltningen instämmer i rekommendation 1 och 2.", [1, 2]],
    ["Nämnden instämmer i rekommendationerna 1, 2 och 4.", [1, 2, 4]],
    ["Regionstyrelsen instämmer i de två första rekommendationerna.", [1, 2]],
    ["Nämnden delar den första och den tredje rekommendationen.", [1, 3]],
    ["The department agrees with the first two recommendations.", [1, 2]],
    // One named is not several.
    ["Förvaltningen instämmer i rekommendation 1.", []],
    ["Nämnden instämmer i den andra rekommendationen.", []],
  ])("%s", (sentence, places) => {
    expect(placesNamed(sentence)).toEqual(places);
  });
});

describe("a sentence that lists several recommendations", () => {
  it("quotes none of them alone: the list is read as a list", () => {
    const sentence =
      "Revisorerna rekommenderar nämnden att säkerställa att besluten omprövas, att utföraren dokumenterar insatserna samt att nämnden får en samlad redovisning.";
    expect(recommendationQuoted(sentence)).toBe(undefined);
    expect(listedInProse(sentence)).toEqual([
      "att säkerställa att besluten omprövas",
      "att utföraren dokumenterar insatserna",
      "att nämnden får en samlad redovisning",
    ]);
  });
});
