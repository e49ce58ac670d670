import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, openCorpus } from "../src/index.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import { repoRoot } from "./helpers/fixtures.ts";

/*
 * What the seed corpus may claim, checked against the seed documents: each test pins a reading
 * an auditor would dispute if Spårbar published it otherwise.
 */

let corpus: Corpus;
beforeAll(async () => {
  corpus = await openCorpus(repoRoot);
});

function statusOf(key: string, day: string) {
  const subject = corpus.subject(key);
  if (!subject) throw new Error(`no subject ${key}`);
  const status = corpus.status(subject, day);
  if (!status) throw new Error(`${key} has no status on ${day}`);
  return status;
}

const monthEnds = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; ) {
    const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    days.push(end.toISOString().slice(0, 10));
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  return days;
};

describe("a measure promised after its date is not late from the day of the promise", () => {
  it("SR-2023-81 R2, answered on 14 March 2024, is not late or passed that day", () => {
    const status = statusOf("malmo/SR-2023-81/R2@asn", "2024-03-14");
    expect(status.body).toBe("in-progress");
    expect(status.passed).toEqual([]);
    const training = status.measures.find((m) => m.measure.id === "ASN-2024-2039/R2/1");
    expect(training?.state).toBe("done");
    expect(training?.done?.doneWhen?.text).toBe("i slutet av februari och i början av mars 2024");
  });
});

describe("a deadline met, as the later document dates it, is not reported missed", () => {
  it("the review due in January 2025 was reported in the response of 27 January 2025", () => {
    for (const key of ["malmo/SR-2023-81/R4@asn", "malmo/SR-2023-81/R1@asn"]) {
      const status = statusOf(key, "2026-11-27");
      const review = status.measures.find((m) =>
        ["ASN-2024-2039/R4/1", "ASN-2024-2039/R1/3"].includes(m.measure.id),
      );
      expect(review?.state).toBe("done");
      expect(review?.done?.reported.end).toBe("2025-01-27");
      expect(review?.done?.firstReportedIn?.id).toBe("asn-2025-01-27-p32");
      expect(review?.done?.doneWhen?.end).toBe("2024-12-31");
      expect(status.passed.filter((p) => p.measureId === review?.measure.id)).toEqual([]);
    }
  });

  it("R4 is not late or passed between February and November 2025", () => {
    for (const day of monthEnds("2025-02-01", "2025-11-30")) {
      const body = statusOf("malmo/SR-2023-81/R4@asn", day).body;
      expect([day, body]).toEqual([day, day < "2025-10-28" ? "reported-done" : "in-progress"]);
    }
  });
});

describe("one committee's report is not credited to others", () => {
  const u3 = () =>
    corpus.subjects.filter(
      (s) => s.audit.data.id === "STK-2019-76" && s.recommendation.id === "U3",
    );

  it("the eight committees of U3 were asked for no report, and the coordinator's does not count as theirs", () => {
    expect(u3()).toHaveLength(8);
    for (const s of u3()) {
      const status = corpus.status(s, "2026-11-27");
      expect([s.body, status?.body, status?.speakers]).toEqual([s.body, "not-requested", []]);
    }
  });

  it("tekniska nämnden's page shows the coordinator's report as another body's", () => {
    const view = new CorpusView(corpus, "2026-11-27");
    const record = view.recommendation("malmo", "STK-2019-76", "U3");
    const tekniska = record?.addressees.find((a) => a.body.id === "tekniska-namnden");
    expect(tekniska?.bodyState).toBe("not-requested");
    const events = tekniska?.history.flatMap((c) => c.events) ?? [];
    expect(events.map((e) => [e.type, e.voice, e.speaker?.id])).toContainEqual([
      "noted",
      "another-body",
      "asn",
    ]);
  });

  it("the plan's HR activities count as reported only because the report names the HR department", () => {
    const status = statusOf("malmo/fri-fran-vald-2022-2026/A1@hr", "2026-11-27");
    expect(status.body).toBe("reported-done");
    expect(status.speakers).toEqual(["asn"]);
  });
});

describe("nobody awaits a response nobody is known to have asked for", () => {
  it("Örebro's 2025 audit names no response: its rows say it is not known whether one was asked", () => {
    const rows = corpus.subjects.filter((s) => s.audit.data.id === "granskning-hrv-2025");
    expect(rows).toHaveLength(8);
    for (const s of rows) expect(corpus.status(s, "2026-11-27")?.body).toBe("request-unknown");
  });

  it("Örebro's 2022 audit: no response from kommunstyrelsen is known, and none is awaited", () => {
    for (const item of ["R1", "R2", "R3", "R4"]) {
      for (const day of ["2023-06-30", "2024-12-31", "2026-11-27"]) {
        expect(statusOf(`orebro/granskning-vinr-2022/${item}@kommunstyrelsen`, day).body).toBe(
          "request-unknown",
        );
      }
    }
  });
});

describe("unknown is not shown as none", () => {
  it("socialnämnden's 2023 response is known to exist, its content is not in the corpus", () => {
    for (const item of ["R5", "R6", "R7", "R8", "R9"]) {
      expect(statusOf(`orebro/granskning-vinr-2022/${item}@socialnamnden`, "2026-11-27").body).toBe(
        "answered-content-unavailable",
      );
    }
  });
});

describe("nothing is stated more precisely than its source", () => {
  it("an audit dated 2022 and a response dated 2023 keep their year everywhere", () => {
    const view = new CorpusView(corpus, "2026-11-27");
    const feed = view.feed();
    const audit = feed.find((f) => f.id === "granskning-vinr-2022");
    const response = feed.find((f) => f.id === "socialnamnden-svar-vinr-2023");
    expect([audit?.when.text, audit?.when.precision]).toEqual(["2022", "year"]);
    expect([response?.when.text, response?.when.precision]).toEqual(["2023", "year"]);
    const history = view
      .recommendation("orebro", "granskning-vinr-2022", "R6")
      ?.addressees[0]?.history.flatMap((c) => c.events);
    expect(history?.map((e) => e.when.text)).toEqual(["2022", "2023", "2025-10-16"]);
  });

  it("a planned meeting is not a decision", () => {
    const view = new CorpusView(corpus, "2026-11-27");
    const followUp = view.response("malmo", "asn-2025-11-20-uppfoljande-yttrande");
    expect(followUp?.decision).toBeUndefined();
    expect(followUp?.given.text).toBe("2025-10-28");
    expect(followUp?.path.map((s) => [s.date, s.held])).toEqual([
      ["2025-10-29", false],
      ["2025-11-06", false],
      ["2025-11-20", false],
    ]);
    const reportBack = view.response("malmo", "asn-2022-12-15-aterrapportering-stk-2019-76");
    expect(reportBack?.decision).toBeUndefined();
    expect(reportBack?.given.text).toBe("2022");
    expect(reportBack?.path.every((s) => !s.held)).toBe(true);
    const held = view.response("malmo", "ASN-2025-2041");
    expect(held?.path.every((s) => s.held)).toBe(true);
  });
});

describe("a passed date is not a delay", () => {
  it("as of 27 November 2026 no seed recommendation is called late, since no source says one is", () => {
    const bodies = corpus.subjects.map((s) => corpus.status(s, "2026-11-27")?.body);
    expect(bodies).not.toContain("measure-late");
    expect(bodies).toContain("measure-passed");
  });

  it("the deadlines list keeps passed dates apart from upcoming ones and calls none late", () => {
    const view = new CorpusView(corpus, "2026-11-27");
    const states = new Set(view.deadlines().map((d) => d.state));
    expect(states.has("late")).toBe(false);
    expect(states.has("passed")).toBe(true);
  });
});
