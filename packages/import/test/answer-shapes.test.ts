import { describe, expect, it } from "vitest";
import { type ImportedResponse, importDocument } from "../src/index.ts";
import { auditCommitteeResponse } from "./helpers/one-committee-response.ts";

const response = (text: string) => auditCommitteeResponse(text, "item.txt");

describe("a follow-up table of agreed actions answered in a column of their own", () => {
  const table = (answerColumn: string) =>
    [
      "Follow up of agreed actions: Library Cash Handling",
      "",
      "The Committee considered the report setting out the service's answers to the agreed actions.",
      "",
      `No\tAgreed action\tRating\t${answerColumn}\tTarget date`,
      "1\tCash in each branch library should be banked twice a week.\tHigh\tAgreed. Branches bank on Tuesdays and Fridays.\tImplemented",
      "2\tRefunds should be approved by a second member of staff.\tHigh\tPartly agreed. Refunds above £50 will need a second signature.\t31/10/2027",
      "3\tThe safe codes should be changed every month.\tMedium\tNot agreed. The codes change when a keyholder leaves.\tRisk accepted",
      "",
      "RESOLVED: That the report be noted.",
    ].join("\n");

  for (const column of ["Service response", "Management comments", "Officer response"])
    it(`reads the action as the section and "${column}" as its answer`, () => {
      const read = response(table(column));
      expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
        [1, "Cash in each branch library should be banked twice a week.", "agrees"],
        [2, "Refunds should be approved by a second member of staff.", "partly-agrees"],
        [3, "The safe codes should be changed every month.", "disagrees"],
      ]);
      expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
        [],
        ["2027-10-31"],
        [],
      ]);
    });
});

describe("a decision page that lists lettered recommendations and answers them by letter", () => {
  const page = [
    "Decision details",
    "",
    "Response to Internal Audit Report: Pool Car Bookings",
    "",
    "Decision status: Decision Made",
    "",
    "Decisions:",
    "",
    "Members considered the Head of Fleet's response to the internal audit of pool car bookings.",
    "",
    "The auditors made three recommendations:",
    "",
    "(a)   every booking should record the driver's licence check;",
    "",
    "(b)   keys should be returned to the reception safe at the end of each day;",
    "",
    "(c)   mileage claims should be matched against the booking log each month.",
    "",
    "In response, the Head of Fleet advised that recommendations (a) and (c) were accepted in full. The booking form would be changed by 30 September 2027, and the first monthly match would be run in October 2027. Recommendation (b) was not accepted: drivers leaving early could not reach the safe.",
    "",
    "RESOLVED: That the response be noted.",
  ].join("\n");

  it("reads it as a response, opens a section per letter and gives each answer to the letters it names", () => {
    const read = importDocument({
      name: "decision.txt",
      text: page,
      organisation: { id: "k", bodies: [{ id: "c", name: "Audit Committee", kind: "committee" }] },
    });
    expect(read.kind).toBe("response");
    const sections = (read.extracted as ImportedResponse).sections;
    expect(sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "every booking should record the driver's licence check", "agrees"],
      [2, "keys should be returned to the reception safe at the end of each day", "disagrees"],
      [3, "mileage claims should be matched against the booking log each month.", "agrees"],
    ]);
  });
});

describe("minutes that retell the answers by subject, in another order than the list", () => {
  const minutes = [
    "Internal Audit Report – Grounds Maintenance",
    "",
    "The report stated that the audit had made three recommendations:",
    "(1) mower blades should be sharpened on a fixed weekly schedule;",
    "(2) the service should charge schools for pitch marking done outside the contract; and",
    "(3) fuel cards should be reconciled against vehicle mileage every month.",
    "",
    "On fuel cards, the Parks Manager explained that the service accepted the recommendation and that the first reconciliation would take place in June 2027.",
    "",
    "The Chief Officer advised that the service did not agree with charging schools for pitch marking. Members heard that the sums involved were small.",
    "",
    "As regards mower blades, the Chief Officer advised that this had been agreed in part: a fortnightly schedule would start by 31 August 2027.",
    "",
    "The Committee resolved:- to note the report.",
  ].join("\n");

  it("gives each answer to the recommendation its subject or its words name", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "partly-agrees"],
      [2, "disagrees"],
      [3, "agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-08-31"],
      [],
      ["2027-06-30"],
    ]);
  });
});

describe("English answers: what was done in the perfect, and promises in reported speech", () => {
  const answers = (second: string) =>
    [
      "Management response to the audit of payroll overtime",
      "",
      "Recommendation 1: Overtime claims should be approved before they are worked.",
      "",
      "Agreed. The approval step had been built into the rota system on 4 January 2027.",
      "",
      "Recommendation 2: Overtime should be reported to the Committee each quarter.",
      "",
      second,
    ].join("\n");

  it("reads no promise in what had been done by a date", () => {
    const read = response(answers("Agreed. A quarterly report will be presented by 30 June 2027."));
    expect(read.sections[0]?.measures).toEqual([]);
    expect(read.sections[1]?.measures.map((m) => m.due?.end)).toEqual(["2027-06-30"]);
  });

  it("reads the promise after a semicolon, in reported speech", () => {
    const read = response(
      answers(
        "The Director said this was accepted in part; overtime would be reported twice a year, the first report by 31 October 2027.",
      ),
    );
    expect(read.sections[1]?.stance).toBe("partly-agrees");
    expect(read.sections[1]?.measures.map((m) => m.due?.end)).toEqual(["2027-10-31"]);
  });

  it("keeps a promise made in the same sentence as what was done", () => {
    const read = response(
      answers(
        "Agreed. Reporting would start by 31 July 2027, and a template has been drafted with Finance.",
      ),
    );
    expect(read.sections[1]?.measures.map((m) => m.due?.end)).toEqual(["2027-07-31"]);
  });
});

describe("minutes that list labelled recommendations and answer them in one paragraph by label", () => {
  const minutes = [
    "Annual Audit Letter",
    "",
    "The auditor identified three areas for improvement:",
    "",
    "R1  The Council should publish its procurement pipeline every six months.",
    "",
    "R2  The Council should move its payroll to the shared service centre.",
    "",
    "R3  The Council should agree a protocol with the police on data sharing.",
    "",
    "The Director set out the management response. On R1 he confirmed that the first pipeline would be published by 31 May 2027. On R2 he explained that the move would cost more than it saved; management would not carry it out. On R3 a protocol had been drafted, but the police could sign only for one year, so the recommendation could be met only in part; the first protocol would be signed by 30 June 2027.",
  ].join("\n");

  it("gives each answer to the label it opens with, and the recommending 'agree' answers nothing", () => {
    const read = response(minutes);
    expect(read.sections.map((s) => [s.number, s.text.slice(0, 25), s.stance ?? null])).toEqual([
      [1, "The Council should publis", null],
      [2, "The Council should move i", "disagrees"],
      [3, "The Council should agree ", "partly-agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-05-31"],
      [],
      ["2027-06-30"],
    ]);
  });
});

describe("a practice that starts in a year, with no month or day", () => {
  const answer = (sentence: string) =>
    response(
      [
        "Rekommendation 1: Nämnden bör dokumentera uppföljningen av avtalet.",
        "",
        `Nämnden instämmer. ${sentence}`,
      ].join("\n"),
    ).sections[0]?.measures.map((m) => m.due?.end);

  it("is no measure when told in the present", () => {
    expect(answer("Från och med 2027 förs protokoll vid mötena.")).toEqual([]);
    expect(answer("From 2027 the minutes of each meeting are published.")).toEqual([]);
  });

  it("is one, due at the year's end, when promised", () => {
    expect(answer("Uppföljningen ska från och med 2027 redovisas för nämnden.")).toEqual([
      "2027-12-31",
    ]);
  });
});

describe("answers under 'Rekommendation N' after the recommendations were quoted as a list", () => {
  const statement = [
    "Revisorerna rekommenderar kommunstyrelsen att:",
    "1. Uppdatera rutinen för attest av representation.",
    "2. Genomföra årliga kontroller av leverantörsregistret.",
    "",
    "Kommunstyrelsens yttrande",
    "",
    "Rekommendation 1 En ny rutin tas fram av ekonomiavdelningen och beslutas senast den 30 april 2027.",
    "",
    "Rekommendation 2 Kommunstyrelsen ser inte att en årlig kontroll står i proportion till nyttan. Kommunstyrelsen avser därför inte att genomföra sådana kontroller.",
  ].join("\n");

  it("keeps the quoted recommendation as the text and reads the words after the number as its answer", () => {
    const read = response(statement);
    expect(read.sections.map((s) => [s.number, s.text, s.stance ?? null])).toEqual([
      [1, "Uppdatera rutinen för attest av representation.", null],
      [2, "Genomföra årliga kontroller av leverantörsregistret.", "disagrees"],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-04-30"]);
  });
});

describe("a numbered list run into a paragraph, answered point by point", () => {
  const page =
    "Revisorerna bedömer att kontrollen delvis är tillräcklig och rekommenderar nämnden att 1) föra en förteckning över alla avtal med föreningar, 2) kontrollera föreningarnas bokslut varje år, 3) redovisa avvikelser för nämnden. Nämndens yttrande Till punkt 1) Nämnden delar revisorernas synpunkt. En förteckning läggs upp senast den 31 mars 2027. Till punkt 2) Bokslut begärs redan in från alla föreningar. Till punkt 3) Nämnden avser inte att införa en särskild redovisning.";

  it("opens a section per number and gives each answer to the point it names", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.text, s.stance ?? null])).toEqual([
      [1, "föra en förteckning över alla avtal med föreningar", "agrees"],
      [3, "redovisa avvikelser för nämnden", "disagrees"],
    ]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-03-31"]);
  });
});

describe("the kind of a news text about a report whose answer is still to come", () => {
  it("reads it as the report, though a chair says he welcomes it", () => {
    const text = [
      "Revisorerna vill se bättre ordning på kommunens lokaler",
      "",
      "Revisorerna lämnar tre rekommendationer. Tekniska nämnden bör enligt rapporten:",
      "",
      "• föra ett register över alla lokaler",
      "• se över hyresavtalen varje år",
      "",
      "Nämndens ordförande säger till tidningen att han välkomnar granskningen.",
      "",
      "Tekniska nämnden ska lämna sitt svar till revisorerna senast den 28 februari.",
    ].join("\n");
    const read = importDocument({
      name: "artikel.txt",
      text,
      organisation: { id: "k", bodies: [{ id: "t", name: "Tekniska nämnden", kind: "committee" }] },
    });
    expect(read.kind).toBe("audit");
  });
});

describe("a promise that shares one word with another recommendation than the one its paragraph answers", () => {
  const statement = [
    "Revisorerna rekommenderar nämnden att:",
    "",
    "- ta fram en samlad lokalförsörjningsplan för förskolorna med prognoser på lång sikt",
    "- säkerställa att varje förskola har en plan för brandskyddet",
    "",
    "Nämndens yttrande",
    "",
    "Nämnden instämmer i att brandskyddet behöver stärkas. Varje förskola ska ha en egen brandskyddsplan senast den 30 juni 2027.",
    "",
    "En samlad lokalförsörjning för förskolorna ingår i kommunens arbete med prognoser och nämnden instämmer. Planen beslutas av nämnden under tertial 1 2027.",
  ].join("\n");

  it("stays with the recommendation its paragraph answers", () => {
    const read = response(statement);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-04-30"],
      ["2027-06-30"],
    ]);
  });
});

describe("stances retold in minutes and news text", () => {
  it("reads a point conceded and a request met in another form", async () => {
    const { readStanceIn } = await import("../src/stance-words.ts");
    expect(
      readStanceIn("On staffing, the Director agreed that a rota review was needed.")?.stance,
    ).toBe("agrees");
    expect(
      readStanceIn("Revisorerna får därmed det de bett om, men i en annan form, skriver nämnden.")
        ?.stance,
    ).toBe("partly-agrees");
    expect(
      readStanceIn("Kommunstyrelsen avser därför inte att införa några stickprov.")?.stance,
    ).toBe("disagrees");
  });
});

describe("a tracker one cell to a line, with original and revised dates", () => {
  const tracker = [
    "Appendix A – Audit Recommendations Tracker",
    "",
    "No.",
    "Recommendation",
    "Management response",
    "Responsible officer",
    "Original date",
    "Revised date",
    "1",
    "Petty cash should be counted by a second officer each month.",
    "Agreed. A second count is being added to the monthly close.",
    "Finance Manager",
    "31/10/2026",
    "31/03/2027",
    "2",
    "Vehicle logs should be checked against fuel card statements.",
    "Agreed. The first check was completed in November 2026 and is now done monthly.",
    "Fleet Manager",
    "30/11/2026",
    "–",
    "3",
    "Purchase cards should be withdrawn from staff who have left.",
    "Not agreed. Cards are cancelled by the bank when HR closes the record.",
    "Head of HR",
    "n/a",
    "n/a",
    "4",
    "Grant payments should be reported to the Committee each quarter.",
    "Agreed. The first report will go to the Committee in February 2027.",
    "Head of Grants",
    "28/02/2027",
    "–",
  ].join("\n");

  it("reads every row, the revised date where one is given, and no date for a step already done", () => {
    const read = response(tracker);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "agrees"],
      [3, "disagrees"],
      [4, "agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-03-31"],
      [],
      [],
      ["2027-02-28"],
    ]);
  });
});

describe("an audit office's tracker with bars between its cells and none at the ends", () => {
  const page = [
    "Appendix C. Agency updates: Department of Health",
    "",
    "Recommendation | Agency response at tabling | Status at 30 June 2027 | Planned completion",
    "1. Publish waiting times for each hospital every month | Accepted | In progress — first data in testing | March 2028",
    "2. Audit the accuracy of waiting list data each year | Accepted in principle | Not started | September 2028",
    "3. Close waiting lists that have not been reviewed for a year | Not accepted | Not applicable | —",
    "",
    "Agency comment: The department has begun with the monthly figures.",
  ].join("\n");

  it("reads each row's stance and its planned completion", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "partly-agrees"],
      [3, "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2028-03-31"],
      ["2028-09-30"],
      [],
    ]);
  });
});

describe("a table one cell to a paragraph with an answer column beside the recommendation", () => {
  const cells = [
    "Ref",
    "Recommendation",
    "Priority",
    "Management Response",
    "Owner",
    "Target Date",
    "1",
    "Mileage claims should be approved by the claimant's line manager before payment.",
    "Amber",
    "Agreed. The expenses system will route each claim to the line manager for approval.",
    "Payroll Manager",
    "30/04/2027",
    "2",
    "Claims older than three months should be rejected by the system.",
    "Green",
    "Partially agreed. Claims older than six months will be rejected, as staff on long leave claim late.",
    "Payroll Manager",
    "Q2 2027/28",
  ];
  const page = ["Appendix 1 - Management Responses", "", ...cells.flatMap((c) => [c, ""])].join(
    "\n",
  );

  it("reads each row with the answer's stance, its owner and its date", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "partly-agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => [m.due?.end, m.responsible]))).toEqual([
      [["2027-04-30", "Payroll Manager"]],
      [["2027-09-30", "Payroll Manager"]],
    ]);
  });
});

describe("the kind of an agency's answer that names itself", () => {
  const kindOf = (text: string) =>
    importDocument({
      name: "svar.txt",
      text,
      organisation: { id: "k", bodies: [{ id: "a", name: "Agency", kind: "committee" }] },
    }).kind;

  it("reads 'The Board agrees' under each quoted recommendation as an answer", () => {
    const text = [
      "STATE LOTTERY BOARD",
      "",
      "Written response to the performance audit of prize payments",
      "",
      "Recommendation: The Board should reconcile unclaimed prizes every month.",
      "Plan of action: The Board agrees and will reconcile monthly from July 2027.",
      "",
      "Recommendation: The Board should publish the unclaimed prize fund each year.",
      "Plan of action: The Board partially agrees. The fund will be reported in the annual report.",
      "",
      "Recommendation: The Board should audit every retailer each year.",
      "Plan of action: The Board does not agree, as retailers are audited on a risk basis.",
    ].join("\n");
    expect(kindOf(text)).toBe("response");
  });

  it("reads an answer to the national audit office's report as an answer", () => {
    const text = [
      "Svar på Riksrevisionens revisionsrapport om myndighetens upphandling",
      "",
      "Riksrevisionen rekommenderar att myndigheten",
      "- dokumenterar alla direktupphandlingar",
      "- inför en rutin för avtalsuppföljning",
      "",
      "Myndigheten delar Riksrevisionens bedömning. En rutin införs senast den 30 juni 2027.",
    ].join("\n");
    expect(kindOf(text)).toBe("response");
  });
});

describe("a list completing 'rekommenderar att myndigheten', answered under subject lines", () => {
  const answer = [
    "Svar på revisionsrapport om myndighetens fakturahantering",
    "",
    "Revisionen rekommenderar att myndigheten",
    "- inför elektronisk attest av alla leverantörsfakturor",
    "- stänger behörigheter för anställda som slutat inom en vecka",
    "- kontrollerar leverantörsregistret mot bolagsregistret varje kvartal",
    "",
    "Myndigheten lämnar följande synpunkter.",
    "",
    "Attest av leverantörsfakturor",
    "Myndigheten delar revisionens bedömning. Elektronisk attest införs senast den 31 mars 2027.",
    "",
    "Leverantörsregistret och bolagsregistret",
    "Myndigheten delar delvis revisionens bedömning. En kontroll görs varje halvår från och med den 1 juli 2027.",
  ].join("\n");

  it("opens the listed recommendations and gives each answer to the one its subject line names", () => {
    const read = response(answer);
    expect(read.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [3, "partly-agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-03-31"],
      ["2027-07-01"],
    ]);
  });
});

describe("a government's progress report on a committee's recommendations", () => {
  it("reads agreement with 'the Committee's recommendation', a part agreed and a part not, and a letter already written", async () => {
    const { readStanceIn } = await import("../src/stance-words.ts");
    expect(readStanceIn("The government agreed with the Committee's recommendation.")?.stance).toBe(
      "agrees",
    );
    expect(
      readStanceIn(
        "The government agreed with the first part of the Committee's recommendation and disagreed with the second part.",
      )?.stance,
    ).toBe("partly-agrees");
    const read = response(
      [
        "Treasury Minutes progress report",
        "",
        "PAC conclusion: Trusts do not know what is expected of them.",
        "PAC recommendation 1: The Department should write to every trust setting out its expectations.",
        "1.1 The government agreed with the Committee's recommendation.",
        "Recommendation implemented",
        "1.2 The Department wrote to all trusts in May 2026.",
        "",
        "PAC conclusion: Repair funding is not targeted.",
        "PAC recommendation 2: The Department should target repair funding at the worst buildings.",
        "2.1 The government agreed with the Committee's recommendation.",
        "Target implementation date: March 2028",
      ].join("\n"),
    );
    expect(read.sections[0]?.stance).toBe("agrees");
    expect(read.sections[0]?.measures).toEqual([]);
  });
});

describe("a news item on an answer to an inspectorate's demands, listed in one sentence", () => {
  const item = [
    "Nämnden har svarat IVO om Solgården",
    "",
    "IVO kräver att nämnden säkerställer att alla boende har en aktuell vårdplan, att larmen besvaras inom fem minuter och att fallolyckor rapporteras som avvikelser.",
    "",
    "Vårdplaner",
    "När det gäller vårdplanerna håller nämnden med. Alla planer ska vara uppdaterade senast den 31 mars 2028.",
    "",
    "Larm",
    "Nämnden delar inte IVO:s bild av att larmen besvaras för sent.",
  ].join("\n");

  it("opens a section for each demand after the framing clause", () => {
    const read = response(item);
    expect(read.sections.map((s) => s.text.replace(/^att /u, ""))).toEqual([
      "alla boende har en aktuell vårdplan",
      "larmen besvaras inom fem minuter",
      "fallolyckor rapporteras som avvikelser",
    ]);
    expect(read.sections.slice(0, 2).map((s) => s.stance)).toEqual(["agrees", "disagrees"]);
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2028-03-31"]);
  });
});

describe("a list of the auditors' exhortations ('Vår uppmaning till kommunstyrelsen är att:')", () => {
  const page = [
    "Vår uppmaning till kommunstyrelsen är att:",
    "1. ta fram en plan för underhållet av kommunens broar,",
    "2. redovisa underhållsskulden i årsredovisningen.",
    "",
    "Kommunstyrelsens svar",
    "",
    "Kommunstyrelsen delar revisorernas bild att broarna behöver en plan. En underhållsplan ska beslutas senast i maj 2027.",
    "",
    "Vad gäller underhållsskulden ser kommunstyrelsen inte skäl att redovisa den i årsredovisningen.",
  ].join("\n");

  it("opens a section per item and reads the answers by subject", () => {
    const read = response(page);
    expect(read.sections.map((s) => [s.number, s.text])).toEqual([
      [1, "ta fram en plan för underhållet av kommunens broar"],
      [2, "redovisa underhållsskulden i årsredovisningen."],
    ]);
    expect(read.sections[0]?.stance).toBe("agrees");
    expect(read.sections[0]?.measures.map((m) => m.due?.end)).toEqual(["2027-05-31"]);
  });
});

describe("an employer's account of measures after a work-safety inspection, point by point", () => {
  const account = [
    "UTREDNING OM ÅTGÄRDER",
    "",
    "Punkt 1 (anvisning)",
    "Arbetsgivaren ska kartlägga riskerna med ensamarbete i köket.",
    "Arbetsgivarens utredning: Staden instämmer i anvisningen. Kartläggningen är färdig 31.3.2027.",
    "",
    "Punkt 2 (uppmaning)",
    "Arbetsgivaren ska byta ut de trasiga arbetsstolarna i personalrummet.",
    "Arbetsgivarens utredning: Staden anser att uppmaningen delvis är befogad. Stolarna byts senast 30.4.2027.",
    "",
    "Punkt 3 (uppmaning)",
    "Arbetsgivaren ska installera ett larm i förrådet.",
    "Arbetsgivarens utredning: Staden har en annan uppfattning. Förrådet är inte en arbetsplats.",
    "",
    "Strandvik 15.12.2026",
    "",
    "Bilagor",
    "Protokollsutdrag skyddskommissionen 9.12.2026",
  ].join("\n");

  it("reads each point's demand, its stance and its date, and not the signature's or the attachments' dates", () => {
    const read = response(account);
    expect(read.sections.map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "Arbetsgivaren ska kartlägga riskerna med ensamarbete i köket.", "agrees"],
      [2, "Arbetsgivaren ska byta ut de trasiga arbetsstolarna i personalrummet.", "partly-agrees"],
      [3, "Arbetsgivaren ska installera ett larm i förrådet.", "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-03-31"],
      ["2027-04-30"],
      [],
    ]);
  });
});
