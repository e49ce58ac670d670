import { describe, expect, it } from "vitest";
import { recommendationQuoted } from "../src/response-prose.ts";

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
    ["Kommunrevisionen rekommenderar att nämnden tar fram en plan.", "nämnden tar fram en plan"],
  ])("%s", (sentence, quoted) => {
    expect(recommendationQuoted(sentence)).toBe(quoted);
  });

  it("is not a summary, nor a sentence whose subject is not the auditors", () => {
    expect(
      recommendationQuoted("Revisorerna rekommenderar bland annat att rutinen ses över."),
    ).toBe(undefined);
    expect(recommendationQuoted("Nämnden rekommenderar att rutinen ses över.")).toBe(undefined);
  });
});
