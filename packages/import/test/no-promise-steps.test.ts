import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

const dues = (read: ImportedResponse) =>
  read.sections.map((s) => s.measures.map((m) => m.due?.end));

describe("steps that are none of the answering body's promises", () => {
  const swedish = [
    "Tekniska nämndens svar på revisionsrapport om vinterväghållning",
    "",
    "Revisorerna rekommenderar",
    "",
    "1. att nämnden följer upp entreprenörens utryckningstider,",
    "2. att nämnden dokumenterar sina stickprov.",
    "",
    "Utryckningstider",
    "",
    "Nämnden instämmer. Uppföljningen redovisas för nämnden senast i mars 2027. Kommunens revisorer följer upp granskningen under hösten 2027.",
    "",
    "Stickprov",
    "",
    "Nämnden instämmer. Stickproven är redan införda sedan november 2026 och fler behövs inte.",
  ].join("\n");

  it("leaves the auditors' own follow-up and a step done already", () => {
    const read = responseOfCommittee(swedish, { id: "tn", name: "Tekniska nämnden" });
    expect(dues(read)).toEqual([["2027-03-31"], []]);
  });

  const danish = [
    "Forvaltningens bemærkninger til revisionsberetningen",
    "",
    "Anbefaling 1: Forvaltningen bør adskille rettighederne i lønsystemet.",
    "",
    "Forvaltningens bemærkning: Forvaltningen er enig. En gennemgang er allerede gennemført i september 2026. Rettighederne adskilles inden 1. februar 2027.",
    "",
    "Anbefaling 2: Forvaltningen bør afstemme anlægskartoteket hvert kvartal.",
    "",
    "Forvaltningens bemærkning: Forvaltningen er enig, og afstemningen indføres fra 1. april 2027. Revisionsudvalget behandler handleplanen på sit møde i juni 2027.",
  ].join("\n");

  it("reads the same in Danish", () => {
    const read = responseOfCommittee(danish, { id: "fv", name: "Økonomiudvalget" });
    expect(dues(read)).toEqual([["2027-02-01"], ["2027-04-01"]]);
  });
});

describe("the dates of minutes, decisions and a letter's sign-off", () => {
  const norwegian = [
    "Rådmannens oppfølging av forvaltningsrevisjon om innkjøp",
    "",
    "Anbefaling 1: Kommunen bør føre protokoll fra alle anbudsåpninger.",
    "",
    "Rådmannens kommentar: Rådmannen er enig. Protokoll føres fra 1. mars 2027. En nærmere omtale står i formannskapets protokoll 14.4.2026.",
    "",
    "Anbefaling 2: Kommunen bør kontrollere leverandørenes skatteattester.",
    "",
    "Rådmannens kommentar: Rådmannen er enig. Kontrollen innføres innen 1. juni 2027. Driftsutvalgets vedtak den 3. mai 2026 ligger ved.",
    "",
    "Rådhuset i Nordvik, 12.11.2026 Kari Lunde rådmann",
  ].join("\n");

  it("takes none of them for a due date", () => {
    const read = responseOfCommittee(norwegian, { id: "ku", name: "Kontrollutvalget" });
    expect(dues(read)).toEqual([["2027-03-01"], ["2027-06-01"]]);
  });
});
