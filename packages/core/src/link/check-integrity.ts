import type { Bilingual } from "../bilingual.ts";
import type { DiagnosticCode } from "../diagnostics/catalogue.ts";
import {
  type Diagnostic,
  diagnostic,
  type Place,
  type RelatedInput,
} from "../diagnostics/diagnostic.ts";
import { noAudit, noBody, noOrganisation, noRecommendation } from "../diagnostics/missing.ts";
import {
  type LoadedAudit,
  type LoadedDocument,
  type LoadedOrganisation,
  type LoadedResponse,
  namedAfterId,
} from "../load/document.ts";
import type { LoadedCorpus } from "../load/load-corpus.ts";
import { locateField } from "../load/locate.ts";
import { addDays, type IsoDay, stockholmDay } from "../periods/calendar.ts";
import type { Section } from "../schema/section.ts";
import { LineIndex } from "../text/line-index.ts";
import { nearest, withSuggestion } from "../vocabulary/closed.ts";
import { candidateOf, copyKeys } from "./copies.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import { reservedOrganisationIds } from "./reserved-ids.ts";

type Path = readonly PropertyKey[];

interface Extra {
  key?: string;
  related?: RelatedInput[];
  /** The valid values nearest to what was written: asked as "did you mean …?". */
  suggestions?: string[];
}

/**
 * Checks what no single file can: that ids are unique, that every reference names something
 * that exists, that a body answers only what is addressed to it, and that dates are in an order
 * that could have happened.
 */
export function checkIntegrity(
  corpus: LoadedCorpus,
  index: CorpusIndex,
  today: IsoDay = stockholmDay(Date.now()),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    code: DiagnosticCode,
    doc: LoadedDocument,
    path: Path,
    message: Bilingual,
    extra: Extra = {},
  ) => {
    const place = locateField(doc, path, extra.key);
    const suggestions = extra.suggestions ?? [];
    out.push(
      diagnostic(code, {
        file: doc.file,
        place,
        message: withSuggestion(message, suggestions),
        ...(extra.related ? { related: extra.related } : {}),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      }),
    );
  };

  checkDuplicates(corpus, report);
  checkCopies(corpus, report);
  for (const organisation of corpus.organisations) checkOrganisation(organisation, index, report);
  for (const audit of corpus.audits) checkAudit(audit, index, report);
  for (const response of corpus.responses) checkResponse(response, index, report, out);
  for (const doc of [...corpus.audits, ...corpus.responses]) checkNotFuture(doc, today, report);
  for (const { response, section, reason } of index.unresolved) {
    // An unknown or broken answered audit is reported once, at the reference.
    if (response.data.answers.some((id) => !index.audit(response.data.organisation, id))) continue;
    const named = section.audit
      ? `${section.audit} ${section.recommendation}`
      : section.recommendation;
    const answered = (section.audit ? [section.audit] : response.data.answers)
      .map((id) => index.audit(response.data.organisation, id))
      .filter((a): a is LoadedAudit => a !== undefined);
    const suggestions =
      reason === "unknown"
        ? nearestRecommendations(answered, section.recommendation, response.data.body)
        : [];
    out.push(
      diagnostic(
        reason === "unknown"
          ? "section-unknown-recommendation"
          : "section-ambiguous-recommendation",
        {
          file: response.file,
          // At the id in the heading, where the writer must change it.
          place: placeInText(response, section.place, section.recommendation),
          message:
            reason === "unknown"
              ? withSuggestion(
                  {
                    sv: `Ingen besvarad granskning (${response.data.answers.join(", ")}) har en rekommendation ${named}`,
                    en: `No answered audit (${response.data.answers.join(", ")}) has a recommendation ${named}`,
                  },
                  suggestions.map((id) => `## ${id}`),
                )
              : {
                  sv: `${named} finns i mer än en besvarad granskning`,
                  en: `${named} exists in more than one answered audit`,
                },
          ...(suggestions.length > 0 ? { suggestions: suggestions.map((id) => `## ${id}`) } : {}),
        },
      ),
    );
  }
  return out;
}

type Report = (
  code: DiagnosticCode,
  doc: LoadedDocument,
  path: Path,
  message: Bilingual,
  extra?: Extra,
) => void;

/**
 * Where `words` are first written at or after a place in a document: a reference is reported
 * where it stands, not at the start of the item that holds it.
 */
function placeInText(doc: LoadedDocument, from: Place, words: string): Place {
  const lines = new LineIndex(doc.text);
  const at = doc.text.indexOf(words, lines.lineStart(from.line) + from.column - 1);
  return at === -1 ? from : lines.place(at);
}

/** The ids of an organisation's bodies nearest to what was written, names included. */
function nearestBodies(index: CorpusIndex, organisation: string, written: string): string[] {
  const byWords = new Map<string, string>();
  for (const body of index.bodies(organisation)) {
    byWords.set(body.id, body.id);
    byWords.set(body.name, body.id);
    if (body.name_en) byWords.set(body.name_en, body.id);
  }
  return [...new Set(nearest(written, byWords.keys()).map((w) => byWords.get(w) ?? w))];
}

function nearestAudits(index: CorpusIndex, organisation: string, written: string): string[] {
  return nearest(written, index.idsOf("audit", organisation));
}

/** Recommendation ids nearest to what was written; those addressed to `body` first, if any. */
function nearestRecommendations(audits: LoadedAudit[], written: string, body?: string): string[] {
  const all = audits.flatMap((a) => a.data.recommendations);
  const addressed = all.filter((r) => body !== undefined && r.to.includes(body)).map((r) => r.id);
  const own = nearest(written, addressed);
  return own.length > 0
    ? own
    : nearest(
        written,
        all.map((r) => r.id),
      );
}

/**
 * The measures nearest to a reference that names none: among the named response's measures,
 * or, when no response has that id, the same measure in the response whose id is nearest.
 */
function nearestMeasures(index: CorpusIndex, organisation: string, written: string): string[] {
  const [responseId = "", ...rest] = written.split("/");
  const response = index.response(organisation, responseId);
  if (response) {
    const ids = response.sections.flatMap((s) => s.measures.map((m) => m.id));
    return nearest(written, ids);
  }
  return nearest(responseId, index.idsOf("response", organisation)).map((id) =>
    [id, ...rest].join("/"),
  );
}

/** A measure's words as compared with a quote of them: case, spacing and emphasis aside. */
function comparable(text: string): string {
  return text.normalize("NFC").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Whether a measure still says what a quote of it says; a quote ending in … quotes the start. */
function saysTheSame(text: string, quote: string): boolean {
  const said = comparable(text);
  const quoted = comparable(quote);
  const cut = /(?:…|\.\.\.)$/.exec(quoted);
  if (!cut) return said === quoted;
  const start = quoted.slice(0, cut.index).trimEnd();
  return start.length > 0 && said.startsWith(start);
}

/** The ids of an organisation's measures that say what a quote says. */
function measuresSaying(index: CorpusIndex, organisation: string, quote: string): string[] {
  return index
    .measuresOf(organisation)
    .filter((entry) => saysTheSame(entry.measure.text, quote))
    .map((entry) => entry.measure.id)
    .slice(0, 3);
}

function shorten(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

const firstUsedHere: Bilingual = { sv: "Används först här", en: "First used here" };

function firstPlace(doc: LoadedDocument, message: Bilingual): RelatedInput {
  return { file: doc.file, ...locateField(doc, ["id"]), message };
}

function checkDuplicates(corpus: LoadedCorpus, report: Report) {
  const seen = new Map<string, LoadedDocument>();
  const folded = new Map<string, LoadedDocument>();
  // The file named after its id keeps the id; the copy or the misnamed file is the duplicate.
  const documents: LoadedDocument[] = [
    ...corpus.organisations,
    ...corpus.audits,
    ...corpus.responses,
  ].sort((a, b) => Number(!namedAfterId(a)) - Number(!namedAfterId(b)));
  for (const doc of documents) {
    const scope = doc.type === "organisation" ? "organisation" : "document";
    const key =
      doc.type === "organisation"
        ? `organisation/${doc.data.id}`
        : `${scope}/${doc.data.organisation}/${doc.data.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      report(
        "duplicate-id",
        doc,
        ["id"],
        {
          sv: `Id:t ${doc.data.id} används redan av ${earlier.file}`,
          en: `The id ${doc.data.id} is already used by ${earlier.file}`,
        },
        {
          related: [
            firstPlace(earlier, { sv: "Id:t används först här", en: "The id is first used here" }),
          ],
        },
      );
      continue;
    }
    seen.set(key, doc);
    // Ids are case-sensitive, but file names on macOS and Windows are not.
    const other = folded.get(key.toLowerCase());
    if (other) {
      report(
        "duplicate-id-case",
        doc,
        ["id"],
        {
          sv: `Id:t ${doc.data.id} skiljer sig bara i stora och små bokstäver från ${other.data.id} i ${other.file}`,
          en: `The id ${doc.data.id} differs only in upper and lower case from ${other.data.id} in ${other.file}`,
        },
        { related: [firstPlace(other, { sv: "Det andra id:t", en: "The other id" })] },
      );
    } else folded.set(key.toLowerCase(), doc);
  }
}

/**
 * The same document encoded twice under different ids: an audit with the same date and title,
 * or the same recommendations word for word; a response by the same body to the same audits,
 * with the same date and title (see `copyKeys`). Both would count, so each copy is pointed at
 * the other.
 */
function checkCopies(corpus: LoadedCorpus, report: Report) {
  const seen = new Map<string, LoadedDocument>();
  const copyOf = (doc: LoadedDocument, keys: string[]) => {
    for (const key of keys) {
      const first = seen.get(key);
      // Ids that differ only in case are reported as such (`duplicate-id-case`), once.
      if (first && first.data.id.toLowerCase() !== doc.data.id.toLowerCase()) return first;
    }
    for (const key of keys) if (!seen.has(key)) seen.set(key, doc);
    return undefined;
  };
  const warn = (doc: LoadedAudit | LoadedResponse, first: LoadedDocument) =>
    report(
      "duplicate-document",
      doc,
      ["id"],
      {
        sv: `${doc.data.id} ser ut att vara samma dokument som ${first.data.id} (${first.file}): samma datum och titel${doc.type === "audit" ? " eller samma rekommendationer" : ""}`,
        en: `${doc.data.id} looks like the same document as ${first.data.id} (${first.file}): the same date and title${doc.type === "audit" ? " or the same recommendations" : ""}`,
      },
      {
        related: [firstPlace(first, { sv: "Det andra exemplaret", en: "The other copy" })],
      },
    );
  for (const doc of [...corpus.audits, ...corpus.responses]) {
    const first = copyOf(doc, copyKeys(candidateOf(doc)));
    // Both copies are told, so that a check of either file says so.
    if (first && first.type !== "organisation") {
      warn(doc, first);
      warn(first, doc);
    }
  }
}

/** A document dated more than a year after today was most likely given the wrong year. */
function checkNotFuture(doc: LoadedAudit | LoadedResponse, today: IsoDay, report: Report) {
  const dated = doc.data.date;
  if (dated.start <= addDays(today, 366)) return;
  const what =
    doc.type === "audit"
      ? { sv: "Granskningen", en: "The audit" }
      : { sv: "Svaret", en: "The response" };
  report("date-in-future", doc, ["date"], {
    sv: `${what.sv} är daterad ${dated.text}, mer än ett år efter i dag (${today})`,
    en: `${what.en} is dated ${dated.text}, more than a year after today (${today})`,
  });
}

function fileNameChecks(doc: LoadedAudit | LoadedResponse, report: Report) {
  const parts = doc.file.split("/");
  const top = parts.indexOf(doc.type === "audit" ? "audits" : "responses");
  if (top === -1 || parts.length !== top + 3) return;
  const folder = parts[top + 1];
  const name = parts[top + 2];
  if (folder !== doc.data.organisation) {
    report("organisation-mismatch", doc, ["organisation"], {
      sv: `Filen ligger i ${parts.slice(0, top + 2).join("/")}/ men hör till ${doc.data.organisation}`,
      en: `The file lies in ${parts.slice(0, top + 2).join("/")}/ but belongs to ${doc.data.organisation}`,
    });
  }
  if (name !== `${doc.data.id}.md`) {
    report("file-name-mismatch", doc, ["id"], {
      sv: `Filen heter ${name}, men dess id är ${doc.data.id}: döp den till ${doc.data.id}.md`,
      en: `The file is named ${name}, but its id is ${doc.data.id}: name it ${doc.data.id}.md`,
    });
  }
}

function checkOrganisation(organisation: LoadedOrganisation, index: CorpusIndex, report: Report) {
  const parts = organisation.file.split("/");
  const folder = parts.at(-2);
  if (parts.includes("audits") && folder !== organisation.data.id) {
    report("organisation-mismatch", organisation, ["id"], {
      sv: `Organisationen ${organisation.data.id} ligger i mappen ${folder}/; mappen ska heta som organisationens id`,
      en: `The organisation ${organisation.data.id} lies in the folder ${folder}/; the folder must be named after its id`,
    });
  }
  if (reservedOrganisationIds.has(organisation.data.id)) {
    report("organisation-id-reserved", organisation, ["id"], {
      sv: `Organisationens id ${organisation.data.id} är namnet på en av webbplatsens egna sidor`,
      en: `The organisation id ${organisation.data.id} is the name of one of the site's own pages`,
    });
  }
  const ids = new Map<string, number>();
  organisation.data.bodies.forEach((body, i) => {
    const first = ids.get(body.id);
    if (first !== undefined) {
      report(
        "duplicate-id",
        organisation,
        ["bodies", i, "id"],
        {
          sv: `Organets id ${body.id} används två gånger`,
          en: `The body id ${body.id} is used twice`,
        },
        {
          related: [
            {
              file: organisation.file,
              ...locateField(organisation, ["bodies", first, "id"]),
              message: firstUsedHere,
            },
          ],
        },
      );
    } else ids.set(body.id, i);
    if (body.parent && !index.body(organisation.data.id, body.parent)) {
      report(
        "unknown-body",
        organisation,
        ["bodies", i, "parent"],
        noBody(organisation.data.name, body.parent),
        { suggestions: nearestBodies(index, organisation.data.id, body.parent) },
      );
    }
  });
}

function checkBody(
  doc: LoadedAudit | LoadedResponse,
  body: string,
  path: Path,
  index: CorpusIndex,
  report: Report,
) {
  const organisation = doc.data.organisation;
  if (index.organisation(organisation) && !index.body(organisation, body)) {
    report(
      "unknown-body",
      doc,
      path,
      noBody(index.organisation(organisation)?.data.name ?? organisation, body),
      { suggestions: nearestBodies(index, organisation, body) },
    );
  }
}

function duplicateItems(
  doc: LoadedAudit,
  list: "questions" | "goals" | "recommendations",
  report: Report,
) {
  const seen = new Map<string, number>();
  doc.data[list].forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      const message = {
        sv: `${item.id} används två gånger i ${list}`,
        en: `${item.id} is used twice in ${list}`,
      };
      report("duplicate-id", doc, [list, i, "id"], message, {
        related: [
          { file: doc.file, ...locateField(doc, [list, first, "id"]), message: firstUsedHere },
        ],
      });
    } else seen.set(item.id, i);
  });
}

function checkAudit(audit: LoadedAudit, index: CorpusIndex, report: Report) {
  const data = audit.data;
  const organisation = data.organisation;
  if (!index.organisation(organisation)) {
    if (index.isBroken(organisation)) return;
    report("unknown-organisation", audit, ["organisation"], noOrganisation(organisation), {
      suggestions: nearest(organisation, index.idsOf("organisation")),
    });
    return;
  }
  fileNameChecks(audit, report);
  if (data.recommendations.length === 0 && data.assessments.length === 0) {
    report(
      "schema-missing-field",
      audit,
      ["recommendations"],
      {
        sv: "`recommendations` saknas: en granskning behöver minst en rekommendation, eller, som uppföljande granskning, minst en bedömning under `assessments`",
        en: "`recommendations` is missing: an audit needs at least one recommendation, or, as a follow-up audit, at least one assessment under `assessments`",
      },
      { key: "recommendations" },
    );
  }
  checkBody(audit, data.issued_by, ["issued_by"], index, report);
  data.audited.forEach((b, i) => {
    checkBody(audit, b, ["audited", i], index, report);
  });
  if (data.coordinator) checkBody(audit, data.coordinator, ["coordinator"], index, report);
  duplicateItems(audit, "questions", report);
  duplicateItems(audit, "goals", report);
  duplicateItems(audit, "recommendations", report);
  const goals = new Set(data.goals.map((g) => g.id));
  data.recommendations.forEach((rec, i) => {
    rec.to.forEach((b, k) => {
      checkBody(audit, b, ["recommendations", i, "to", k], index, report);
    });
    if (rec.goal && !goals.has(rec.goal)) {
      report("unknown-goal", audit, ["recommendations", i, "goal"], {
        sv: `Planen har inget mål ${rec.goal}`,
        en: `The plan has no goal ${rec.goal}`,
      });
    }
  });
  data.responses_due.forEach((due, i) => {
    checkBody(audit, due.from, ["responses_due", i, "from"], index, report);
    due.recommendations?.forEach((item, k) => {
      const rec = index.recommendation(audit, item);
      if (!rec)
        report(
          "unknown-recommendation",
          audit,
          ["responses_due", i, "recommendations", k],
          noRecommendation(data.id, item),
          { suggestions: nearestRecommendations([audit], item) },
        );
      else if (!rec.to.includes(due.from) && data.coordinator !== due.from) {
        report("not-addressed-to-body", audit, ["responses_due", i, "recommendations", k], {
          sv: `${item} är inte riktad till ${due.from}`,
          en: `${item} is not addressed to ${due.from}`,
        });
      }
    });
    if (due.by && due.by.end < data.date.start) {
      report("date-order", audit, ["responses_due", i, "by"], {
        sv: `Svaret ska lämnas (${due.by?.text}) innan granskningen lämnades (${data.date.text})`,
        en: `The response is due (${due.by?.text}) before the audit was issued (${data.date.text})`,
      });
    }
  });
  data.follows_up.forEach((id, i) => {
    if (!index.audit(organisation, id) && !index.isBroken(organisation, id)) {
      report("unknown-audit", audit, ["follows_up", i], noAudit(id, organisation), {
        suggestions: nearestAudits(index, organisation, id),
      });
    }
  });
  data.assessments.forEach((assessment, i) => {
    const assessed = index.audit(organisation, assessment.audit);
    if (!assessed) {
      if (index.isBroken(organisation, assessment.audit)) return;
      report(
        "unknown-audit",
        audit,
        ["assessments", i, "audit"],
        noAudit(assessment.audit, organisation),
        { suggestions: nearestAudits(index, organisation, assessment.audit) },
      );
      return;
    }
    const rec = index.recommendation(assessed, assessment.recommendation);
    if (!rec) {
      report(
        "unknown-recommendation",
        audit,
        ["assessments", i, "recommendation"],
        noRecommendation(assessment.audit, assessment.recommendation),
        { suggestions: nearestRecommendations([assessed], assessment.recommendation) },
      );
      return;
    }
    if (assessment.body && !rec.to.includes(assessment.body)) {
      report("not-addressed-to-body", audit, ["assessments", i, "body"], {
        sv: `${assessment.audit} ${rec.id} är inte riktad till ${assessment.body}`,
        en: `${assessment.audit} ${rec.id} is not addressed to ${assessment.body}`,
      });
    }
    if (data.date.end < assessed.data.date.start) {
      report("date-order", audit, ["assessments", i, "audit"], {
        sv: `Bedömningen (${data.date.text}) är daterad innan ${assessment.audit} lämnades (${assessed.data.date.text})`,
        en: `The assessment (${data.date.text}) is dated before ${assessment.audit} was issued (${assessed.data.date.text})`,
      });
    }
  });
}

function checkResponse(
  response: LoadedResponse,
  index: CorpusIndex,
  report: Report,
  out: Diagnostic[],
) {
  const data = response.data;
  const organisation = data.organisation;
  if (!index.organisation(organisation)) {
    if (index.isBroken(organisation)) return;
    report("unknown-organisation", response, ["organisation"], noOrganisation(organisation), {
      suggestions: nearest(organisation, index.idsOf("organisation")),
    });
    return;
  }
  fileNameChecks(response, report);
  checkBody(response, data.body, ["body"], index, report);
  data.to.forEach((b, i) => {
    checkBody(response, b, ["to", i], index, report);
  });
  data.path.forEach((step, i) => {
    checkBody(response, step.body, ["path", i, "body"], index, report);
    const previous = data.path[i - 1];
    if (previous && step.date < previous.date) {
      report("date-order", response, ["path", i, "date"], {
        sv: `Det här sammanträdet (${step.date}) ligger före föregående steg (${previous.date})`,
        en: `This meeting (${step.date}) is before the previous step (${previous.date})`,
      });
    }
  });
  if (data.decision?.body)
    checkBody(response, data.decision.body, ["decision", "body"], index, report);
  // A response whose content is marked as not in the corpus says why it has no sections.
  if (response.sections.length === 0 && data.gaps.length === 0 && data.content === "full") {
    out.push(
      diagnostic("response-no-sections", {
        file: response.file,
        place: {
          line: Math.min(response.bodyLine, new LineIndex(response.text).lineCount),
          column: 1,
        },
        message: {
          sv: `Svaret har inget avsnitt \`## R… …\` och inga \`gaps\` som säger varför; det visas som ett svar utan innehåll`,
          en: `The response has no \`## R… …\` section and no \`gaps\` saying why; it is shown as a response without content`,
        },
      }),
    );
  }
  const given = index.when(response);
  data.answers.forEach((id, i) => {
    const audit = index.audit(organisation, id);
    if (!audit) {
      if (index.isBroken(organisation, id)) return;
      report("unknown-audit", response, ["answers", i], noAudit(id, organisation), {
        suggestions: nearestAudits(index, organisation, id),
      });
      return;
    }
    if (given.end < audit.data.date.start) {
      report("date-order", response, ["answers", i], {
        sv: `Svaret (${given.text}) är daterat innan ${id} lämnades (${audit.data.date.text})`,
        en: `The response (${given.text}) is dated before ${id} was issued (${audit.data.date.text})`,
      });
    }
  });

  const answered = new Map<string, Section>();
  for (const section of response.sections) {
    const answer = index.answerOf(section);
    if (!answer) continue;
    const key = `${answer.audit.data.id}/${answer.recommendation.id}`;
    const first = answered.get(key);
    if (first) {
      out.push(
        diagnostic("section-duplicate", {
          file: response.file,
          place: section.place,
          message: {
            sv: `${answer.recommendation.id} besvaras två gånger i det här svaret`,
            en: `${answer.recommendation.id} is answered twice in this response`,
          },
          related: [
            {
              file: response.file,
              ...first.place,
              message: { sv: "Besvaras först här", en: "First answered here" },
            },
          ],
        }),
      );
      continue;
    }
    answered.set(key, section);
    const addressees = answer.recommendation.to;
    // A body answers what is addressed to it or to a body under it; a plan's or assignment's
    // coordinator (or the body above it) may report on every item.
    const coordinator = answer.audit.data.coordinator;
    const speaks =
      addressees.some((to) => index.speaksFor(organisation, data.body, to)) ||
      (coordinator !== undefined && index.speaksFor(organisation, data.body, coordinator));
    if (!speaks) {
      out.push(
        diagnostic("not-addressed-to-body", {
          file: response.file,
          place: section.place,
          message: {
            sv: `${answer.audit.data.id} ${answer.recommendation.id} är riktad till ${addressees.join(", ")}, inte till ${data.body}`,
            en: `${answer.audit.data.id} ${answer.recommendation.id} is addressed to ${addressees.join(", ")}, not to ${data.body}`,
          },
        }),
      );
    }
    if (data.kind === "response" && section.stance_text === undefined && !section.reported) {
      out.push(diagnostic("stance-missing", { file: response.file, place: section.place }));
    }
    for (const named of section.reported_for) {
      if (index.resolveBody(organisation, named.body, data.body)) continue;
      out.push(
        diagnostic("report-unknown-body", {
          file: response.file,
          place: named.place,
          message: {
            sv: `"${named.body}" är inte ett organ i ${index.organisation(organisation)?.data.name ?? organisation}`,
            en: `"${named.body}" is not a body of ${index.organisation(organisation)?.data.name ?? organisation}`,
          },
        }),
      );
    }
    for (const measure of section.measures) {
      if (
        !measure.done &&
        measure.due &&
        !measure.follows?.length &&
        measure.due.end < given.start
      ) {
        out.push(
          diagnostic("measure-due-before-response", {
            file: response.file,
            place: measure.place,
            message: {
              sv: `Åtgärdens tidpunkt (${measure.due.text}) hade redan passerat när svaret gavs (${given.text})`,
              en: `The measure's date (${measure.due.text}) had already passed when the response was given (${given.text})`,
            },
          }),
        );
      }
      if (measure.reported_in) {
        const earlier = index.response(organisation, measure.reported_in);
        if (!earlier) {
          out.push(
            diagnostic("measure-reported-in-unknown", {
              file: response.file,
              place: measure.place,
              message: {
                sv: `Det finns inget svar ${measure.reported_in} i ${index.organisation(organisation)?.data.name ?? organisation}`,
                en: `There is no response ${measure.reported_in} in ${index.organisation(organisation)?.data.name ?? organisation}`,
              },
            }),
          );
        } else if (index.when(earlier).start > given.end) {
          out.push(
            diagnostic("date-order", {
              file: response.file,
              place: measure.place,
              message: {
                sv: `${measure.reported_in} (${index.when(earlier).text}) lämnades efter det här svaret (${given.text}); det kan inte ha rapporterat åtgärden först`,
                en: `${measure.reported_in} (${index.when(earlier).text}) was given after this response (${given.text}); it cannot have reported the measure first`,
              },
            }),
          );
        }
      }
      if (measure.report_to && !index.resolveBody(organisation, measure.report_to, data.body)) {
        const suggestions = nearestBodies(index, organisation, measure.report_to);
        out.push(
          diagnostic("measure-unknown-body", {
            file: response.file,
            place: placeInText(response, measure.place, measure.report_to),
            message: withSuggestion(
              {
                sv: `"${measure.report_to}" är inte ett organ i ${index.organisation(organisation)?.data.name ?? organisation}`,
                en: `"${measure.report_to}" is not a body of ${index.organisation(organisation)?.data.name ?? organisation}`,
              },
              suggestions,
            ),
            ...(suggestions.length > 0 ? { suggestions } : {}),
          }),
        );
      }
      for (const follows of measure.follows ?? []) {
        const quoted = measure.follows_quoted?.find((q) => q.id === follows);
        const earlier = index.measure(organisation, follows);
        if (!earlier) {
          const byText = quoted ? measuresSaying(index, organisation, quoted.text) : [];
          const suggestions =
            byText.length > 0 ? byText : nearestMeasures(index, organisation, follows);
          out.push(
            diagnostic("measure-unknown-reference", {
              file: response.file,
              place: quoted?.place ?? placeInText(response, measure.place, follows),
              message: withSuggestion(
                {
                  sv: `Det finns ingen åtgärd ${follows}`,
                  en: `There is no measure ${follows}`,
                },
                suggestions,
              ),
              ...(suggestions.length > 0 ? { suggestions } : {}),
            }),
          );
          continue;
        }
        if (quoted && !saysTheSame(earlier.measure.text, quoted.text)) {
          const suggestions = measuresSaying(index, organisation, quoted.text);
          out.push(
            diagnostic("measure-reference-changed", {
              file: response.file,
              place: quoted.place,
              message: withSuggestion(
                {
                  sv: `${follows} säger nu "${shorten(earlier.measure.text)}", inte "${shorten(quoted.text)}" som citeras här`,
                  en: `${follows} now says "${shorten(earlier.measure.text)}", not "${shorten(quoted.text)}" as quoted here`,
                },
                suggestions,
              ),
              related: [
                {
                  file: earlier.answer.response.file,
                  ...earlier.measure.place,
                  message: { sv: "Åtgärden som följs upp", en: "The measure followed up" },
                },
              ],
              ...(suggestions.length > 0 ? { suggestions } : {}),
            }),
          );
        }
        if (index.when(earlier.answer.response).start > given.end) {
          const later = index.when(earlier.answer.response).text;
          out.push(
            diagnostic("date-order", {
              file: response.file,
              place: measure.place,
              message: {
                sv: `Det här svaret (${given.text}) följer upp ${follows}, som lämnades senare (${later})`,
                en: `This response (${given.text}) follows up ${follows}, which was given later (${later})`,
              },
            }),
          );
        }
      }
    }
  }
  checkUnanswered(response, index, answered, out);
}

/** A response should answer every recommendation it is asked to; a follow-up, those it was asked about. */
function checkUnanswered(
  response: LoadedResponse,
  index: CorpusIndex,
  answered: Map<string, Section>,
  out: Diagnostic[],
) {
  const data = response.data;
  if (data.kind === "report-back" || response.sections.length === 0) return;
  // A second file with a taken id answers nothing: its duplicate id is the problem to fix.
  if (index.response(data.organisation, data.id) !== response) return;
  const bodyName = index.body(data.organisation, data.body)?.name ?? data.body;
  data.answers.forEach((id, position) => {
    const audit = index.audit(data.organisation, id);
    if (!audit) return;
    const asked = audit.data.responses_due.filter(
      (d) => d.from === data.body && d.kind === data.kind && d.recommendations,
    );
    const expected =
      data.kind === "follow-up-response" && asked.length > 0
        ? new Set(asked.flatMap((d) => d.recommendations ?? []))
        : new Set(
            audit.data.recommendations.filter((r) => r.to.includes(data.body)).map((r) => r.id),
          );
    if (data.kind === "follow-up-response" && asked.length === 0) return;
    for (const item of expected) {
      if (answered.has(`${id}/${item}`)) continue;
      const rec = index.recommendation(audit, item);
      const quoted = rec ? `: "${rec.text.slice(0, 60)}${rec.text.length > 60 ? "…" : ""}"` : "";
      out.push(
        diagnostic("recommendation-unanswered", {
          file: response.file,
          place: locateField(response, ["answers", position]),
          message: {
            sv: `${id} ${item} till ${bodyName} är obesvarad${quoted}`,
            en: `${id} ${item} to ${bodyName} is not answered${quoted}`,
          },
        }),
      );
    }
  });
}
