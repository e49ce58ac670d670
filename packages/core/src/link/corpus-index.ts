import type { LoadedAudit, LoadedOrganisation, LoadedResponse } from "../load/document.ts";
import type { LoadedCorpus } from "../load/load-corpus.ts";
import { parsePeriod } from "../periods/parse.ts";
import { comparePeriods, type Period } from "../periods/period.ts";
import type { Recommendation } from "../schema/audit.ts";
import type { Body } from "../schema/organisation.ts";
import type { Measure, Section } from "../schema/section.ts";
import {
  type DocumentKey,
  documentKey,
  type MeasureKey,
  measureKey,
  type RecommendationKey,
  recommendationKey,
} from "./keys.ts";

/** One response section answering one recommendation. */
export interface SectionAnswer {
  response: LoadedResponse;
  section: Section;
  audit: LoadedAudit;
  recommendation: Recommendation;
}

export interface MeasureEntry {
  measure: Measure;
  answer: SectionAnswer;
}

/**
 * When a response counts as given: the day of its decision when the source shows one was taken,
 * else the document's own date, as exact as the document gives it. A planned meeting is not a
 * decision, so the dates in the path never count.
 */
export function responseWhen(response: LoadedResponse): Period {
  const decided = response.data.decision?.date;
  if (decided) {
    const day = parsePeriod(decided);
    if (day.ok) return day.period;
  }
  return response.data.date;
}

/**
 * Lookups across a loaded corpus: organisations, bodies, audits and their recommendations,
 * which sections answer what, and the measures by id. Audit ids are diary numbers, unique
 * only within their organisation, so audits are keyed by organisation and id.
 */
export class CorpusIndex {
  readonly organisations = new Map<string, LoadedOrganisation>();
  readonly audits = new Map<DocumentKey, LoadedAudit>();
  readonly responses = new Map<DocumentKey, LoadedResponse>();
  readonly #bodies = new Map<string, Map<string, Body>>();
  readonly #answers = new Map<RecommendationKey, SectionAnswer[]>();
  readonly #measures = new Map<MeasureKey, MeasureEntry>();
  readonly #answerOfSection = new Map<Section, SectionAnswer>();
  readonly #followers = new Map<MeasureKey, MeasureEntry[]>();
  readonly #responsesTo = new Map<DocumentKey, LoadedResponse[]>();
  readonly #when = new Map<LoadedResponse, Period>();
  /** Sections that name no recommendation of the answered audits, for the integrity check. */
  readonly unresolved: {
    response: LoadedResponse;
    section: Section;
    reason: "unknown" | "ambiguous";
  }[] = [];

  readonly #broken = new Set<string>();
  /** Every document id known, loaded or not, by `type/organisation`: for suggestions only. */
  readonly #ids = new Map<string, Set<string>>();

  constructor(corpus: LoadedCorpus) {
    const known = (type: string, organisation: string | undefined, id: string | undefined) => {
      if (!id) return;
      const key = type === "organisation" ? "organisation" : `${type}/${organisation}`;
      const ids = this.#ids.get(key) ?? new Set<string>();
      ids.add(id);
      this.#ids.set(key, ids);
    };
    for (const d of [...corpus.organisations, ...corpus.audits, ...corpus.responses]) {
      known(d.type, d.type === "organisation" ? undefined : d.data.organisation, d.data.id);
    }
    for (const d of [...corpus.broken, ...(corpus.elsewhere ?? [])])
      known(d.type, d.organisation, d.id);
    for (const broken of corpus.broken) {
      if (broken.id)
        this.#broken.add(
          broken.type === "organisation"
            ? `organisation/${broken.id}`
            : `${broken.organisation}/${broken.id}`,
        );
    }
    for (const organisation of corpus.organisations) {
      if (!this.organisations.has(organisation.data.id))
        this.organisations.set(organisation.data.id, organisation);
      const bodies = this.#bodies.get(organisation.data.id) ?? new Map<string, Body>();
      for (const body of organisation.data.bodies)
        if (!bodies.has(body.id)) bodies.set(body.id, body);
      this.#bodies.set(organisation.data.id, bodies);
    }
    for (const audit of corpus.audits) {
      const key = documentKey(audit.data.organisation, audit.data.id);
      if (!this.audits.has(key)) this.audits.set(key, audit);
    }
    for (const response of corpus.responses) this.#when.set(response, responseWhen(response));
    const ordered = [...corpus.responses].sort(
      (a, b) => comparePeriods(this.when(a), this.when(b)) || a.data.id.localeCompare(b.data.id),
    );
    for (const response of ordered) {
      const key = documentKey(response.data.organisation, response.data.id);
      if (this.responses.has(key)) continue;
      this.responses.set(key, response);
      for (const answered of response.data.answers) {
        const answeredKey = documentKey(response.data.organisation, answered);
        const list = this.#responsesTo.get(answeredKey) ?? [];
        list.push(response);
        this.#responsesTo.set(answeredKey, list);
      }
      for (const section of response.sections) this.#indexSection(response, section);
    }
    for (const entry of this.#measures.values()) {
      const organisation = entry.answer.response.data.organisation;
      for (const follows of entry.measure.follows ?? []) {
        const key = measureKey(organisation, follows);
        const list = this.#followers.get(key) ?? [];
        list.push(entry);
        this.#followers.set(key, list);
      }
    }
  }

  /** When a response counts as given (see `responseWhen`), worked out once per response. */
  when(response: LoadedResponse): Period {
    return this.#when.get(response) ?? responseWhen(response);
  }

  #indexSection(response: LoadedResponse, section: Section) {
    const organisation = response.data.organisation;
    const candidates = section.audit ? [section.audit] : response.data.answers;
    const matches = candidates
      .map((id) => this.audit(organisation, id))
      .filter((audit): audit is LoadedAudit => audit !== undefined)
      .flatMap((audit) => {
        const recommendation = audit.data.recommendations.find(
          (r) => r.id === section.recommendation,
        );
        return recommendation ? [{ audit, recommendation }] : [];
      });
    if (matches.length !== 1) {
      this.unresolved.push({
        response,
        section,
        reason: matches.length === 0 ? "unknown" : "ambiguous",
      });
      return;
    }
    const [{ audit, recommendation }] = matches as [
      { audit: LoadedAudit; recommendation: Recommendation },
    ];
    const answer: SectionAnswer = { response, section, audit, recommendation };
    const key = recommendationKey(organisation, audit.data.id, recommendation.id);
    const list = this.#answers.get(key) ?? [];
    list.push(answer);
    this.#answers.set(key, list);
    this.#answerOfSection.set(section, answer);
    for (const measure of section.measures) {
      const key = measureKey(organisation, measure.id);
      if (!this.#measures.has(key)) this.#measures.set(key, { measure, answer });
    }
  }

  /** Whether a document with this id exists but could not be loaded. */
  isBroken(organisation: string, id?: string): boolean {
    return id === undefined
      ? this.#broken.has(`organisation/${organisation}`)
      : this.#broken.has(`${organisation}/${id}`);
  }

  /** The ids of an organisation's audits or responses, and of organisations, loaded or not. */
  idsOf(type: "organisation" | "audit" | "response", organisation?: string): string[] {
    const key = type === "organisation" ? "organisation" : `${type}/${organisation}`;
    return [...(this.#ids.get(key) ?? [])].sort();
  }

  organisation(id: string): LoadedOrganisation | undefined {
    return this.organisations.get(id);
  }

  body(organisation: string, id: string): Body | undefined {
    return this.#bodies.get(organisation)?.get(id);
  }

  bodies(organisation: string): Body[] {
    return [...(this.#bodies.get(organisation)?.values() ?? [])];
  }

  audit(organisation: string, id: string): LoadedAudit | undefined {
    return this.audits.get(documentKey(organisation, id));
  }

  response(organisation: string, id: string): LoadedResponse | undefined {
    return this.responses.get(documentKey(organisation, id));
  }

  /** Responses that answer an audit, in the order they were given. */
  responsesTo(organisation: string, audit: string): LoadedResponse[] {
    return this.#responsesTo.get(documentKey(organisation, audit)) ?? [];
  }

  /** Sections answering a recommendation, in the order the responses were given. */
  answers(key: RecommendationKey): SectionAnswer[] {
    return this.#answers.get(key) ?? [];
  }

  /** The answer a section gives, if it names a recommendation the answered audits have. */
  answerOf(section: Section): SectionAnswer | undefined {
    return this.#answerOfSection.get(section);
  }

  measure(organisation: string, id: string): MeasureEntry | undefined {
    return this.#measures.get(measureKey(organisation, id));
  }

  /** Later measures that report on or replace this one. */
  followers(organisation: string, id: string): MeasureEntry[] {
    return this.#followers.get(measureKey(organisation, id)) ?? [];
  }

  /**
   * Whether a document by `speaker` speaks for `addressee`: the same body, or one above it (a
   * committee speaks for its administration). A document never speaks for a body beside it.
   */
  speaksFor(organisation: string, speaker: string, addressee: string): boolean {
    const seen = new Set<string>();
    for (let body: string | undefined = addressee; body && !seen.has(body); ) {
      if (body === speaker) return true;
      seen.add(body);
      body = this.body(organisation, body)?.parent;
    }
    return false;
  }

  /** A body named the way a measure writes it: id, name, or "nämnden" for the responding body. */
  resolveBody(organisation: string, written: string, responding: string): Body | undefined {
    const needle = written.trim().toLowerCase().replace(/[.]$/, "");
    if (["nämnden", "styrelsen", "the committee", "the board"].includes(needle))
      return this.body(organisation, responding);
    const bodies = this.#bodies.get(organisation);
    if (!bodies) return undefined;
    return (
      bodies.get(needle) ??
      [...bodies.values()].find(
        (b) => b.name.toLowerCase() === needle || b.name_en?.toLowerCase() === needle,
      )
    );
  }
}
