import type { DiagnosticCode } from "../diagnostics/catalogue.ts";
import { type Diagnostic, diagnostic, type RelatedInput } from "../diagnostics/diagnostic.ts";
import { noAudit, noBody, noOrganisation, noRecommendation } from "../diagnostics/missing.ts";
import type { Bilingual } from "../labels.ts";
import {
  type LoadedAudit,
  type LoadedDocument,
  type LoadedOrganisation,
  type LoadedResponse,
  namedAfterId,
} from "../load/document.ts";
import type { LoadedCorpus } from "../load/load-corpus.ts";
import { locateField } from "../load/locate.ts";
import type { Section } from "../schema/section.ts";
import { type CorpusIndex, responseDay } from "./corpus-index.ts";

type Path = readonly PropertyKey[];

/**
 * Checks what no single file can: that ids are unique, that every reference names something
 * that exists, that a body answers only what is addressed to it, and that dates are in an order
 * that could have happened.
 */
export function checkIntegrity(corpus: LoadedCorpus, index: CorpusIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    code: DiagnosticCode,
    doc: LoadedDocument,
    path: Path,
    message: Bilingual,
    extra: { key?: string; related?: RelatedInput[] } = {},
  ) => {
    const place = locateField(doc, path, extra.key);
    out.push(
      diagnostic(
        code,
        extra.related
          ? { file: doc.file, place, message, related: extra.related }
          : { file: doc.file, place, message },
      ),
    );
  };

  checkDuplicates(corpus, report);
  for (const organisation of corpus.organisations) checkOrganisation(organisation, index, report);
  for (const audit of corpus.audits) checkAudit(audit, index, report);
  for (const response of corpus.responses) checkResponse(response, index, report, out);
  for (const { response, section, reason } of index.unresolved) {
    // An unknown or broken answered audit is reported once, at the reference.
    if (response.data.answers.some((id) => !index.audit(response.data.organisation, id))) continue;
    const named = section.audit
      ? `${section.audit} ${section.recommendation}`
      : section.recommendation;
    out.push(
      diagnostic(
        reason === "unknown"
          ? "section-unknown-recommendation"
          : "section-ambiguous-recommendation",
        {
          file: response.file,
          place: section.place,
          message:
            reason === "unknown"
              ? {
                  sv: `Ingen besvarad granskning (${response.data.answers.join(", ")}) har en rekommendation ${named}`,
                  en: `No answered audit (${response.data.answers.join(", ")}) has a recommendation ${named}`,
                }
              : {
                  sv: `${named} finns i mer än en besvarad granskning`,
                  en: `${named} exists in more than one answered audit`,
                },
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
  extra?: { key?: string; related?: RelatedInput[] },
) => void;

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
    report("unknown-organisation", audit, ["organisation"], noOrganisation(organisation));
    return;
  }
  fileNameChecks(audit, report);
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
      report("unknown-audit", audit, ["follows_up", i], noAudit(id, organisation));
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
    report("unknown-organisation", response, ["organisation"], noOrganisation(organisation));
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
  const given = responseDay(response);
  data.answers.forEach((id, i) => {
    const audit = index.audit(organisation, id);
    if (!audit) {
      if (index.isBroken(organisation, id)) return;
      report("unknown-audit", response, ["answers", i], noAudit(id, organisation));
      return;
    }
    if (given < audit.data.date.start) {
      report("date-order", response, ["answers", i], {
        sv: `Svaret (${given}) är daterat innan ${id} lämnades (${audit.data.date.text})`,
        en: `The response (${given}) is dated before ${id} was issued (${audit.data.date.text})`,
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
    if (!addressees.includes(data.body) && answer.audit.data.coordinator !== data.body) {
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
    for (const measure of section.measures) {
      if (measure.report_to && !index.resolveBody(organisation, measure.report_to, data.body)) {
        out.push(
          diagnostic("measure-unknown-body", {
            file: response.file,
            place: measure.place,
            message: {
              sv: `"${measure.report_to}" är inte ett organ i ${index.organisation(organisation)?.data.name ?? organisation}`,
              en: `"${measure.report_to}" is not a body of ${index.organisation(organisation)?.data.name ?? organisation}`,
            },
          }),
        );
      }
      for (const follows of measure.follows ?? []) {
        const earlier = index.measure(follows);
        if (!earlier) {
          out.push(
            diagnostic("measure-unknown-reference", {
              file: response.file,
              place: measure.place,
              message: {
                sv: `Det finns ingen åtgärd ${follows}`,
                en: `There is no measure ${follows}`,
              },
            }),
          );
        } else if (responseDay(earlier.answer.response) > given) {
          out.push(
            diagnostic("date-order", {
              file: response.file,
              place: measure.place,
              message: {
                sv: `Det här svaret (${given}) följer upp ${follows}, som lämnades senare (${responseDay(earlier.answer.response)})`,
                en: `This response (${given}) follows up ${follows}, which was given later (${responseDay(earlier.answer.response)})`,
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
