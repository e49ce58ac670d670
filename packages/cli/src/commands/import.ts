import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { findCopy, noOrganisation } from "@sparbar/core";
import { type ImportKind, importDocument, readDocument } from "@sparbar/import";
import { type Command, stringOption } from "../command.ts";
import { UsageError } from "../context.ts";
import { saveDraft } from "../output/save.ts";

export const importCommand: Command = {
  args: {
    sv: "FIL --org ORG [--kind audit|response]",
    en: "FILE --org ORG [--kind audit|response]",
  },
  options: {
    org: { type: "string" },
    kind: { type: "string" },
    output: { type: "string", short: "o" },
  },
  help: {
    org: {
      sv: "organisationen (dess nämnder används för mottagarna), t.ex. orebro",
      en: "the organisation (its bodies are matched as addressees), e.g. orebro",
    },
    kind: {
      sv: "audit (granskning) eller response (svar); gissas annars",
      en: "audit or response; guessed when left out",
    },
    output: {
      sv: "skriv hit i stället för audits/<org>/<id>.md eller responses/<org>/<id>.md",
      en: "write here instead of audits/<org>/<id>.md or responses/<org>/<id>.md",
    },
  },
  notes: {
    sv: "Utkastet har en kommentar # rad N vid varje uppgift och [[…]] där rapporten är tyst. Det ersätter aldrig en fil.\nGranska det mot källan och kör sedan sparbar check.",
    en: "The draft notes the source line of every item (# rad N) and has [[…]] where the report is silent. It never replaces a file.\nReview it against the source, then run sparbar check.",
  },
  async run(ctx, values, positionals) {
    const file = positionals[0];
    const org = stringOption(values, "org");
    if (!file) throw new UsageError(ctx.t.importNeedsFile, "import");
    if (!org) throw new UsageError(ctx.t.importNeedsOrg, "import");
    const kind = stringOption(values, "kind");
    if (kind !== undefined && kind !== "audit" && kind !== "response")
      throw new UsageError(ctx.t.badKind, "import");
    const corpus = await ctx.openCorpus();
    const organisation = corpus.index.organisation(org);
    if (!organisation) {
      ctx.term.warn(`${noOrganisation(org)[ctx.lang]}.`);
      return 1;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(ctx.io.cwd, file));
    } catch (error) {
      ctx.term.warn(
        (error as NodeJS.ErrnoException).code === "ENOENT"
          ? ctx.t.noSuchFile(file)
          : `${file}: ${(error as Error).message}`,
      );
      return 1;
    }
    const read = await readDocument(file, bytes);
    if (!read.ok) {
      ctx.term.warn(`${read.message[ctx.lang]}\n  ${ctx.t.hint}: ${read.hint[ctx.lang]}`);
      return 1;
    }
    const result = importDocument({
      name: basename(file),
      text: read.text,
      organisation: {
        id: org,
        bodies: organisation.data.bodies.map((b) => ({
          id: b.id,
          name: b.name,
          ...(b.name_en ? { nameEn: b.name_en } : {}),
          kind: b.kind,
        })),
      },
      ...(kind ? { kind: kind as ImportKind } : {}),
    });
    const extracted = result.extracted;
    const found =
      extracted.kind === "audit" ? extracted.recommendations.length : extracted.sections.length;
    // A page with nothing to extract gives no draft: an empty draft would only look like work done.
    if (found === 0) {
      ctx.term.warn(ctx.t.importNothing(file, result.kind));
      return 1;
    }
    // A report already in the corpus, imported again, is said to be a copy before it is written.
    const copy = findCopy(
      corpus.index,
      extracted.kind === "audit"
        ? {
            type: "audit",
            organisation: org,
            ...(extracted.title ? { title: extracted.title.value } : {}),
            ...(extracted.date ? { day: extracted.date.value.end } : {}),
            recommendations: extracted.recommendations.map((r) => r.text),
          }
        : {
            type: "response",
            organisation: org,
            body: extracted.body?.id ?? "",
            answers: extracted.answers.map((a) => a.value),
            title: extracted.title?.value ?? "",
            day: extracted.date?.value.end ?? "",
          },
    );
    if (copy) ctx.term.warn(ctx.t.importCopy(copy.data.id, copy.file));
    const output = stringOption(values, "output");
    const target = output ?? result.draft.file;
    const path = await saveDraft(ctx, output, result.draft);
    if (path === undefined) return 1;
    if (ctx.json) {
      ctx.term.json({
        kind: result.kind,
        kindConfidence: result.kindConfidence,
        ...(result.damage ? { damage: result.damage } : {}),
        file: path,
        extracted: result.extracted,
      });
      return 0;
    }
    ctx.term.print(ctx.t.importKind(result.kind, result.kindConfidence, Boolean(kind)));
    const missing: string[] = [];
    const words = ctx.t.importMissing;
    if (!extracted.title) missing.push(words.title);
    if (!extracted.date) missing.push(words.date);
    if (extracted.diaryNumbers.length === 0) missing.push(words.diary);
    if (extracted.kind === "audit") {
      ctx.term.print(
        ctx.t.importedAudit(extracted.recommendations.length, extracted.questions.length),
      );
      const unresolved = extracted.recommendations.filter(
        (r) => r.to.length === 0 && r.unknownTo.length === 0,
      ).length;
      if (unresolved > 0) ctx.term.print(ctx.t.withoutAddressee(unresolved));
      if (extracted.questions.length === 0) missing.push(words.questions);
    } else {
      const measures = extracted.sections.reduce((n, s) => n + s.measures.length, 0);
      ctx.term.print(ctx.t.importedResponse(extracted.sections.length, measures));
      if (!extracted.body) missing.push(words.body);
      if (extracted.sections.some((s) => !s.stance)) missing.push(words.stances);
      if (measures === 0) missing.push(words.measures);
    }
    if (missing.length > 0) ctx.term.print(ctx.t.importNotFound(missing));
    if (result.damage) ctx.term.print(ctx.t.importDamaged(result.damage));
    ctx.term.print(ctx.t.wrote(target));
    ctx.term.print(ctx.t.reviewDraft(target));
    return 0;
  },
};
