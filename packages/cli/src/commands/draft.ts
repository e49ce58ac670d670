import { draftResponse, filterProblems, parsePeriod } from "@sparbar/core";
import { type Command, stringOption } from "../command.ts";
import { UsageError } from "../context.ts";
import { saveDraft } from "../output/save.ts";

export const draft: Command = {
  args: { sv: "--audit ID --body NÄMND [--follow-up]", en: "--audit ID --body BODY [--follow-up]" },
  options: {
    audit: { type: "string" },
    body: { type: "string" },
    org: { type: "string" },
    "follow-up": { type: "boolean", default: false },
    id: { type: "string" },
    "diary-number": { type: "string" },
    output: { type: "string", short: "o" },
    date: { type: "string" },
  },
  help: {
    audit: {
      sv: "granskningen som besvaras, t.ex. SR-2023-81",
      en: "the audit to answer, e.g. SR-2023-81",
    },
    body: { sv: "nämnden som svarar, t.ex. asn", en: "the responding body, e.g. asn" },
    org: {
      sv: "organisationen, om granskningens id finns i flera",
      en: "the organisation, when the audit id exists in several",
    },
    "follow-up": {
      sv: "ett uppföljande yttrande: listar tidigare utlovade åtgärder med tidpunkt och läge",
      en: "a follow-up response: lists the measures promised earlier with their due dates and status",
    },
    id: {
      sv: "svarets id (standard: från diarienumret, annars nämnd, datum och granskning)",
      en: "the response's id (default: from the diary number, else body, date and audit)",
    },
    "diary-number": {
      sv: 'svarets diarienummer som det skrivs, t.ex. "Sn 2025/1234"; id:t blir Sn-2025-1234',
      en: 'the response\'s diary number as written, e.g. "Sn 2025/1234"; the id becomes Sn-2025-1234',
    },
    output: {
      sv: "skriv hit i stället för responses/<org>/<id>.md",
      en: "write here instead of responses/<org>/<id>.md",
    },
    date: { sv: "dokumentets datum (standard: i dag)", en: "the document's date (default: today)" },
  },
  notes: {
    sv: 'Exempel: sparbar draft --audit SR-2023-81 --body asn --follow-up --diary-number "ASN 2026/1234"\nFyll i [[…]] och kör sedan sparbar check.',
    en: 'Example: sparbar draft --audit SR-2023-81 --body asn --follow-up --diary-number "ASN 2026/1234"\nFill in the [[…]] placeholders, then run sparbar check.',
  },
  async run(ctx, values) {
    const audit = stringOption(values, "audit");
    const body = stringOption(values, "body");
    if (!audit || !body) throw new UsageError(ctx.t.draftNeeds, "draft");
    const dateText = stringOption(values, "date");
    let today = ctx.today;
    if (dateText !== undefined) {
      const parsed = parsePeriod(dateText);
      if (!parsed.ok || parsed.period.precision !== "day")
        throw new UsageError(ctx.t.badDay("--date"), "draft");
      today = parsed.period.end;
    }
    const corpus = await ctx.openCorpus();
    let organisation = stringOption(values, "org");
    if (!organisation) {
      const orgs = [...corpus.index.audits.values()]
        .filter((a) => a.data.id === audit)
        .map((a) => a.data.organisation);
      if (orgs.length > 1) throw new UsageError(ctx.t.ambiguous(audit, orgs.join(", ")), "draft");
      organisation = orgs[0];
    }
    if (!organisation) {
      const [problem] = filterProblems(corpus, { audit });
      ctx.term.warn(problem ? problem.message[ctx.lang] : ctx.t.notFound(audit));
      return 1;
    }
    const id = stringOption(values, "id");
    const diaryNumber = stringOption(values, "diary-number");
    const result = draftResponse(corpus, {
      organisation,
      audit,
      body,
      followUp: values["follow-up"] === true,
      today,
      ...(id ? { id } : {}),
      ...(diaryNumber ? { diaryNumber } : {}),
    });
    if (!result.ok) {
      ctx.term.warn(result.message[ctx.lang]);
      return 1;
    }
    const output = stringOption(values, "output");
    const path = await saveDraft(ctx, output, result.draft);
    if (path === undefined) return 1;
    if (ctx.json) {
      const { text: _text, ...rest } = result.draft;
      ctx.term.json({ ...rest, file: path });
    } else ctx.term.print(ctx.t.wrote(output ?? result.draft.file));
    return 0;
  },
};
