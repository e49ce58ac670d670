import { describe, expect, it } from "vitest";
import { CorpusView } from "../src/view/corpus-view.ts";
import { describeEvent, describeMeasure } from "../src/view/describe.ts";
import { inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";

/** A follow-up by sn, dated after R1's first measure fell due (30 September 2024). */
function followUp(lines: string[]) {
  return responseFile(["## R1 Rutiner", "", ...lines, ""].join("\n"), {
    id: "SN-2024-20",
    kind: "follow-up-response",
    date: "2024-11-10",
  });
}

function statusWith(lines: string[], day = "2025-01-31") {
  const corpus = inlineCorpus({ "responses/testkommun/SN-2024-20.md": followUp(lines) });
  expect(corpus.diagnostics).toEqual([]);
  const subject = corpus.subject("testkommun/REV-2024-1/R1@sn");
  if (!subject) throw new Error("no subject");
  const status = corpus.status(subject, day);
  if (!status) throw new Error("no status");
  const view = new CorpusView(corpus, day);
  const record = view.recommendation("testkommun", "REV-2024-1", "R1")?.addressees[0];
  return { status, record };
}

describe("what a follow-up says of an earlier measure", () => {
  it("dropped, with the reason, is neither open nor done, and the missed date stays in the history", () => {
    const { status, record } = statusWith([
      "- [ ] Rutin för att ställa frågor om våld",
      "  Följer upp: SN-2024-10/R1/1",
      "  Utgår: rutinen ersätts av Socialstyrelsens nya föreskrift",
    ]);
    const rutin = status.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(rutin?.state).toBe("dropped");
    expect(rutin?.dropped?.reason).toBe("rutinen ersätts av Socialstyrelsens nya föreskrift");
    expect(status.passed).toEqual([
      expect.objectContaining({ measureId: "SN-2024-10/R1/1", outcome: "late" }),
    ]);
    // The other measure was ticked when promised: what remains of the promises is done.
    expect(status.body).toBe("reported-done");
    const measure = record?.measures.find((m) => m.id === "SN-2024-10/R1/1");
    if (!measure) throw new Error("no measure record");
    expect(describeMeasure(measure, "sv")).toBe(
      "Utgår enligt nämnden, rapporterad 2024-11-10, skäl: rutinen ersätts av Socialstyrelsens nya föreskrift",
    );
    const event = record?.history
      .flatMap((c) => c.events)
      .find((e) => e.measure?.by.startsWith("SN-2024-20"));
    if (!event) throw new Error("no report event");
    expect(describeEvent(event, "en")).toBe(
      "Measure SN-2024-10/R1/1 dropped, reason: rutinen ersätts av Socialstyrelsens nya föreskrift",
    );
  });

  it("a new date carries its reason into the measure's moves and the timeline", () => {
    const { status, record } = statusWith([
      "- [ ] Rutin för att ställa frågor om våld — 2025-03-31",
      "  Följer upp: SN-2024-10/R1/1",
      "  Skäl: remissen till förvaltningens samverkansgrupp tog längre tid",
    ]);
    const rutin = status.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(rutin?.state).toBe("planned");
    expect(rutin?.moves.map((m) => [m.due.end, m.reason])).toEqual([
      ["2025-03-31", "remissen till förvaltningens samverkansgrupp tog längre tid"],
    ]);
    const event = record?.history
      .flatMap((c) => c.events)
      .find((e) => e.measure?.by.startsWith("SN-2024-20"));
    if (!event) throw new Error("no report event");
    expect(describeEvent(event, "sv")).toBe(
      "Åtgärd SN-2024-10/R1/1 fick en ny tidpunkt: 2025-03-31, skäl: remissen till förvaltningens samverkansgrupp tog längre tid",
    );
  });

  it("done with its date is done then, and met", () => {
    const { status } = statusWith([
      "- [x] Rutinen är fastställd",
      "  Följer upp: SN-2024-10/R1/1",
      "  Genomförd: i september 2024",
    ]);
    const rutin = status.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(rutin?.state).toBe("done");
    expect(rutin?.done?.doneWhen?.end).toBe("2024-09-30");
    expect(status.passed).toEqual([]);
  });

  it("dropped before its date: no date was missed", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": responseFile(
        [
          "## R1 Rutiner",
          "",
          "- [ ] Rutin för att ställa frågor om våld",
          "  Följer upp: SN-2024-10/R1/1",
          "  Utgår: rutinen ersätts av Socialstyrelsens nya föreskrift",
          "",
        ].join("\n"),
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-09-30" },
      ),
    });
    const subject = corpus.subject("testkommun/REV-2024-1/R1@sn");
    const status = subject && corpus.status(subject, "2025-01-31");
    const rutin = status?.measures.find((m) => m.measure.id === "SN-2024-10/R1/1");
    expect(rutin?.state).toBe("dropped");
    expect(rutin?.dropped?.when.end).toBe("2024-09-30");
    expect(status?.passed).toEqual([]);
  });

  it("a measure dropped by the response that states it needs no date", () => {
    const corpus = inlineCorpus({
      "responses/testkommun/SN-2024-20.md": followUp([
        "- [ ] En särskild utbildning för socialsekreterare",
        "  Utgår: ryms inte i budgeten",
      ]),
    });
    expect(corpus.diagnostics).toEqual([]);
  });
});
