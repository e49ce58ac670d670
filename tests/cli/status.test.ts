import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";

type Exported = { audit: string; recommendation: string; body: string; body_state: string };

async function statuses(args: string[]): Promise<Exported[]> {
  const run = await runCli(["status", ...args, "--json"]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout).statuses;
}

describe("sparbar status", () => {
  it("shows what the body says and what the auditors found in separate columns", async () => {
    const run = await runCli([
      "status",
      "--org",
      "orebro",
      "--audit",
      "granskning-vinr-2022",
      "--as-of",
      "2025-12-31",
    ]);
    expect(run.code).toBe(0);
    const header = run.stdout.split("\n")[0] ?? "";
    expect(header).toMatch(/As the body says +As the auditors found/);
    const r6 = run.stdout.split("\n").find((l) => l.startsWith("granskning-vinr-2022 R6")) ?? "";
    expect(r6).toContain("Answered, content not available");
    expect(r6).toContain("Not implemented, as the auditors found");
    expect(run.stdout).toContain("as of 2025-12-31");
  });

  it("shows the state at a past date", async () => {
    const before = await statuses(["--audit", "SR-2023-81", "--as-of", "2024-03-13"]);
    const after = await statuses(["--audit", "SR-2023-81", "--as-of", "2024-04-01"]);
    expect(before.map((s) => s.body_state)).toEqual(Array(5).fill("awaiting-response"));
    expect(after.map((s) => s.body_state)).toEqual([
      "measures-planned",
      "in-progress",
      "answered",
      "measures-planned",
      "measures-planned",
    ]);
  });

  it("filters by state and by stance, in codes or in words", async () => {
    const done = await statuses(["--status", "reported-done", "--as-of", "2025-06-01"]);
    expect(done.map((r) => `${r.audit} ${r.recommendation}`)).toEqual([
      "STK-2019-76 U1",
      "STK-2019-76 U2",
      "fri-fran-vald-2022-2026 A1",
      "fri-fran-vald-2022-2026 A3",
      "fri-fran-vald-2022-2026 A4",
      "fri-fran-vald-2022-2026 A5",
      "fri-fran-vald-2022-2026 A6",
      "SR-2023-81 R4",
    ]);
    expect(await statuses(["--stance", "partly-agrees"])).toHaveLength(4);
    expect(
      await statuses(["--stance", "instämmer delvis"] /* the words Swedish users write */),
    ).toHaveLength(4);
  });

  it("refuses --open with --closed, and an unknown state, in the reader's language", async () => {
    const both = await runCli(["status", "--open", "--closed"]);
    expect(both.code).toBe(2);
    const state = await runCli(["status", "--status", "fine", "--lang", "sv"]);
    expect(state.code).toBe(2);
    expect(state.stderr).toContain('"fine" är inget läge');
  });

  it("prints Swedish labels in Swedish, and never calls a passed date late", async () => {
    const run = await runCli([
      "status",
      "--audit",
      "SR-2023-81",
      "--as-of",
      "2024-06-30",
      "--lang",
      "sv",
    ]);
    expect(run.stdout).toContain("Enligt nämnden");
    expect(run.stdout).toContain("Instämmer delvis");
    expect(run.stdout).toContain("En åtgärds datum har passerat utan rapport");
    expect(run.stdout).not.toContain("försenad");
  });

  it("does not cut what a piped listing says", async () => {
    const run = await runCli(["deadlines", "--as-of", "2024-04-01", "--within", "60d"]);
    expect(run.stdout).toContain(
      "Förskolenämnden genomför en genomlysning av orosanmälningar som gjorts under 2023, vilket sker i samverkan med arbetsmarknads- och socialnämnden; genomlysningen ska vara genomförd",
    );
  });
});

describe("what the sources support, through the CLI's JSON", () => {
  it("SR-2023-81 R2 is not overdue on the day of the response that promised a past training", async () => {
    const rows = await statuses(["--audit", "SR-2023-81", "--as-of", "2024-03-14"]);
    expect(rows.find((r) => r.recommendation === "R2")?.body_state).toBe("in-progress");
  });

  it("R4 is not shown overdue in 2025: the review was reported in January 2025", async () => {
    for (const day of ["2025-02-15", "2025-06-30", "2025-09-30"]) {
      const rows = await statuses(["--audit", "SR-2023-81", "--as-of", day]);
      expect(rows.find((r) => r.recommendation === "R4")?.body_state).toBe("reported-done");
    }
  });

  it("the eight committees of U3 are not credited with the coordinator's report", async () => {
    const rows = (await statuses(["--audit", "STK-2019-76"])).filter(
      (r) => r.recommendation === "U3",
    );
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.body_state))).toEqual(new Set(["not-requested"]));
  });

  it("no Örebro row awaits a response nobody is known to have asked for", async () => {
    const rows = await statuses(["--org", "orebro"]);
    expect(rows.map((r) => r.body_state)).not.toContain("awaiting-response");
    expect(
      rows
        .filter((r) => r.body === "socialnamnden" && r.audit === "granskning-vinr-2022")
        .map((r) => r.body_state),
    ).toEqual(Array(5).fill("answered-content-unavailable"));
  });

  it("keeps a passed date apart from a late one", async () => {
    const rows = await statuses([]);
    const states = rows.map((r) => r.body_state);
    expect(states).toContain("measure-passed");
    expect(states).not.toContain("measure-late");
  });
});

describe("sparbar show", () => {
  it("shows a recommendation's timeline, saying who says so and the day it applies to", async () => {
    const run = await runCli(["show", "SR-2023-81/R4", "--as-of", "2026-01-15"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Recommendation R4: Säkerställa att uppföljning och utvärdering");
    expect(run.stdout).toMatch(
      /2024-03-14 {2}14 March 2024 {2}According to Labour Market and Social Services Committee: Response, partly agrees \(ASN-2024-2039\)/,
    );
    expect(run.stdout).toContain(
      "Measure ASN-2024-2039/R4/1 reported done, done 2024, first reported in asn-2025-01-27-p32",
    );
    expect(run.stdout).toMatch(
      /2026-01-02 {2}Due: from 1 January 2026 {2}→ A measure's date passed without report/,
    );
    expect(run.stdout).toContain("as of 2026-01-15");
  });

  it("gives the recommendation's record as JSON", async () => {
    const run = await runCli(["show", "SR-2023-81", "R5", "--json", "--as-of", "2024-07-01"]);
    const data = JSON.parse(run.stdout);
    expect(data.kind).toBe("recommendation");
    expect(data.as_of).toBe("2024-07-01");
    const asn = data.record.addressees[0];
    expect(asn.history.map((h: { day: string }) => h.day)).toEqual([
      "2024-02-29",
      "2024-03-14",
      "2024-06-01",
    ]);
    expect(asn.bodyState).toBe("measure-passed");
  });

  it("shows a response, its planned meetings as planned, and a measure", async () => {
    const response = await runCli(["show", "ASN-2025-2041"]);
    expect(response.stdout).toContain("Report-back, Labour Market and Social Services Committee");
    expect(response.stdout).toContain(
      "2025-04-10  Working committee, Working committee of the Labour Market and Social Services Committee § 83",
    );
    const followUp = await runCli(["show", "asn-2025-11-20-uppfoljande-yttrande", "--lang", "sv"]);
    expect(followUp.stdout).toContain(
      "2025-11-20  Nämnd, Arbetsmarknads- och socialnämnden (planerat)",
    );
    const measure = await runCli(["show", "ASN-2024-2039/R4/1"]);
    expect(measure.stdout).toContain(
      "Status: Done, as the body reports, done 2024, reported 27 January 2025",
    );
  });

  it("says plainly when nothing has the id", async () => {
    const run = await runCli(["show", "SR-1999-1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Nothing in the corpus has the id "SR-1999-1".');
  });
});
