import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";
import { responseRead } from "./helpers/report-read.ts";

const organisation = {
  id: "council",
  bodies: [{ id: "audit-committee", name: "Audit Committee" }],
};
const sectionsOf = (text: string) =>
  responseRead(text, organisation, "minutes.txt").sections.map((s) => [s.number, s.text, s.stance]);

describe("recommendations quoted under their own label in minutes", () => {
  it("leaves a short code or a label naming the recommendation out of its text", () => {
    const minutes = [
      "Minutes:",
      "",
      "The Committee considered the plan answering the external auditor's key recommendations.",
      "",
      "KR1: The Borough should publish a capital strategy covering ten years. The Treasurer advised that this recommendation was accepted.",
      "",
      "KR2: The Borough should review the fees charged for garden waste collection. Officers explained that the recommendation was accepted in part.",
      "",
      "2b. Committee recommendation: The Borough should report sickness absence to Members each quarter. The Head of People confirmed that the recommendation was accepted.",
    ].join("\n");
    expect(sectionsOf(minutes)).toEqual([
      [1, "The Borough should publish a capital strategy covering ten years.", "agrees"],
      [
        2,
        "The Borough should review the fees charged for garden waste collection.",
        "partly-agrees",
      ],
      [3, "The Borough should report sickness absence to Members each quarter.", "agrees"],
    ]);
  });
});

describe("an action plan's answer retold in minutes", () => {
  it("reads an action or recommendation 'agreed' by management as agreed, and no more", () => {
    expect(
      readStanceIn("The Director advised that management had agreed this action.")?.stance,
    ).toBe("agrees");
    expect(
      readStanceIn("Members were told that the action had been agreed but its date had moved.")
        ?.stance,
    ).toBe("agrees");
    expect(readStanceIn("Both recommendations were agreed by the board.")?.stance).toBe("agrees");
    expect(readStanceIn("The recommendations were agreed with the auditors last year.")).toBe(
      undefined,
    );
  });

  it("opens a section for each recommendation retold with its maker, answered in the sentences after it", () => {
    const minutes = [
      "Follow Up of Audit Recommendations",
      "",
      "The Committee considered progress on the actions from the external auditor's annual report.",
      "",
      "The external auditor had recommended that the Council should draw up a plan for its library buildings. The Director of Place advised that management had agreed this action and that the plan would go to Council in March 2028.",
      "",
      "The auditor had also recommended that the Council should reduce its use of agency social workers. Members were told that this action had been agreed but its date had moved to the autumn.",
      "",
      "On the recommendation that the Council should close its two smallest depots, management had agreed in part: one depot would close, but the other was still needed for winter gritting.",
    ].join("\n");
    expect(sectionsOf(minutes)).toEqual([
      [1, "the Council should draw up a plan for its library buildings.", "agrees"],
      [2, "the Council should reduce its use of agency social workers.", "agrees"],
      [3, "the Council should close its two smallest depots", "partly-agrees"],
    ]);
  });
});

describe("a government's progress report on several committee reports", () => {
  const progress = [
    "Treasury Minutes Progress Report",
    "",
    "Department for Culture",
    "",
    "Regional museums: Ninth report of session 2025-26",
    "",
    "Recommendation 3: The Department should publish the visitor figures of every museum it funds.",
    "",
    "3.1 The government agreed with this recommendation.",
    "",
    "3.2 Recommendation implemented. The figures were first published in March 2026.",
    "",
    "Recommendation 5: The Department should set a target for the share of visitors from outside London.",
    "",
    "5.1 The government disagreed with this recommendation and it is therefore closed.",
    "",
    "Department for Health",
    "",
    "Dental services: Twelfth report of session 2025-26",
    "",
    "Recommendation 2: The Department should report the number of patients waiting for a dentist in each region.",
    "",
    "2.1 The government agreed with this recommendation.",
  ].join("\n");

  it("reads 'agreed with this recommendation' as agreed", () => {
    expect(readStanceIn("The government agreed with this recommendation.")?.stance).toBe("agrees");
  });

  it("numbers the recommendations by their place where the reports' own numbers fall back", () => {
    expect(sectionsOf(progress).map(([n, , stance]) => [n, stance])).toEqual([
      [1, "agrees"],
      [2, "disagrees"],
      [3, "agrees"],
    ]);
  });
});

describe("an agenda item answering numbered recommendations by their numbers", () => {
  const item = [
    "4 Svar på granskning av lokalförsörjningen",
    "",
    "Beskrivning av ärendet",
    "Revisorerna rekommenderar tekniska nämnden att",
    "1. ta fram en lokalförsörjningsplan för de kommande tio åren,",
    "2. inventera lokaler som står tomma mer än ett år,",
    "3. redovisa lokalkostnaden per verksamhet i årsredovisningen.",
    "",
    "Förvaltningen delar revisorernas bedömning i rekommendation 1 och 2. Planen tas fram under hösten.",
    "",
    "Rekommendation 3 delar förvaltningen inte. Kostnaderna redovisas redan per förvaltning.",
  ].join("\n");

  it("reads a stance said of 'rekommendation 1 och 2' as both's, and one put after the number", () => {
    expect(
      responseRead(item, organisation, "protokoll.txt").sections.map((s) => [s.number, s.stance]),
    ).toEqual([
      [1, "agrees"],
      [2, "agrees"],
      [3, "disagrees"],
    ]);
  });
});

describe("a committee's decisions retelling national reports' recommendations with their answers", () => {
  const decisions = [
    "Decision details",
    "",
    "Decision Maker: Scrutiny Panel",
    "",
    "A report on recent national reports by the Accounts Commission was before the Panel with management responses.",
    "",
    "1. Noted the report,",
    "",
    '2. Noted that the report "Managing council buildings" recommended that councils should keep an up-to-date register of their buildings, and agreed with the management response that the asset register already maintained meets this recommendation,',
    "",
    '3. Noted that the report "Local bus services" recommended that councils should map every route they subsidise, and that officers would consider this later,',
    "",
    '4. Noted that the management response did not accept the recommendation in "Managing council buildings" that councils should sell every building empty for a year, as some are kept for future schools, and',
    "",
    "5. Agreed to meet again in the spring.",
  ].join("\n");

  it("opens a section for each recommendation an item retells, with the stance it states", () => {
    expect(sectionsOf(decisions)).toEqual([
      [1, "councils should keep an up-to-date register of their buildings", "agrees"],
      [3, "councils should sell every building empty for a year", "disagrees"],
    ]);
  });

  it("reads a recommendation that what is done already meets as agreed, and one not met as none", () => {
    expect(readStanceIn("The register already kept meets this recommendation.")?.stance).toBe(
      "agrees",
    );
    expect(readStanceIn("The register does not meet this recommendation.")?.stance).not.toBe(
      "agrees",
    );
  });
});

describe("proposals for improvement under short codes, answered by code in minutes", () => {
  const minutes = [
    "Minutes:",
    "",
    "The auditor had made three proposals for improvement:",
    "",
    "P1 The Council should set out the cost of each of its well-being objectives.",
    "P2 The Council should report the results of its resident survey to Cabinet.",
    "P3 The Council should publish its corporate risk register on its website.",
    "",
    "The Leader said that P3 had already been met. P1 was accepted and would be reflected in the budget report.",
    "",
    "On the resident survey, the Cabinet accepted the proposal in part: the headline results would be reported, but not every question.",
  ].join("\n");

  it("leaves the code out of the text and gives each answer naming a code to that proposal", () => {
    expect(sectionsOf(minutes)).toEqual([
      [1, "The Council should set out the cost of each of its well-being objectives.", "agrees"],
      [
        2,
        "The Council should report the results of its resident survey to Cabinet.",
        "partly-agrees",
      ],
      [3, "The Council should publish its corporate risk register on its website.", "agrees"],
    ]);
  });
});
