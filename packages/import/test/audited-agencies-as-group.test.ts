import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A national audit office's recommendations page: the opening names the audited agencies, and
// each recommendation is to them as a group ("Myndigheterna", "Varje myndighet",
// "Myndighetsledningarna"), beside one to the government under its own subheading.
const organisation = {
  id: "state",
  bodies: [
    { id: "lfv", name: "Livsmedelsverket", kind: "agency" },
    { id: "jv", name: "Jordbruksverket", kind: "agency" },
    { id: "sva", name: "Statens veterinärmedicinska anstalt", kind: "agency" },
    { id: "reg", name: "Regeringen", kind: "government" },
    { id: "rr", name: "Riksrevisionen", kind: "auditors" },
  ],
};

describe("the audited agencies named as a group", () => {
  it("are the agencies the report names, the government and the auditors not among them", () => {
    const report = [
      "Rekommendationer",
      "",
      "Riksrevisionen riktar rekommendationer till de granskade myndigheterna, Livsmedelsverket, Jordbruksverket och Statens veterinärmedicinska anstalt, och till regeringen.",
      "",
      "Rekommendationer riktade till myndigheterna",
      "",
      "Myndigheterna bör ta fram gemensamma rutiner för hur larm om smittsamma djursjukdomar förmedlas mellan dem.",
      "",
      "Varje myndighet bör öva sin del av beredskapsplanen minst vartannat år.",
      "",
      "Myndighetsledningarna bör följa upp att övningarnas lärdomar förs in i planerna.",
      "",
      "Rekommendationer riktade till regeringen",
      "",
      "Regeringen bör förtydliga ansvarsfördelningen mellan myndigheterna i myndigheternas instruktioner.",
    ].join("\n");
    const all = ["lfv", "jv", "sva"];
    const read = recommendationsTo(report, organisation).map(
      ([text, to]) => [text.slice(0, 30), [...to].sort()] as const,
    );
    expect(read).toEqual([
      ["Myndigheterna bör ta fram geme", [...all].sort()],
      ["Varje myndighet bör öva sin de", [...all].sort()],
      ["Myndighetsledningarna bör följ", [...all].sort()],
      ["Regeringen bör förtydliga ansv", ["reg"]],
    ]);
  });
});
