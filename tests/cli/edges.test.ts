import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, seedCopy } from "../helpers/cli.ts";
import { runCli } from "../helpers/run-cli.ts";

/*
 * The edges a secretary and an auditor met using sparbar on their own: each is a test of what
 * the command now does where it used to give a wrong answer, an English message or a stack.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function seeds(): string {
  const made = seedCopy();
  cleanups.push(made.cleanup);
  return made.root;
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "sparbar-edge-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The test municipality of core's fixtures, with some files added. */
function testkommun(files: Record<string, string> = {}): string {
  const root = folder();
  cpSync(join(repoRoot, "packages/core/test/fixtures/base"), root, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}

const sv = { LANG: "sv_SE.UTF-8" };

describe("a missing corpus is an error, not an empty corpus", () => {
  it("sparbar check where there is no corpus", async () => {
    const dir = folder();
    const run = await runCli(["check"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      `No corpus found: neither ${dir} nor a folder above it has audits/ or responses/. Run sparbar inside a corpus, or give --root.`,
    );
  });

  it("a --root that does not exist, in the reader's language", async () => {
    const run = await runCli(["status", "--root", "/nonexistent"], { env: sv });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--root: /nonexistent finns inte");
  });
});

describe("an organisation, body or audit the corpus lacks is refused with the nearest", () => {
  it.each([
    [
      ["status", "--org", "malmö"],
      '--org: there is no organisation "malmö" in the corpus; did you mean `malmo`?',
    ],
    [
      ["status", "--body", "socialnamnd"],
      '--body: there is no body "socialnamnd"; did you mean `socialnamnden`?',
    ],
    [
      ["deadlines", "--audit", "SR-2023-18"],
      '--audit: there is no audit "SR-2023-18"; did you mean `SR-2023-81`?',
    ],
    [["export", "--format", "csv", "--org", "orebo"], "did you mean `orebro`?"],
    [
      ["changes", "--from", "2025", "--audit", "granskning-hrv-2052"],
      "did you mean `granskning-hrv-2025`?",
    ],
  ])("%j", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });

  it("and an id that names nothing gets the ids near it", async () => {
    const run = await runCli(["show", "SR-2023-18"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Nothing in the corpus has the id "SR-2023-18". Did you mean SR-2023-81?\n',
    );
  });
});

describe("open, closed and overdue say what they mean", () => {
  it("--help explains open and closed, and an empty --closed says what closed is", async () => {
    const help = await runCli(["status", "--help"]);
    expect(help.stdout).toContain(
      "Open is a recommendation neither implemented as the auditors found, no longer relevant, nor declined by the body; what the body reports does not close it.",
    );
    const closed = await runCli(["status", "--closed", "--as-of", "2026-01-01"]);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain(
      "No recommendation is closed as of 2026-01-01. Closed means implemented as the auditors found, no longer relevant, or declined by the body; every other one is open.",
    );
  });

  it("status --overdue lists the open ones with a date passed, and never calls it late", async () => {
    const run = await runCli([
      "status",
      "--overdue",
      "--audit",
      "SR-2023-81",
      "--as-of",
      "2025-06-30",
      "--json",
    ]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout).statuses as {
      recommendation: string;
      body_state: string;
    }[];
    expect(rows.map((r) => [r.recommendation, r.body_state])).toEqual([
      ["R1", "measure-passed"],
      ["R2", "measure-passed"],
      ["R5", "measure-passed"],
    ]);
    const none = await runCli(["status", "--overdue", "--as-of", "2024-03-01"]);
    expect(none.stdout).toContain("Nothing is overdue as of 2024-03-01");
  });
});

describe("listings keep what they say", () => {
  it("a terminal gets the last column wrapped under it, not cut", async () => {
    const run = await runCli(["deadlines", "--as-of", "2024-04-01", "--within", "60d"], {
      columns: 120,
      env: { NO_COLOR: "1" },
    });
    expect(run.stdout).not.toContain("…");
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(120);
    const words = run.stdout.replace(/\n +/g, " ");
    expect(words).toContain(
      "Förskolenämnden genomför en genomlysning av orosanmälningar som gjorts under 2023, vilket sker i samverkan med arbetsmarknads- och socialnämnden; genomlysningen ska vara genomförd",
    );
  });
});

describe("in a Swedish locale, Swedish throughout", () => {
  it("a mistyped option, and a file that cannot be written", async () => {
    const option = await runCli(["status", "--overdu"], { env: sv });
    expect(option.stderr).toContain(
      "sparbar: --overdu är ingen flagga för det här kommandot; menade du --overdue?",
    );
    const root = seeds();
    writeFileSync(join(root, "mål.txt"), "behåll");
    symlinkSync(join(root, "mål.txt"), join(root, "länk.ics"));
    const link = await runCli(["deadlines", "--ics", "länk.ics", "--force"], {
      cwd: root,
      env: sv,
    });
    expect(link.code).toBe(1);
    expect(link.stderr).toContain(
      "Kan inte skriva länk.ics: den är en symbolisk länk, och Spårbar skriver aldrig genom en sådan. Inget skrevs.",
    );
  });

  it("says that the notes on what the sources lack are written in English", async () => {
    const run = await runCli(["show", "SR-2023-81"], { env: sv });
    expect(run.stdout).toContain("Saknas i källorna (antecknat på engelska):");
  });

  it("reads a stance the way a response writes it", async () => {
    for (const words of ["instämmer delvis", "Instämmer delvis", "delar delvis"]) {
      const run = await runCli(["status", "--stance", words, "--json"], { env: sv });
      expect([words, run.code, JSON.parse(run.stdout).statuses.length]).toEqual([words, 0, 4]);
    }
    const typo = await runCli(["status", "--stance", "instämer delvis"], { env: sv });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('menade du "instämmer delvis"?');
  });
});

describe("the calendar", () => {
  const audit = `---
id: REV-2024-2
kind: audit
organisation: testkommun
title: Granskning av styrningen
date: 2024-03-01
issued_by: revisionen
recommendations:
  - id: R1
    to: [ks]
    text: Ta fram en plan.
  - id: R2
    to: [ks]
    text: Följ upp planen.
responses_due:
  - from: ks
    by: 2024-06-30
---
`;

  it("names each measure, and makes one event of one response owed on several recommendations", async () => {
    const root = testkommun({ "audits/testkommun/REV-2024-2.md": audit });
    const run = await runCli(["deadlines", "--ics", "-", "--as-of", "2024-06-15"], {
      cwd: root,
      env: sv,
    });
    expect(run.code).toBe(0);
    // iCalendar folds long lines; unfolded, each property is one line.
    const ics = run.stdout.replace(/\r\n /g, "");
    const events = ics.split("BEGIN:VEVENT").slice(1);
    const owed = events.filter((e) => e.includes("REV-2024-2"));
    expect(owed).toHaveLength(1);
    expect(owed[0]).toContain(
      "SUMMARY:Svar: REV-2024-2 Granskning av styrningen – Kommunstyrelsen",
    );
    expect(owed[0]).toContain("Rekommendationer: R1\\, R2");
    expect(ics).toContain(
      "SUMMARY:Åtgärd: Rutin för att ställa frågor om våld fastställs – Socialnämnden",
    );
  });
});

describe("the same document twice", () => {
  it("a second copy of an encoded audit, imported beside it, is named as a copy", async () => {
    const root = seeds();
    const imported = await runCli(
      ["import", join(repoRoot, "tests/fixtures/import/seed-004/source.txt"), "--org", "orebro"],
      { cwd: root },
    );
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain(
      "This looks like granskning-hrv-2025 (audits/orebro/granskning-hrv-2025.md), already in the corpus",
    );
    // Reviewed and filled in, the copy still checks: as a copy.
    const [draft = ""] = readdirSync(join(root, "audits/orebro")).filter(
      (f) =>
        !["organisation.yaml", "granskning-hrv-2025.md", "granskning-vinr-2022.md"].includes(f),
    );
    const file = join(root, "audits/orebro", draft);
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace(/by: "\[\[[^\]]*\]\]"/g, "by: 2025-12-31")
        .replace(/\[\[[^\]]*\]\]/g, "Sammanfattning."),
    );
    const check = await runCli(["check", "--json"], { cwd: root });
    const copies = JSON.parse(check.stdout).diagnostics.filter(
      (d: { code: string }) => d.code === "duplicate-document",
    );
    expect(copies.map((d: { file: string; message: string }) => [d.file, d.message])).toEqual([
      [
        `audits/orebro/${draft}`,
        expect.stringContaining(
          "looks like the same document as granskning-hrv-2025 (audits/orebro/granskning-hrv-2025.md): the same date and title or the same recommendations",
        ),
      ],
      [
        "audits/orebro/granskning-hrv-2025.md",
        expect.stringContaining(`as ${draft.slice(0, -3)} `),
      ],
    ]);
  });
});

describe("no response long after the audit", () => {
  it("is a note of its own beside the state, never called late", async () => {
    const root = testkommun();
    const run = await runCli(["status", "--body", "ks", "--as-of", "2025-06-30"], { cwd: root });
    expect(run.stdout).toContain(
      "Response date passed, no response on record · No response on record 13 months after the issue (since 15 March 2025)",
    );
    expect(run.stdout).not.toMatch(/late/i);
    const json = await runCli(["status", "--body", "ks", "--as-of", "2025-06-30", "--json"], {
      cwd: root,
    });
    expect(JSON.parse(json.stdout).statuses[0].no_response_since).toBe("2025-03-15");
    const before = await runCli(["status", "--body", "ks", "--as-of", "2025-03-14"], { cwd: root });
    expect(before.stdout).not.toContain("13 months");
  });
});

describe("open data", () => {
  it("names the responding body in body, the text in markdown, and leaves out comments", async () => {
    const root = seeds();
    const file = join(root, "responses/malmo/ASN-2024-2039.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "## R1 Rekommendation 1\n",
        "## R1 Rekommendation 1\n\n<!-- Internt: kontrollera siffrorna med enheten. -->\n",
      ),
    );
    const run = await runCli(["export", "--format", "json"], { cwd: root });
    const data = JSON.parse(run.stdout);
    const response = data.responses.find((r: { id: string }) => r.id === "ASN-2024-2039");
    expect(response.body).toBe("asn");
    expect(response.markdown).toContain("## R1 Rekommendation 1");
    expect(run.stdout).not.toContain("Internt: kontrollera");
    expect(run.stdout).not.toContain("<!--");
  });

  it("exports one audit, or one body's recommendations, and a CSV of measures", async () => {
    const audit = JSON.parse(
      (await runCli(["export", "--format", "json", "--audit", "SR-2023-81"])).stdout,
    );
    expect(audit.audits.map((a: { id: string }) => a.id)).toEqual(["SR-2023-81"]);
    expect(new Set(audit.statuses.map((s: { audit: string }) => s.audit))).toEqual(
      new Set(["SR-2023-81"]),
    );
    expect(audit.responses.map((r: { id: string }) => r.id).sort()).toEqual([
      "ASN-2024-2039",
      "asn-2025-01-27-p32",
      "asn-2025-11-20-uppfoljande-yttrande",
    ]);
    const body = JSON.parse(
      (await runCli(["export", "--format", "json", "--org", "orebro", "--body", "kommunstyrelsen"]))
        .stdout,
    );
    expect(new Set(body.statuses.map((s: { body: string }) => s.body))).toEqual(
      new Set(["kommunstyrelsen"]),
    );
    const csv = await runCli([
      "export",
      "--format",
      "csv",
      "--measures",
      "--audit",
      "SR-2023-81",
      "--as-of",
      "2025-06-30",
      "--lang",
      "sv",
    ]);
    const lines = csv.stdout.split("\r\n");
    expect(lines[0]).toContain("Åtgärd;Text;Utlovad i;Utlovad;Tidpunkt");
    expect(lines.find((l) => l.includes(";ASN-2024-2039/R5/3;"))).toContain(
      "Datum passerat utan rapport",
    );
  });
});

describe("diary numbers", () => {
  it("one given as --id is refused with the way to give it, and nothing is written", async () => {
    const root = seeds();
    const run = await runCli(
      ["draft", "--audit", "SR-2023-81", "--body", "asn", "--id", "Sn 2025/1234"],
      {
        cwd: root,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '"Sn 2025/1234" looks like a diary number: give it with --diary-number, so that it is kept as written and the response\'s id becomes Sn-2025-1234',
    );
    expect(readdirSync(join(root, "responses/malmo")).some((f) => f.startsWith("Sn"))).toBe(false);
    expect(existsSync(join(root, "responses/malmo/Sn 2025"))).toBe(false);
  });
});
