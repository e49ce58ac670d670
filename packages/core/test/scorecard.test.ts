import { describe, expect, it } from "vitest";
import { CorpusView } from "../src/view/corpus-view.ts";
import { baseFiles, baseText, inlineCorpus, responseFile } from "./helpers/inline-corpus.ts";
import { lifeView } from "./helpers/life.ts";
import { zeroDeadlines, zeroResponses } from "./helpers/zero-scorecard.ts";

/*
 * A scorecard's figures, each read off sources written for it: the base audit (15 February
 * 2024) asks socialnämnden (R1) and kommunstyrelsen (R2) to respond by 31 May 2024.
 */

/** The view of the base corpus with some files replaced, on a day. */
function view(asOf: string, files: Record<string, string | null> = {}): CorpusView {
  return new CorpusView(inlineCorpus(files), asOf);
}

/** The response to R1, decided on a day, with the measures given. */
const snResponse = (decided: string, measures: string[] = [], date = "2024-05-20") =>
  responseFile(
    ["## R1 Rutiner", "", "Ställningstagande: instämmer", "", ...measures, ""].join("\n"),
    {
      date,
      decision: `{ date: ${decided} }`,
    },
  );

describe("a scorecard's responses", () => {
  it("sets each response against the date it was asked by", () => {
    // sn answered on 28 May; ks never did.
    const before = view("2024-05-30");
    expect(before.body("testkommun", "sn")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 1,
      come: 1,
      inTime: 1,
    });
    expect(before.body("testkommun", "ks")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 1,
      notYetDue: 1,
    });
    // Due on 31 May: still to come on that day, passed from the next.
    expect(view("2024-05-31").body("testkommun", "ks")?.scorecard.responses.notYetDue).toBe(1);
    expect(view("2024-06-01").body("testkommun", "ks")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 1,
      come: 1,
      passedWithoutResponse: 1,
    });
    expect(view("2024-06-01").organisation("testkommun")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 2,
      come: 2,
      inTime: 1,
      passedWithoutResponse: 1,
    });
  });

  it("counts a response decided on the day asked as in time, the day after as after the date", () => {
    const onTheDay = view("2024-12-31", { [baseFiles.response]: snResponse("2024-05-31") });
    expect(onTheDay.body("testkommun", "sn")?.scorecard.responses.inTime).toBe(1);
    const dayAfter = view("2024-12-31", { [baseFiles.response]: snResponse("2024-06-01") });
    expect(dayAfter.body("testkommun", "sn")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 1,
      come: 1,
      afterDate: 1,
    });
  });

  it("calls a response dated too loosely to tell neither in time nor late", () => {
    const loose = view("2024-12-31", {
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n", {
        date: "2024",
      }),
    });
    expect(loose.body("testkommun", "sn")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 1,
      come: 1,
      uncertain: 1,
    });
  });

  it("counts a response asked for without a date as given or open, apart from the dated ones", () => {
    const undated = (files: Record<string, string | null> = {}) =>
      view("2024-12-31", {
        [baseFiles.audit]: baseText(baseFiles.audit).replaceAll("    by: 2024-05-31\n", ""),
        ...files,
      });
    expect(undated().organisation("testkommun")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 2,
      noDateGiven: 1,
      noDateOpen: 1,
    });
  });

  it("counts two requests of one kind by different dates as two", () => {
    const twice = view("2024-06-01", {
      [baseFiles.audit]: baseText(baseFiles.audit).replace(
        "  - from: ks\n    by: 2024-05-31\n",
        "  - from: sn\n    kind: follow-up-response\n    by: 2024-09-30\n  - from: sn\n    kind: follow-up-response\n    by: 2024-12-31\n",
      ),
    });
    expect(twice.body("testkommun", "sn")?.scorecard.responses).toEqual({
      ...zeroResponses,
      asked: 3,
      come: 1,
      inTime: 1,
      notYetDue: 2,
    });
  });

  it("counts one request once, however many of the body's recommendations it covers", () => {
    const twoForSn = view("2024-06-01", {
      [baseFiles.audit]: baseText(baseFiles.audit).replace("    to: [ks]", "    to: [ks, sn]"),
    });
    const sn = twoForSn.body("testkommun", "sn");
    expect(sn?.counts.total).toBe(2);
    expect(sn?.scorecard.responses).toEqual({ ...zeroResponses, asked: 1, come: 1, inTime: 1 });
  });
});

describe("a scorecard's deadlines", () => {
  it("sorts measures' dates by what became of them, as the body reports", () => {
    // 30 September: given a new date only after it had passed (late), and that date, 31 March
    // 2025, passed in silence; 31 December: reported done in October, in time.
    expect(lifeView("2025-12-31").body("testkommun", "sn")?.scorecard.deadlines).toEqual({
      ...zeroDeadlines,
      come: 3,
      kept: 1,
      late: 1,
      passed: 1,
    });
    // Before any date has come.
    expect(lifeView("2024-09-30").body("testkommun", "sn")?.scorecard.deadlines).toEqual(
      zeroDeadlines,
    );
  });

  it("tells a measure done later without saying when, and one promised after its own date", () => {
    const files = {
      [baseFiles.response]: snResponse("2024-05-28", [
        "- [ ] Rutinen fastställs — 2024-03-31",
        "- [ ] Checklistan införs — 2024-08-31",
        "- [x] Utbildningen hölls — 2024-04-30",
        "  Genomförd: april 2024",
        "- [x] Informationen gick ut — 2024-04-30",
      ]),
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [x] Checklistan är införd\n  Följer upp: SN-2024-10/R1/2\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    };
    expect(view("2025-12-31", files).body("testkommun", "sn")?.scorecard.deadlines).toEqual({
      ...zeroDeadlines,
      // A date already passed when promised is neither kept nor missed.
      statedAfterDue: 1,
      // Reported done after its date without saying when it was done: on 10 November for
      // 31 August, and in the response of 28 May for 30 April.
      unknown: 2,
      // Reported done in the response of 28 May for 30 April, and done in April.
      kept: 1,
      come: 3,
    });
  });

  it("counts a new date kept though the first was missed", () => {
    // The date moved to 31 March 2025 after 30 September had passed; done on 1 February 2025.
    const kept = lifeView("2025-12-31", {
      "responses/testkommun/SN-2025-2.md": responseFile(
        "## R1 Rutiner\n\n- [x] Rutinen är fastställd\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "SN-2025-2", kind: "follow-up-response", date: "2025-02-01" },
      ),
    });
    expect(kept.body("testkommun", "sn")?.scorecard.deadlines).toEqual({
      ...zeroDeadlines,
      come: 3,
      kept: 2,
      late: 1,
    });
  });

  it("counts a measure shared by two addressees once", () => {
    const shared = lifeView("2025-12-31", {
      [baseFiles.audit]: baseText(baseFiles.audit).replace("to: [sn]", "to: [sn, sf]"),
    });
    expect(shared.body("testkommun", "sf")?.scorecard.deadlines.come).toBe(3);
    expect(shared.organisation("testkommun")?.scorecard.deadlines).toEqual({
      ...zeroDeadlines,
      come: 3,
      kept: 1,
      late: 1,
      passed: 1,
    });
  });
});

describe("a comparison's summary", () => {
  const summaryOf = (v: CorpusView) =>
    v.comparison().organisations.find((o) => o.organisation.id === "testkommun")?.summary;

  it("counts done as reported, and a date passed with no report since, by their states", () => {
    // sn reports its only measure done; ks's date passed with no response.
    const done = view("2024-12-31", {
      [baseFiles.response]: snResponse("2024-05-28", ["- [x] Checklista införd"]),
    });
    expect(summaryOf(done)).toEqual({
      reportedDone: 1,
      late: 0,
      passedWithoutReport: 1,
      assessed: 0,
      implemented: 0,
    });
  });

  it("counts late only where a source says so", () => {
    // The follow-up of 10 November restates the measure due 30 September as not done.
    const late = lifeView("2024-12-01", {
      "responses/testkommun/SN-2024-20.md": responseFile(
        "## R1 Rutiner\n\n- [ ] Rutinen är ännu inte fastställd\n  Följer upp: SN-2024-10/R1/1\n",
        { id: "SN-2024-20", kind: "follow-up-response", date: "2024-11-10" },
      ),
    });
    expect(summaryOf(late)).toEqual({
      reportedDone: 0,
      late: 1,
      passedWithoutReport: 1,
      assessed: 0,
      implemented: 0,
    });
  });
});
