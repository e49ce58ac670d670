import { CorpusView } from "../../src/view/corpus-view.ts";
import { inlineCorpus } from "./inline-corpus.ts";
import { organisation } from "./life.ts";

/*
 * A small corpus that uses every field a page shows: an audit with its firm, authors, questions
 * and the responses it asks for; a follow-up audit that assesses it; a plan with goals; a
 * response with its decision path and a section for each kind of statement; and a second
 * organisation with nothing in it yet.
 */

export const audit = `---
id: REV-2024-1
kind: audit
organisation: testkommun
title: Granskning av rutiner
title_en: Audit of routines
date: 2024-02-15
issued_by: revisionen
firm: Revisionsbyrån AB
audited: [ks, sn]
coordinator: ks
authors:
  - { name: Anna Andersson, role: Certifierad kommunal revisor }
  - { name: Bo Berg }
questions:
  - { id: Q1, text: Finns rutiner?, answer: partly, assessment: Delvis. }
  - { id: Q2, text: Följs de upp? }
recommendations:
  - { id: R10, to: [ks], text: Följ upp rutinerna årligen. }
  - { id: R2, to: [sn, ks], text: Säkerställ rutiner i alla verksamheter. }
responses_asked: listed
responses_due:
  - { from: sn, by: 2024-05-31 }
  - { from: ks, kind: follow-up-response, recommendations: [R10] }
source: Revisionsrapport 2024:1
gaps:
  - The report does not say when it was sent.
---

## Sammanfattning

Revisionen bedömer att rutinerna *delvis* finns.
`;

const followUpAudit = `---
id: REV-2025-3
kind: follow-up-audit
organisation: testkommun
title: Uppföljande granskning
date: 2025-06-01
issued_by: revisionen
recommendations:
  - { id: R1, to: [sn], text: Fortsätt arbetet. }
follows_up: [REV-2024-1]
assessments:
  - { audit: REV-2024-1, recommendation: R2, body: sn, result: implemented, basis: Rutinerna finns. }
  - { audit: REV-2024-1, recommendation: R10, result: not-implemented }
---
`;

export const plan = `---
id: PLAN-1
kind: plan
organisation: testkommun
title: Plan mot våld
date: 2023-03-01
issued_by: ks
goals:
  - { id: G1, text: Ingen ska utsättas för våld., means: Genom att förebygga. }
recommendations:
  - { id: A1, goal: G1, to: [sf], text: Förvaltningen utbildar personalen. }
---
`;

export const response = `---
id: SN-2024-10
kind: response
organisation: testkommun
body: sn
to: [revisionen, ks]
answers: [REV-2024-1]
title: Yttrande över granskning av rutiner
title_en: Response on the audit of routines
date: 2024-05-20
decision: { date: 2024-05-28, minute: § 45, body: ks }
path:
  - { step: working-committee, body: sn, date: 2024-05-14, minute: § 12 }
  - { step: committee, body: sn, date: 2024-05-28 }
signatories:
  - { name: Cecilia Ek, role: Ordförande }
  - { name: Erik Ek }
officers:
  - { name: David Fors }
  - { name: Fia Falk, role: Utredare }
source: Protokollsutdrag § 45
gaps:
  - The appendix is not in the corpus.
---

## R2 Rutiner

Ställningstagande: instämmer delvis

Rapporterat (pågår): Rutinerna skrivs.

Rapporterat för sf (ej påbörjat): Förvaltningen har inte börjat.

- [ ] Rutin fastställs — senast den 30 september 2024
  Återrapporteras till: sn
- [x] Checklista **införd**
  Genomförd: april 2024
`;

const emptyOrganisation = `id: ostra
name: Östra kommun
kind: municipality
bodies:
  - { id: ks, name: Kommunstyrelsen, kind: board }
`;

const recordFiles = {
  "audits/testkommun/organisation.yaml": organisation,
  "audits/testkommun/REV-2024-1.md": audit,
  "audits/testkommun/REV-2025-3.md": followUpAudit,
  "audits/testkommun/PLAN-1.md": plan,
  "responses/testkommun/SN-2024-10.md": response,
  "audits/ostra/organisation.yaml": emptyOrganisation,
};

/** What that corpus, made afresh, shows on a day. */
export function recordsView(asOf: string, files: Record<string, string | null> = {}): CorpusView {
  return new CorpusView(inlineCorpus({ ...recordFiles, ...files }), asOf);
}
