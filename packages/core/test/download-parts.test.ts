import { beforeAll, describe, expect, it } from "vitest";
import {
  compareOrganisations,
  deadlineCalendar,
  deadlineCalendarParts,
  exportCorpus,
  exportParts,
  openCorpus,
  statusCsv,
  statusCsvHeader,
  statusCsvRows,
} from "../src/index.ts";
import { CorpusView } from "../src/view/corpus-view.ts";
import { repoRoot } from "./helpers/fixtures.ts";
import { organisation } from "./helpers/life.ts";
import { recordsView } from "./helpers/records-corpus.ts";

/*
 * A site keeps each organisation's part of the corpus-wide downloads between builds and joins
 * them after an edit. That is only sound if the whole file is exactly its organisations' parts
 * in turn: these tests hold the joined files to the ones made in one go.
 */

// Östra's audit lies in Testkommun's folder (a warning), so the corpus's file order puts it
// after Testkommun's documents while the export groups it before them.
const misplacedAudit = `---
id: OS-2024-2
kind: audit
organisation: ostra
title: Granskning av lokaler
date: 2024-03-01
issued_by: revisorerna
recommendations:
  - { id: R1, to: [tn], text: Inventera lokalerna. }
---
`;
const ostra = `id: ostra
name: Östra kommun
kind: municipality
bodies:
  - { id: revisorerna, name: Revisorerna, kind: auditors }
  - { id: tn, name: Tekniska nämnden, kind: committee }
`;

function corpora(): [string, CorpusView][] {
  return [
    ["the records corpus", recordsView("2025-12-31")],
    [
      "a corpus with a document outside its organisation's folder",
      recordsView("2025-12-31", {
        "audits/ostra/organisation.yaml": ostra,
        "audits/testkommun/organisation.yaml": organisation,
        "audits/testkommun/OS-2024-2.md": misplacedAudit,
      }),
    ],
  ];
}

let seeds: CorpusView;
beforeAll(async () => {
  seeds = new CorpusView(await openCorpus(repoRoot), "2026-11-22");
});

function organisationsOf(view: CorpusView): string[] {
  return view.pages().organisations.toSorted(compareOrganisations);
}

describe("the corpus-wide downloads, joined from each organisation's part", () => {
  it("groups every list of the whole export by organisation, whatever the files' order", () => {
    const [, view] = corpora()[1] ?? [];
    if (!view) throw new Error("no corpus");
    const data = exportCorpus(view.corpus, view.asOf);
    expect(data.organisations.map((o) => o.id)).toEqual(["ostra", "testkommun"]);
    expect(data.audits[0]?.id).toBe("OS-2024-2");
    expect(data.audits.map((a) => a.organisation)).toEqual([
      "ostra",
      ...data.audits.slice(1).map(() => "testkommun"),
    ]);
    expect(data.statuses[0]?.key).toBe("ostra/OS-2024-2/R1@tn");
  });

  for (const [name, view] of [...corpora(), ["the seed corpus", undefined] as const]) {
    it(`joins the open-data JSON byte for byte: ${name}`, () => {
      const v = view ?? seeds;
      const parts = organisationsOf(v).map((o) => exportParts.of(v.corpus, v.asOf, o));
      expect(exportParts.join(v.asOf, parts)).toBe(JSON.stringify(exportCorpus(v.corpus, v.asOf)));
    });

    it(`joins the status CSV and the deadline calendar byte for byte: ${name}`, () => {
      const v = view ?? seeds;
      const stamp = new Date(`${v.asOf}T12:00:00Z`);
      for (const lang of ["sv", "en"] as const) {
        const rows = organisationsOf(v).map((organisation) =>
          statusCsvRows(v.corpus, v.asOf, lang, { organisation }),
        );
        expect(statusCsvHeader(lang) + rows.join("")).toBe(statusCsv(v.corpus, v.asOf, lang));
        // Within an organisation the calendar keeps the order of its deadlines; the whole is
        // each organisation's in turn, which a calendar made in one go is when its rows are.
        const byOrganisation = organisationsOf(v).flatMap((organisation) =>
          v.deadlines({ organisation }),
        );
        const events = organisationsOf(v).map((organisation) =>
          deadlineCalendarParts.events(v.deadlines({ organisation }), lang, stamp),
        );
        expect(
          deadlineCalendarParts.head(lang) + events.join("") + deadlineCalendarParts.foot,
        ).toBe(deadlineCalendar(byOrganisation, lang, stamp));
      }
    });
  }

  it("has something to join in the seed corpus: several organisations, each with rows", () => {
    const organisations = organisationsOf(seeds);
    expect(organisations.length).toBeGreaterThan(1);
    for (const organisation of organisations) {
      expect(statusCsvRows(seeds.corpus, seeds.asOf, "sv", { organisation })).not.toBe("");
    }
  });
});
