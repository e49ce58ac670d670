import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { measureOwners, responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "audit-panel", name: "Audit Panel" }, "item.txt");
}

describe("an owner's label on a line of its own under each answer", () => {
  const page = [
    "Housing Rents Audit - Management Responses",
    "",
    "1. Recommendation: Former tenants' arrears should be reviewed every quarter and written off only with approval.",
    "Management response: Agreed. A quarterly arrears review will start by 31 March 2027.",
    "Responsible officer: Income Manager (Housing)",
    "",
    "2. Recommendation: Rent statements should be sent to every tenant twice a year.",
    "Management response: Agreed. Statements will go out each April and October from April 2027.",
    "Responsible officer: Head of Tenancy Services",
    "",
    "3. Recommendation: Garage lettings should be advertised publicly.",
    "Management response: Not agreed. Garages are offered to tenants on the waiting list first.",
    "Responsible officer: Head of Tenancy Services",
  ].join("\n");

  it("gives each answer's measure the officer under it", () => {
    expect(measureOwners(response(page))).toEqual([
      [["2027-03-31", "Income Manager (Housing)"]],
      [["2027-04-30", "Head of Tenancy Services"]],
      [],
    ]);
  });
});

describe("an officer said in prose to answer for a step", () => {
  const swedish = [
    "Svar på revisionsrapport om upphandling",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att nämnden inför en rutin för avtalsuppföljning,",
    "2. att nämnden dokumenterar direktupphandlingar,",
    "3. att nämnden utbildar beställarna.",
    "",
    "Avtalsuppföljning",
    "",
    "Nämnden instämmer. Rutinen börjar gälla den 1 april 2027 och inköpschefen vid serviceförvaltningen ansvarar för införandet.",
    "",
    "Direktupphandlingar",
    "",
    "Nämnden instämmer. Dokumentationen förs in i avtalsdatabasen med nämndsekreteraren på kansliet som ansvarig. Den ska vara på plats senast i maj 2027.",
    "",
    "Utbildning",
    "",
    "Nämnden instämmer. Beställarna utbildas under hösten 2027. Utbildningssamordnaren är ansvarig.",
  ].join("\n");

  it("reads the subject of 'ansvarar för', 'med … som ansvarig' and 'är ansvarig'", () => {
    expect(measureOwners(response(swedish))).toEqual([
      [["2027-04-01", "inköpschefen vid serviceförvaltningen"]],
      [["2027-05-31", "nämndsekreteraren på kansliet"]],
      [["2027-12-31", "Utbildningssamordnaren"]],
    ]);
  });

  const english = [
    "Internal Audit Follow-up Report",
    "",
    "4.1",
    "",
    "For Car Park Income, the recommendation that takings should be banked daily had been agreed by the Head of Parking Services, and daily banking would begin by 30 June 2027.",
    "",
    "4.2",
    "",
    "For Market Rents, the recommendation that arrears should be chased monthly had been agreed by the Markets Manager and monthly reminders would be sent from 1 May 2027.",
  ].join("\n");

  it("reads the officer an English answer says agreed the step", () => {
    const read = response(english);
    expect(read.sections.flatMap((s) => s.measures.map((m) => m.responsible))).toEqual([
      "Head of Parking Services",
      "Markets Manager",
    ]);
  });

  const norwegian = [
    "Rådmannens uttalelse til forvaltningsrevisjon av arkiv",
    "",
    "Anbefaling 1: Kommunen bør etablere en rutine for journalføring.",
    "",
    "Rådmannens kommentar: Rådmannen er enig. En rutine skal utarbeides av arkivlederen og behandles i ledergruppen. Rutinen skal være på plass innen 1. februar 2027.",
  ].join("\n");

  it("gives the next dated step the officer a promise before it names after 'av'", () => {
    expect(measureOwners(response(norwegian))).toEqual([[["2027-02-01", "arkivlederen"]]]);
  });
});

describe("an action plan's row flattened with slashes between its cells", () => {
  const memo = [
    "MEMORANDUM",
    "",
    "FINDING 1 – STOREROOM ACCESS",
    "",
    "Recommendation",
    "",
    "Facilities should restrict storeroom keys to named staff.",
    "",
    "Management Response",
    "",
    "Management agrees.",
    "",
    "Agreed Action Plan",
    "",
    "Status / Target Completion Date / Responsibility",
    "Open / April 30, 2027 / Stores Supervisor",
    "",
    "FINDING 2 – STOCK COUNTS",
    "",
    "Recommendation",
    "",
    "Facilities should count high-value stock every month.",
    "",
    "Management Response",
    "",
    "Management agrees.",
    "",
    "Agreed Action Plan",
    "",
    "Status / Target Completion Date / Responsibility",
    "Implemented / September 1, 2026 / Stores Supervisor",
  ].join("\n");

  it("gives an open row's measure its responsible cell, and takes no closed row for a promise", () => {
    expect(measureOwners(response(memo))).toEqual([[["2027-04-30", "Stores Supervisor"]], []]);
  });
});

describe("a table of answers with an action and timing column", () => {
  const attachment = [
    "Attachment A: Response to recommendations",
    "",
    "No.\tRecommendation\tResponse\tAction and timing",
    "1\tThe agency reviews its grant acquittals each year.\tAgreed\tAnnual acquittal reviews will start in the December quarter 2027.",
    "2\tThe agency checks a sample of older grants again.\tAgreed in part\tThe sample will cover grants paid since March 2024, when the current system began. It will be finished by 31 May 2028.",
    "3\tThe agency publishes its acquittal results.\tNot agreed\tResults are reported in the annual report.",
  ].join("\n");

  it("reads each answer's promise by its own sentence", () => {
    const read = response(attachment);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-12-31"],
      ["2028-05-31"],
      [],
    ]);
  });
});
