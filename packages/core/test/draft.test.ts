import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Draft, draftResponse } from "../src/format/draft-response.ts";
import { Corpus, idFromDiaryNumber, listCorpusFiles, openCorpus } from "../src/index.ts";
import { loadSources } from "../src/load/load-corpus.ts";
import { repoRoot } from "./helpers/fixtures.ts";

let seeds: Corpus;
let files: { file: string; content: string }[];
beforeAll(async () => {
  seeds = await openCorpus(repoRoot);
  files = (await listCorpusFiles(repoRoot)).map((file) => ({
    file,
    content: readFileSync(join(repoRoot, file), "utf8"),
  }));
});

function followUpDraft(): Draft {
  const result = draftResponse(seeds, {
    organisation: "malmo",
    audit: "SR-2023-81",
    body: "asn",
    followUp: true,
    id: "ASN-2026-1",
    today: "2026-11-27",
  });
  if (!result.ok) throw new Error(result.message.en);
  return result.draft;
}

/** The seed corpus with one more response. */
function withResponse(file: string, content: string): Corpus {
  return new Corpus(loadSources([...files, { file, content }]));
}

/** The draft's lines for one earlier measure, from its task item to the next item or heading. */
function item(text: string, id: string): string {
  const at = text.indexOf(`  Följer upp: ${id} `);
  const start = text.lastIndexOf("\n- [ ] ", at) + 1;
  const end = text.indexOf("\n", text.indexOf("[[", at));
  return text.slice(start, end);
}

describe("a follow-up draft carries every earlier promise forward once", () => {
  it("open promises as measures that follow them, by id and with their dates", () => {
    const draft = followUpDraft();
    expect(draft.recommendations).toEqual(["R1", "R2", "R3", "R4", "R5"]);
    expect(item(draft.text, "ASN-2024-2039/R5/3")).toBe(
      [
        "- [ ] Förskolenämnden genomför en genomlysning av orosanmälningar som gjorts under 2023, vilket sker i samverkan med arbetsmarknads- och socialnämnden; genomlysningen ska vara genomförd — den 31 maj 2024",
        "  Id: 3",
        "  Följer upp: ASN-2024-2039/R5/3 ”Förskolenämnden genomför en genomlysning av orosanmälningar som …”",
        "  [[Utlovad i ASN-2024-2039, förfaller 31 maj 2024, i dag datum passerat utan rapport. Går arbetet enligt plan, låt åtgärden stå. Är den genomförd, kryssa i och skriv Genomförd: när. Får den en ny tidpunkt, ändra den och skriv Skäl: varför. Utgår den, skriv Utgår: varför.]]",
      ].join("\n"),
    );
  });

  it("each promise once, and those already done as a line, never as a new measure", () => {
    const draft = followUpDraft();
    const all = [...seeds.index.responsesTo("malmo", "SR-2023-81")].flatMap((r) =>
      r.sections.flatMap((s) => s.measures.filter((m) => !m.follows).map((m) => m.id)),
    );
    expect([...draft.earlierMeasures].sort()).toEqual([...all].sort());
    for (const id of all) expect(draft.text.split(id).length - 1).toBe(1);
    expect(draft.text).toContain(
      "- ASN-2024-2039/R4/1: Förvaltningen ska, inom ramen för intern kontroll 2024, se över användarvänligheten i samtliga kärnprocesser; åtgärden återrapporteras till nämnden. Genomförd enligt nämnden, rapporterad i asn-2025-01-27-p32 (2025-01-27).",
    );
    expect(draft.text).not.toMatch(/- \[x\]/);
  });

  it("says where both tracks stand, in visible text, with the auditors' words", () => {
    const text = followUpDraft().text;
    const r3 = text.slice(text.indexOf("## R3"), text.indexOf("## R4"));
    expect(r3).toContain(
      "Läget 27 november 2026, enligt tidigare dokument:\n\n- Enligt nämnden: En åtgärds datum har passerat utan rapport (senast i asn-2025-11-20-uppfoljande-yttrande, 2025-10-28).\n- Enligt revisorerna: Ej bedömd av revisorerna.",
    );
    expect(r3).toContain("Rapporterat: [[Genomfört / Delvis genomfört / Pågår / Ej påbörjat]]");
    expect(text).not.toContain("<!-- Läge");

    const orebro = draftResponse(seeds, {
      organisation: "orebro",
      audit: "granskning-vinr-2022",
      body: "socialnamnden",
      followUp: true,
      today: "2026-01-15",
    });
    if (!orebro.ok) throw new Error(orebro.message.en);
    expect(orebro.draft.text).toContain(
      "- Enligt revisorerna: Ej genomförd enligt revisorerna (granskning-hrv-2025, 2025-10-16): ”En av rekommendationerna som lämnades till socialnämnden i granskningen från 2022 var att systematiskt kartlägga våldet",
    );
  });

  it("filled in, it reports on each promise: kept, done, moved or dropped, and never twice", () => {
    const draft = followUpDraft();
    let text = draft.text
      .replaceAll("[[rubrik]]", "Uppföljning")
      .replaceAll("[[Genomfört / Delvis genomfört / Pågår / Ej påbörjat]]", "Pågår")
      .replaceAll("[[Sammanfatta nämndens svar.]]", "Nämnden redovisar arbetet.")
      .replaceAll("[[Beskriv vad nämnden har gjort sedan förra svaret.]]", "Arbetet fortsätter.")
      .replace(/\n### Nya åtgärder\n\n- \[ \] \[\[Åtgärd\]\][^\n]*\n[^\n]*\n[^\n]*\n/g, "\n");
    const done = item(text, "ASN-2024-2039/R5/3");
    text = text.replace(
      done,
      `${done.split("\n").slice(0, 3).join("\n").replace("- [ ]", "- [x]")}\n  Genomförd: i juni 2024`,
    );
    const moved = item(text, "asn-2025-11-20-uppfoljande-yttrande/R4/1");
    text = text.replace(
      moved,
      moved
        .split("\n")
        .slice(0, 3)
        .join("\n")
        .replace("från den 1 januari 2026", "i juni 2027")
        .concat("\n  Skäl: leverantören av verksamhetssystemet har skjutit upp versionen"),
    );
    const dropped = item(text, "ASN-2024-2039/R1/1");
    text = text.replace(
      dropped,
      `${dropped.split("\n").slice(0, 3).join("\n")}\n  Utgår: handboken ges i stället ut av länsstyrelsen`,
    );
    text = text.replace(/\n {2}\[\[Utlovad i [^\n]*\]\]/g, "");
    expect(text).not.toContain("[[");

    const corpus = withResponse("responses/malmo/ASN-2026-1.md", text);
    expect(corpus.diagnostics.filter((d) => d.file.includes("ASN-2026-1"))).toEqual([]);
    const status = (item: string) => {
      const subject = corpus.subject(`malmo/SR-2023-81/${item}@asn`);
      const found = subject && corpus.status(subject, "2026-12-31");
      if (!found) throw new Error(`no status for ${item}`);
      return found;
    };
    const measure = (item: string, id: string) =>
      status(item).measures.find((m) => m.measure.id === id);
    expect(measure("R5", "ASN-2024-2039/R5/3")).toMatchObject({
      state: "done",
      done: { doneWhen: { text: "i juni 2024" } },
    });
    expect(measure("R4", "asn-2025-11-20-uppfoljande-yttrande/R4/1")?.moves).toEqual([
      expect.objectContaining({
        due: expect.objectContaining({ text: "i juni 2027" }),
        reason: "leverantören av verksamhetssystemet har skjutit upp versionen",
      }),
    ]);
    expect(measure("R1", "ASN-2024-2039/R1/1")?.state).toBe("dropped");
    // Kept as it stood after its date had passed: the body says it is not done, so it is late.
    expect(measure("R1", "ASN-2024-2039/R1/2")?.state).toBe("late");
    // A promise reported done before is not reported again by the new response.
    const subject = corpus.subject("malmo/SR-2023-81/R4@asn");
    const history = subject ? corpus.history(subject, "2026-12-31") : [];
    const reports = history
      .flatMap((c) => c.events)
      .filter((e) => e.type === "measure-reported" && e.report.measure === "ASN-2024-2039/R4/1");
    expect(reports.map((e) => e.source.id)).toEqual(["asn-2025-11-20-uppfoljande-yttrande"]);
  });
});

describe("diary numbers", () => {
  it.each([
    ["Sn 2025/1234", "Sn-2025-1234"],
    ["KS 1393/2024", "KS-1393-2024"],
    ["ASN-2024-2039", "ASN-2024-2039"],
    ["Dnr KS 2025/12", "KS-2025-12"],
    ["Diarienummer: SN 2025.77", "SN-2025-77"],
    ["Ön 2025/3", "On-2025-3"],
  ])("%s gives the id %s", (written, id) => {
    expect(idFromDiaryNumber(written)).toBe(id);
  });

  it("a draft keeps the diary number as written and takes its id from it", () => {
    const result = draftResponse(seeds, {
      organisation: "malmo",
      audit: "SR-2023-81",
      body: "asn",
      followUp: false,
      diaryNumber: "ASN 2026/1234",
      today: "2026-11-27",
    });
    if (!result.ok) throw new Error(result.message.en);
    expect(result.draft.file).toBe("responses/malmo/ASN-2026-1234.md");
    expect(result.draft.text).toContain("id: ASN-2026-1234\ndiary_number: ASN 2026/1234\n");
  });

  it("a diary number given as the id is refused, with the way to give it", () => {
    const result = draftResponse(seeds, {
      organisation: "malmo",
      audit: "SR-2023-81",
      body: "asn",
      followUp: false,
      id: "Sn 2025/1234",
      today: "2026-11-27",
    });
    expect(result).toEqual({
      ok: false,
      message: expect.objectContaining({
        en: '"Sn 2025/1234" looks like a diary number: give it with --diary-number, so that it is kept as written and the response\'s id becomes Sn-2025-1234',
      }),
    });
  });
});
