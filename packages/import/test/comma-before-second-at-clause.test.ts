import { describe, expect, it } from "vitest";
import { attClauses } from "../src/extract-audit.ts";

describe('two clauses after a recommending verb, the first with an "at" of its own', () => {
  it("keeps the first clause whole where a comma sets the second beside it", () => {
    expect(
      attClauses(
        "Vi anbefaler at kommunen sørger for at alle vedtak blir sendt ut innen fristen, og at klagene registreres i sakssystemet.",
      ),
    ).toEqual([
      "kommunen sørger for at alle vedtak blir sendt ut innen fristen",
      "klagene registreres i sakssystemet",
    ]);
    expect(
      attClauses(
        "Vi anbefaler, at regionen sikrer at aftalerne følges op, og at opfølgningen dokumenteres.",
      ),
    ).toEqual(["regionen sikrer at aftalerne følges op", "opfølgningen dokumenteres"]);
  });

  it("still reads both as the first clause's own where no comma stands between", () => {
    expect(
      attClauses(
        "Vi föreslår att kommunstyrelsen säkerställer att avtalen följs upp och att uppföljningen redovisas.",
      ),
    ).toEqual(["avtalen följs upp", "uppföljningen redovisas"]);
  });
});
