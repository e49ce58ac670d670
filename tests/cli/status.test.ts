import { describe, expect, it } from "vitest";
import { sparbar } from "../helpers/cli.ts";

describe("sparbar status", () => {
  it("shows what the body says and what the auditors found in separate columns", async () => {
    const run = await sparbar([
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
    expect(header).toMatch(/The body says +The auditors found/);
    const r6 = run.stdout.split("\n").find((l) => l.startsWith("granskning-vinr-2022 R6")) ?? "";
    expect(r6).toContain("Answered, no measures given");
    expect(r6).toContain("Not implemented, as the auditors found");
  });

  it("shows the state at a past date", async () => {
    const before = await sparbar([
      "status",
      "--audit",
      "SR-2023-81",
      "--as-of",
      "2024-03-13",
      "--json",
    ]);
    const after = await sparbar([
      "status",
      "--audit",
      "SR-2023-81",
      "--as-of",
      "2024-04-01",
      "--json",
    ]);
    expect(
      JSON.parse(before.stdout).statuses.map((s: { body_state: string }) => s.body_state),
    ).toEqual(Array(5).fill("awaiting-response"));
    expect(
      JSON.parse(after.stdout).statuses.map((s: { body_state: string }) => s.body_state),
    ).toEqual([
      "measures-planned",
      "measure-overdue",
      "answered",
      "measures-planned",
      "measures-planned",
    ]);
  });

  it("filters by state and stance", async () => {
    const run = await sparbar([
      "status",
      "--status",
      "reported-done",
      "--as-of",
      "2025-06-01",
      "--json",
    ]);
    const rows = JSON.parse(run.stdout).statuses as { audit: string; recommendation: string }[];
    expect(rows.map((r) => `${r.audit} ${r.recommendation}`)).toEqual([
      "STK-2019-76 U1",
      "STK-2019-76 U2",
      "fri-fran-vald-2022-2026 A1",
      "fri-fran-vald-2022-2026 A3",
      "fri-fran-vald-2022-2026 A4",
      "fri-fran-vald-2022-2026 A5",
      "fri-fran-vald-2022-2026 A6",
    ]);
    const partly = await sparbar(["status", "--stance", "partly-agrees", "--json"]);
    expect(JSON.parse(partly.stdout).statuses).toHaveLength(5);
  });

  it("prints Swedish labels in Swedish", async () => {
    const run = await sparbar([
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
    expect(run.stdout).toContain("En åtgärd är försenad");
  });
});

describe("sparbar show", () => {
  it("shows a recommendation's timeline, saying who says so", async () => {
    const run = await sparbar(["show", "SR-2023-81/R4", "--as-of", "2026-01-15"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Recommendation R4: Säkerställa att uppföljning och utvärdering");
    expect(run.stdout).toMatch(
      /2024-03-14 {2}response ASN-2024-2039, partly agrees \(as the body says\)/,
    );
    expect(run.stdout).toMatch(/2025-02-01 {2}a deadline passed {2}→ A measure is overdue/);
    expect(run.stdout).toContain("i januari 2025 (2025-01-31) – met on 2025-11-20");
  });

  it("gives the timeline as JSON", async () => {
    const run = await sparbar(["show", "SR-2023-81", "R5", "--json", "--as-of", "2024-07-01"]);
    const data = JSON.parse(run.stdout);
    expect(data.kind).toBe("recommendation");
    expect(data.statuses[0].history.map((h: { day: string }) => h.day)).toEqual([
      "2023-12-01",
      "2024-03-14",
      "2024-06-01",
    ]);
    expect(data.events.map((e: { type: string }) => e.type)).toContain("responded");
  });

  it("shows a response and a measure", async () => {
    const response = await sparbar(["show", "ASN-2025-2041"]);
    expect(response.stdout).toContain("Report-back, Arbetsmarknads- och socialnämnden");
    expect(response.stdout).toContain(
      "2025-04-10  Working committee, Arbetsmarknads- och socialnämndens arbetsutskott § 83",
    );
    const measure = await sparbar(["show", "ASN-2024-2039/R4/1"]);
    expect(measure.stdout).toContain("→ asn-2025-11-20-uppfoljande-yttrande/R4/2");
  });

  it("says plainly when nothing has the id", async () => {
    const run = await sparbar(["show", "SR-1999-1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Nothing in the corpus has the id "SR-1999-1".');
  });
});
