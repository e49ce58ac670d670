import { describe, expect, it } from "vitest";
import { distinctDocuments, type Update } from "../src/view/updates.ts";
import { baseFiles, responseFile } from "./helpers/inline-corpus.ts";
import { lifeView } from "./helpers/life.ts";

/*
 * The updates the site's feeds and "latest" lists show, read off one recommendation's life (see
 * helpers/life.ts): newest first, documents before the changes they caused on their day.
 */

/** Each update in a line: its day, what it is, and what it says. */
function line(u: Update): string {
  if (u.type === "document") return `${u.day} document ${u.document.type}:${u.document.id}`;
  if (u.type === "deadline")
    return `${u.day} deadline ${u.subject} ${u.what} ${u.due.text}${u.measure ? ` ${u.measure}` : ""}`;
  const sources = u.sources.map((s) => s.id).join(", ");
  const deadlines = u.deadlines.map((d) => d.text).join(", ");
  return `${u.day} state ${u.subject} ${u.before.body}/${u.before.auditor} → ${u.bodyState}/${u.auditorState} [${sources}] [${deadlines}]${u.datedAs ? ` dated ${u.datedAs.text}` : ""}`;
}

const R1 = "testkommun/REV-2024-1/R1@sn";
const R2 = "testkommun/REV-2024-1/R2@ks";

describe("updates", () => {
  it("list documents and changes of state newest first, each change once with the documents that made it", () => {
    const updates = lifeView("2025-12-31").updates();
    expect(updates.map(line)).toEqual([
      "2025-06-01 document audit:REV-2025-3",
      `2025-06-01 state ${R1} measure-passed/not-assessed → measure-passed/implemented [REV-2025-3] []`,
      `2025-04-01 state ${R1} in-progress/not-assessed → measure-passed/not-assessed [] [2025-03-31]`,
      "2024-11-10 document response:SN-2024-20",
      // Three statements of one document: named once.
      `2024-11-10 state ${R1} measure-passed/not-assessed → in-progress/not-assessed [SN-2024-20] []`,
      `2024-10-01 state ${R1} in-progress/not-assessed → measure-passed/not-assessed [] [senast den 30 september 2024]`,
      `2024-06-01 state ${R2} awaiting-response/not-assessed → response-due-passed/not-assessed [] [2024-05-31]`,
      "2024-05-28 document response:SN-2024-10",
      `2024-05-28 state ${R1} awaiting-response/not-assessed → in-progress/not-assessed [SN-2024-10] []`,
      // An issue is no change of state: the audit itself is the update.
      "2024-02-15 document audit:REV-2024-1",
    ]);
    const r2 = updates.find((u) => u.type === "state" && u.subject === R2);
    expect(r2).toMatchObject({
      organisation: { id: "testkommun", name: { sv: "Testkommun" } },
      audit: { id: "REV-2024-1", kind: "audit" },
      item: "R2",
      title: { sv: "Följ upp arbetet mot våld i nära relationer årligen" },
      body: { id: "ks", name: { sv: "Kommunstyrelsen" } },
    });
    const sn10 = updates.find((u) => u.type === "document" && u.document.id === "SN-2024-10");
    expect(sn10).toMatchObject({ document: { kind: "response", body: { id: "sn" } } });
  });

  it("tell a deadline passed in silence on the day after it, unless a change of state already says so", () => {
    // No follow-up: 30 September passes and changes the state; 31 December passes while the
    // state already says a date has passed.
    const silent = lifeView("2025-12-31", {
      "responses/testkommun/SN-2024-20.md": null,
      "audits/testkommun/REV-2025-3.md": null,
    });
    expect(silent.updates({ organisation: "testkommun", body: "sn" }).map(line)).toEqual([
      `2025-01-01 deadline ${R1} measure 2024-12-31 SN-2024-10/R1/2`,
      `2024-10-01 state ${R1} in-progress/not-assessed → measure-passed/not-assessed [] [senast den 30 september 2024]`,
      "2024-05-28 document response:SN-2024-10",
      `2024-05-28 state ${R1} awaiting-response/not-assessed → in-progress/not-assessed [SN-2024-10] []`,
      "2024-02-15 document audit:REV-2024-1",
    ]);
    // A date given a new one after it passed was missed as a document says, not in silence.
    expect(
      lifeView("2025-12-31")
        .updates()
        .filter((u) => u.type === "deadline"),
    ).toEqual([]);
  });

  it("date a change caused by a document dated by its year by that year", () => {
    const yearDated = lifeView("2025-12-31", {
      [baseFiles.response]: responseFile("## R1 Rutiner\n\nStällningstagande: instämmer\n", {
        date: "2024",
      }),
      "responses/testkommun/SN-2024-20.md": null,
    });
    const r1 = yearDated.updates().filter((u) => u.type === "state" && u.subject === R1);
    expect(r1.map(line)).toEqual([
      `2025-06-01 state ${R1} answered/not-assessed → answered/implemented [REV-2025-3] []`,
      // Counted from the year's last day, and shown as the year.
      `2024-12-31 state ${R1} response-due-passed/not-assessed → answered/not-assessed [SN-2024-10] [] dated 2024`,
      `2024-06-01 state ${R1} awaiting-response/not-assessed → response-due-passed/not-assessed [] [2024-05-31]`,
    ]);
  });

  it("keep to an organisation, an audit or a body", () => {
    const view = lifeView("2025-12-31");
    const lines = (scope: Parameters<typeof view.updates>[0]) => view.updates(scope).map(line);
    const all = view.updates().map(line);
    expect(lines({ organisation: "testkommun" })).toEqual(all);
    expect(lines({ organisation: "ostra" })).toEqual([]);
    // An audit's id names it only within its organisation: without one, everything.
    expect(lines({ audit: "REV-2025-3" })).toEqual(all);
    // An audit: itself, the responses that answer it, and its recommendations' changes.
    expect(lines({ organisation: "testkommun", audit: "REV-2024-1" })).toEqual(
      all.filter((l) => !l.includes("REV-2025-3") || l.includes("/R1@sn")),
    );
    expect(lines({ organisation: "testkommun", audit: "REV-2025-3" })).toEqual([
      "2025-06-01 document audit:REV-2025-3",
    ]);
    // A body: the audits with recommendations to it, its own responses, its changes.
    expect(lines({ organisation: "testkommun", body: "ks" })).toEqual([
      `2024-06-01 state ${R2} awaiting-response/not-assessed → response-due-passed/not-assessed [] [2024-05-31]`,
      "2024-02-15 document audit:REV-2024-1",
    ]);
    expect(lines({ organisation: "testkommun", body: "sn" })).toEqual(
      all.filter((l) => !l.includes("@ks")),
    );
    expect(lines({ organisation: "testkommun", body: "bn" })).toEqual([]);
    expect(lines({ organisation: "testkommun", audit: "REV-2099-1" })).toEqual([]);
  });
});

describe("distinctDocuments", () => {
  it("keeps each document once, in the order first named, told apart by type, organisation and id", () => {
    const doc = (type: "audit" | "response", organisation: string, id: string) => ({
      type,
      organisation,
      id,
      title: { sv: id },
    });
    const links = [
      doc("response", "testkommun", "SN-1"),
      doc("audit", "testkommun", "SN-1"),
      doc("response", "testkommun", "SN-1"),
      doc("response", "ostra", "SN-1"),
      doc("response", "testkommun", "SN-2"),
    ];
    expect(distinctDocuments(links)).toEqual([links[0], links[1], links[3], links[4]]);
  });
});
