import { CorpusView } from "../../src/view/corpus-view.ts";
import { baseFiles, inlineCorpus, responseFile } from "./inline-corpus.ts";

/*
 * One recommendation's whole life in a small corpus, for the tests of what the records and their
 * wording say: issued, answered with three measures, one of them given a new date after its own
 * had passed and one reported done later, and finally assessed by the auditors.
 */

export const organisation = `id: testkommun
name: Testkommun
name_en: Test Municipality
kind: municipality
bodies:
  - { id: revisionen, name: Revisionen, name_en: The Auditors, kind: auditors }
  - { id: ks, name: Kommunstyrelsen, kind: board }
  - { id: sn, name: Socialnämnden, name_en: Social Services Committee, kind: committee }
  - { id: sf, name: Socialförvaltningen, kind: administration, parent: sn }
  - { id: bn, name: Byggnämnden, kind: committee }
`;

const response = responseFile(
  [
    "## R1 Rutiner",
    "",
    "Ställningstagande: instämmer delvis",
    "",
    "- [ ] Rutin för att ställa frågor om våld fastställs — senast den 30 september 2024",
    "  Återrapporteras till: sn",
    "- [ ] Utbildning för enhetschefer hålls — 2024-12-31",
    "- [x] Checklista införd",
    "",
  ].join("\n"),
  { decision: "{ date: 2024-05-28, minute: § 45 }" },
);

export const followUp = responseFile(
  [
    "## R1 Rutiner",
    "",
    "Rapporterat (pågår): Rutinen är på remiss.",
    "",
    "- [ ] Rutinen fastställs efter remiss — 2025-03-31",
    "  Följer upp: SN-2024-10/R1/1",
    "- [x] Utbildningen hölls",
    "  Följer upp: SN-2024-10/R1/2",
    "  Genomförd: oktober 2024",
    "",
  ].join("\n"),
  {
    id: "SN-2024-20",
    kind: "follow-up-response",
    title: "Uppföljande yttrande",
    date: "2024-11-10",
  },
);

export const followUpAudit = `---
id: REV-2025-3
kind: follow-up-audit
organisation: testkommun
title: Uppföljande granskning
title_en: Follow-up audit
date: 2025-06-01
issued_by: revisionen
recommendations:
  - id: R1
    to: [sn]
    text: Fortsätt arbetet.
follows_up: [REV-2024-1]
assessments:
  - audit: REV-2024-1
    recommendation: R1
    result: implemented
    basis: Rutinen är fastställd och införd.
---
`;

export const lifeFiles = {
  [baseFiles.organisation]: organisation,
  [baseFiles.response]: response,
  "responses/testkommun/SN-2024-20.md": followUp,
  "audits/testkommun/REV-2025-3.md": followUpAudit,
};

/** The corpus of that life, made afresh, with what it shows on a day. */
export function lifeView(asOf: string, files: Record<string, string | null> = {}): CorpusView {
  return new CorpusView(inlineCorpus({ ...lifeFiles, ...files }), asOf);
}

/** The record of REV-2024-1 R1 for socialnämnden on a day. */
export function lifeRecord(asOf: string, files: Record<string, string | null> = {}) {
  const record = lifeView(asOf, files).recommendation("testkommun", "REV-2024-1", "R1");
  const addressee = record?.addressees[0];
  if (!addressee) throw new Error("REV-2024-1 R1 has no record for socialnämnden");
  return addressee;
}

/**
 * A measure reported done in February 2025 by a document that says it was first reported in a
 * report of September 2024, which has no section of its own.
 */
export const reportedEarlier = {
  "responses/testkommun/SN-2024-15.md": responseFile("Nämnden lämnade en lägesrapport.\n", {
    id: "SN-2024-15",
    kind: "follow-up-response",
    date: "2024-09-20",
    content: "summary",
  }),
  "responses/testkommun/SN-2024-20.md": responseFile(
    [
      "## R1 Rutiner",
      "",
      "- [x] Rutinen fastställdes",
      "  Följer upp: SN-2024-10/R1/1",
      "  Rapporterad i: SN-2024-15",
      "",
    ].join("\n"),
    { id: "SN-2024-20", kind: "follow-up-response", date: "2025-02-10" },
  ),
};
