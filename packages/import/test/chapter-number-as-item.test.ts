import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A follow-up report flattened from a PDF: the method chapter under its heading, then the
// results chapter's number, title and first section run into one line with its text, which
// reads as a numbered list's item. The judgement in it is no part of the method chapter.
const report = [
  "3. Metod",
  "",
  "Uppföljningen har genomförts genom dokumentstudier och intervjuer med förvaltningschef och två enhetschefer.",
  "",
  "4. Resultat av uppföljningen 4.1 Rutiner Nämnden antog nya rutiner för matsedlar i maj. Rutinerna har inte följts upp. Kommentar Vi bedömer att nämnden bör följa upp hur rutinerna för matsedlar tillämpas i köken.",
].join("\n");

const organisation = {
  id: "k",
  bodies: [
    { id: "sn", name: "Skolnämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "committee" },
  ],
};

describe("a chapter's number taken for a numbered item", () => {
  it("ends the background chapter before it, so its judgement is read", () => {
    expect(
      recommendationsTo(`Uppföljning av skolnämndens måltidsverksamhet\n\n${report}`, organisation),
    ).toEqual([
      [
        "Vi bedömer att nämnden bör följa upp hur rutinerna för matsedlar tillämpas i köken.",
        ["sn"],
      ],
    ]);
  });
});
