import { describe, expect, it } from "vitest";
import type { Lang } from "../src/index.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import {
  describeEvent,
  describeMeasure,
  describePassed,
  periodIn,
  voiceOf,
} from "../src/view/describe.ts";
import type { EventRecord } from "../src/view/records.ts";
import { textIn } from "../src/view/text.ts";
import { baseFiles, responseFile } from "./helpers/inline-corpus.ts";
import { lifeRecord, lifeView, reportedEarlier } from "./helpers/life.ts";
import { period } from "./helpers/period.ts";
import { planCorpus, reportBack } from "./helpers/plan-corpus.ts";

/*
 * The sentences the site's timeline and `sparbar show` print, in Swedish and English, read off
 * the records of one recommendation's life: each says who says so and never more than the source.
 */

/** Every event of the timeline as "date  voice: sentence", as `show` lays it out. */
function timeline(record: ReturnType<typeof lifeRecord>, lang: Lang): string[] {
  return record.history.flatMap((change) =>
    change.events.map(
      (e) => `${periodIn(e.when, lang)}  ${voiceOf(e, lang)}: ${describeEvent(e, lang)}`,
    ),
  );
}

describe("a recommendation's timeline in words", () => {
  it("says in Swedish who said what, with dates as the documents wrote them", () => {
    expect(timeline(lifeRecord("2025-12-31"), "sv")).toEqual([
      "2024-02-15  Enligt granskningen: Utfärdad",
      "2024-05-28  Enligt Socialnämnden: Yttrande, instämmer delvis",
      "2024-05-28  Enligt Socialnämnden: Åtgärd SN-2024-10/R1/3 rapporterad som genomförd",
      "2024-11-10  Enligt Socialnämnden: Uppföljande yttrande, rapporterat: pågår",
      "2024-11-10  Enligt Socialnämnden: Åtgärd SN-2024-10/R1/1 fick en ny tidpunkt: 2025-03-31",
      "2024-11-10  Enligt Socialnämnden: Åtgärd SN-2024-10/R1/2 rapporterad som genomförd, genomförd oktober 2024",
      "2025-06-01  Enligt revisorerna: Bedömd: genomförd",
    ]);
  });

  it("says the same in English, naming the body in English where the source gives its name", () => {
    expect(timeline(lifeRecord("2025-12-31"), "en")).toEqual([
      "15 February 2024  According to the audit: Issued",
      "28 May 2024  According to Social Services Committee: Response, partly agrees",
      "28 May 2024  According to Social Services Committee: Measure SN-2024-10/R1/3 reported done",
      "10 November 2024  According to Social Services Committee: Follow-up response, reported: in progress",
      "10 November 2024  According to Social Services Committee: Measure SN-2024-10/R1/1 given a new date: 31 March 2025",
      "10 November 2024  According to Social Services Committee: Measure SN-2024-10/R1/2 reported done, done October 2024",
      "1 June 2025  As the auditors found: Assessed: implemented",
    ]);
  });

  it("says a measure restated as not done, with no new date, is reported not done", () => {
    const record = lifeRecord("2025-12-31", {
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [ ] Rutinen är ännu inte fastställd\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    const said = timeline(record, "sv").filter((line) => line.startsWith("2024-11-10"));
    expect(said).toEqual([
      "2024-11-10  Enligt Socialnämnden: Uppföljande yttrande",
      "2024-11-10  Enligt Socialnämnden: Åtgärd SN-2024-10/R1/1 rapporterad som inte genomförd",
    ]);
    expect(timeline(record, "en").at(-2)).toBe(
      "10 November 2024  According to Social Services Committee: Measure SN-2024-10/R1/1 reported not done",
    );
  });

  it("calls a date a new one only when it had not passed when the report gave it", () => {
    const restated = (due: string) =>
      timeline(
        lifeRecord("2024-12-31", {
          "responses/testkommun/SN-2024-20.md": responseFile(
            `## R1 Rutiner\n\n- [ ] Rutinen fastställs — ${due}\n  Följer upp: SN-2024-10/R1/1\n`,
            { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
          ),
        }),
        "sv",
      ).at(-1);
    expect(restated("2024-10-31")).toBe(
      "2024-11-10  Enligt Socialnämnden: Åtgärd SN-2024-10/R1/1 rapporterad som inte genomförd",
    );
    expect(restated("2024-11-10")).toBe(
      "2024-11-10  Enligt Socialnämnden: Åtgärd SN-2024-10/R1/1 fick en ny tidpunkt: 2024-11-10",
    );
  });

  it("names the earlier response that first reported a measure done", () => {
    const record = lifeRecord("2025-12-31", reportedEarlier);
    const reported = record.history
      .flatMap((c) => c.events)
      .filter((e) => e.type === "measure-reported");
    expect(reported.map((e) => describeEvent(e, "sv"))).toEqual([
      "Åtgärd SN-2024-10/R1/3 rapporterad som genomförd",
      "Åtgärd SN-2024-10/R1/1 rapporterad som genomförd, först rapporterad i SN-2024-15",
    ]);
    expect(reported.map((e) => describeEvent(e, "en"))).toEqual([
      "Measure SN-2024-10/R1/3 reported done",
      "Measure SN-2024-10/R1/1 reported done, first reported in SN-2024-15",
    ]);
  });

  it("says when a response's content is not available, and marks another body's report as not counted", () => {
    const view = new CorpusView(
      planCorpus(
        [
          "responses_asked: listed",
          "recommendations:",
          "  - { id: A1, to: [ks, sn], text: Nämnderna ser över sina rutiner. }",
        ],
        "",
        {
          "responses/testkommun/SN-2024-30.md": reportBack(
            "## A1 Rutiner\n\nRapporterat: Genomfört.\n",
            { content: "summary" },
          ),
        },
      ),
      "2024-12-31",
    );
    const addressees = view.recommendation("testkommun", "PLAN-1", "A1")?.addressees ?? [];
    const said = (body: string, lang: Lang) =>
      addressees
        .find((a) => a.body.id === body)
        ?.history.flatMap((c) => c.events)
        .filter((e) => e.type !== "issued")
        .map((e) => `${voiceOf(e, lang)}: ${describeEvent(e, lang)}`);
    expect(said("sn", "sv")).toEqual([
      "Enligt Socialnämnden: Återrapportering, rapporterat: genomfört, svarets innehåll finns inte i Spårbar",
    ]);
    expect(said("ks", "sv")).toEqual([
      "Enligt Socialnämnden: Återrapportering, rapporterat: genomfört, räknas inte som den här nämndens egen rapport",
    ]);
    expect(said("ks", "en")).toEqual([
      "According to Social Services Committee: Report-back, reported: done, not counted as this body's own report",
    ]);
  });

  it("words a response asked for, with its date or without one", () => {
    const asked: EventRecord = {
      type: "response-due",
      when: period("2024-02-15"),
      voice: "issuer",
      source: { type: "audit", organisation: "testkommun", id: "REV-2024-1", title: { sv: "G" } },
      kind: "response",
      due: period("senast den 31 maj 2024"),
    };
    expect(describeEvent(asked, "sv")).toBe("Svar begärt senast senast den 31 maj 2024");
    expect(describeEvent(asked, "en")).toBe("Response asked for by by 31 May 2024");
    const { due: _, ...undated } = asked;
    expect(describeEvent(undated, "sv")).toBe("Svar begärt, utan angiven tidpunkt");
    expect(describeEvent(undated, "en")).toBe("Response asked for, no date given");
    expect(voiceOf(asked, "sv")).toBe("Enligt granskningen");
  });
});

describe("names in the language asked for", () => {
  it("gives a body's English name where the source has one, and says when it fell back to Swedish", () => {
    const { names } = lifeView("2024-12-31");
    const sn = names.body("testkommun", "sn").name;
    const ks = names.body("testkommun", "ks").name;
    expect(sn).toEqual({ sv: "Socialnämnden", en: "Social Services Committee" });
    expect(ks).toStrictEqual({ sv: "Kommunstyrelsen" });
    expect(textIn(sn, "en")).toEqual({ text: "Social Services Committee", lang: "en" });
    expect(textIn(sn, "sv")).toEqual({ text: "Socialnämnden", lang: "sv" });
    expect(textIn(ks, "en")).toEqual({ text: "Kommunstyrelsen", lang: "sv" });
    expect(textIn(ks, "sv")).toEqual({ text: "Kommunstyrelsen", lang: "sv" });
  });
});

describe("measures and passed dates in words", () => {
  it("gives each measure's state, and for one done when it was done and reported", () => {
    const record = lifeRecord("2025-12-31");
    expect(record.measures.map((m) => describeMeasure(m, "sv"))).toEqual([
      "Datum passerat utan rapport",
      "Genomförd enligt nämnden, genomförd oktober 2024, rapporterad 2024-11-10",
      "Genomförd enligt nämnden, rapporterad 2024-05-28",
    ]);
    expect(record.measures.map((m) => describeMeasure(m, "en"))).toEqual([
      "Date passed without report",
      "Done, as the body reports, done October 2024, reported 10 November 2024",
      "Done, as the body reports, reported 28 May 2024",
    ]);
  });

  it("gives each passed date with what the sources say of it, and when it was settled", () => {
    const record = lifeRecord("2025-12-31");
    expect(record.passed.map((p) => describePassed(p, "sv"))).toEqual([
      "Åtgärd SN-2024-10/R1/1: senast den 30 september 2024 – försenad: en källa säger att den inte hölls (avgjort 2024-11-10)",
      "Åtgärd SN-2024-10/R1/1: 2025-03-31 – passerad utan rapport",
    ]);
    expect(record.passed.map((p) => describePassed(p, "en"))).toEqual([
      "Measure SN-2024-10/R1/1: by 30 September 2024 – late: a source says it was not kept (settled 10 November 2024)",
      "Measure SN-2024-10/R1/1: 31 March 2025 – passed without report",
    ]);
  });

  it("says a measure reported done after its date, without saying when, was done later", () => {
    const record = lifeRecord("2024-12-31", {
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [x] Rutinen är fastställd\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    expect(record.passed.map((p) => [describePassed(p, "sv"), describePassed(p, "en")])).toEqual([
      [
        "Åtgärd SN-2024-10/R1/1: senast den 30 september 2024 – rapporterad som genomförd senare, utan uppgift om när (avgjort 2024-11-10)",
        "Measure SN-2024-10/R1/1: by 30 September 2024 – reported done later, without saying when (settled 10 November 2024)",
      ],
    ]);
  });

  it("gives a response date that passed, and one met late, with the day it was settled", () => {
    const view = lifeView("2024-12-31", {
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n", {
        date: "2024-07-01",
      }),
    });
    const passed = (key: string) =>
      (view.recommendation("testkommun", "REV-2024-1", key)?.addressees[0]?.passed ?? []).map(
        (p) => [describePassed(p, "sv"), describePassed(p, "en")],
      );
    expect(passed("R1")).toEqual([
      [
        "Svar: 2024-05-31 – försenad: en källa säger att den inte hölls (avgjort 2024-07-01)",
        "Response: 31 May 2024 – late: a source says it was not kept (settled 1 July 2024)",
      ],
    ]);
    expect(passed("R2")).toEqual([
      ["Svar: 2024-05-31 – passerad utan rapport", "Response: 31 May 2024 – passed without report"],
    ]);
  });
});
