import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importDocument } from "../src/index.ts";

// A stance the answer does not state in words, read from a promise, a decided step or a stance
// of the whole response, is a reading: the draft says so for each section it was made for.
const organisation = {
  id: "k",
  bodies: [{ id: "tn", name: "Tekniska nämnden", kind: "committee" as const }],
};

function gapsOf(text: string): string[] {
  const { draft } = importDocument({ name: "svar.txt", text, kind: "response", organisation });
  const front = parse(draft.text.split("\n---")[0]?.replace(/^---\n/, "") ?? "") as {
    gaps: string[];
  };
  return front.gaps.filter((gap) => /^R\d+: the answer states no stance in words/.test(gap));
}

describe("a stance read from elsewhere than the answer's words", () => {
  it("is named in the draft's gaps with where it was read from", () => {
    const gaps = gapsOf(
      [
        "Rekommendation 1: Nämnden bör dokumentera sina stickprovskontroller.",
        "",
        "Nämnden instämmer i rekommendationen. Stickproven dokumenteras från och med mars 2028.",
        "",
        "Rekommendation 2: Nämnden bör se över attestordningen.",
        "",
        "En ny attestordning kommer att beslutas av nämnden senast i juni 2028.",
      ].join("\n"),
    );
    expect(gaps).toEqual([
      'R2: the answer states no stance in words; "instämmer" is read from the dated step the response promises for it. Check it against the response.',
    ]);
  });

  it("is not named where the answer states the stance", () => {
    expect(
      gapsOf(
        [
          "Rekommendation 1: Nämnden bör se över attestordningen.",
          "",
          "Nämnden instämmer. En ny attestordning beslutas senast i juni 2028.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});
