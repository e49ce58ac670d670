import { resolve } from "node:path";
import { draftResponse, parsePeriod } from "@sparbar/core";
import { type Command, stringOption } from "../command.ts";
import { UsageError } from "../context.ts";
import { writeFileSafely } from "../output/write-file.ts";

export const draft: Command = {
  args: { sv: "--audit ID --body NÄMND [--follow-up]", en: "--audit ID --body BODY [--follow-up]" },
  options: {
    audit: { type: "string" },
    body: { type: "string" },
    org: { type: "string" },
    "follow-up": { type: "boolean", default: false },
    id: { type: "string" },
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
      sv: "svarets id, helst dess diarienummer",
      en: "the response's id, preferably its diary number",
    },
    output: {
      sv: "skriv hit i stället för responses/<org>/<id>.md",
      en: "write here instead of responses/<org>/<id>.md",
    },
    date: { sv: "dokumentets datum (standard: i dag)", en: "the document's date (default: today)" },
  },
  notes: {
    sv: "Exempel: sparbar draft --audit SR-2023-81 --body asn --follow-up --id ASN-2026-1234\nFyll i [[…]] och kör sedan sparbar check.",
    en: "Example: sparbar draft --audit SR-2023-81 --body asn --follow-up --id ASN-2026-1234\nFill in the [[…]] placeholders, then run sparbar check.",
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
      ctx.term.warn(ctx.t.notFound(audit));
      return 1;
    }
    const id = stringOption(values, "id");
    const result = draftResponse(corpus, {
      organisation,
      audit,
      body,
      followUp: values["follow-up"] === true,
      today,
      ...(id ? { id } : {}),
    });
    if (!result.ok) {
      ctx.term.warn(result.message[ctx.lang]);
      return 1;
    }
    const target = stringOption(values, "output") ?? result.draft.file;
    const path = resolve(stringOption(values, "output") ? ctx.io.cwd : ctx.root, target);
    const write = await writeFileSafely(path, result.draft.text, { replace: false });
    if (!write.ok) {
      ctx.term.warn(
        write.reason === "exists"
          ? ctx.t.existsNoForce(target)
          : ctx.t.notWritable(target, write.message[ctx.lang]),
      );
      return 1;
    }
    if (ctx.json) {
      const { text: _text, ...rest } = result.draft;
      ctx.term.json({ ...rest, file: path });
    } else ctx.term.print(ctx.t.wrote(target));
    return 0;
  },
};
