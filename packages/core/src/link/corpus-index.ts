import {
  type LoadedAudit,
  type LoadedDocument,
  type LoadedOrganisation,
  type LoadedResponse,
  namedAfterId,
} from "../load/document.ts";
import type { LoadedCorpus } from "../load/load-corpus.ts";
import type { Recommendation } from "../schema/audit.ts";
import type { Body } from "../schema/organisation.ts";
import type { Measure, Section } from "../schema/section.ts";

/** Whether a document takes its id from the one holding it: a file named after it wins. */
function keeps(document: LoadedDocument, holder: LoadedDocument | undefined): boolean {
  return !holder || (namedAfterId(document) && !namedAfterId(holder));
}

/** `malmo/SR-2023-81/R3`: a recommendation's key across the whole corpus. */
export type RecommendationKey = string;

export function recommendationKey(
  organisation: string,
  audit: string,
  item: string,
): RecommendationKey {
  return `${organisation}/${audit}/${item}`;
}

/** One response section answering one recommendation. */
export interface Answer {
  response: LoadedResponse;
  section: Section;
  audit: LoadedAudit;
  recommendation: Recommendation;
}

export interface MeasureEntry {
  measure: Measure;
  answer: Answer;
}

/** When a response counts as given: its decision, else its last meeting, else its date. */
export function responseDay(response: LoadedResponse): string {
  const data = response.data;
  return data.decision?.date ?? data.path.at(-1)?.date ?? data.date.end;
}

/**
 * Lookups across a loaded corpus: organisations, bodies, audits and their recommendations,
 * which sections answer what, and the measures by id. Audit ids are diary numbers, unique
 * only within their organisation, so audits are keyed by organisation and id.
 */
export class CorpusIndex {
  readonly organisations = new Map<string, LoadedOrganisation>();
  readonly audits = new Map<string, LoadedAudit>();
  readonly responses = new Map<string, LoadedResponse>();
  readonly #bodies = new Map<string, Map<string, Body>>();
  readonly #answers = new Map<RecommendationKey, Answer[]>();
  readonly #measures = new Map<string, MeasureEntry>();
  readonly #answerOfSection = new Map<Section, Answer>();
  readonly #followers = new Map<string, MeasureEntry[]>();
  readonly #responsesTo = new Map<string, LoadedResponse[]>();
  /** Sections that name no recommendation of the answered audits, for the integrity check. */
  readonly unresolved: {
    response: LoadedResponse;
    section: Section;
    reason: "unknown" | "ambiguous";
  }[] = [];

  readonly #broken = new Set<string>();
  readonly #recommendations = new WeakMap<LoadedAudit, Map<string, Recommendation>>();

  constructor(corpus: LoadedCorpus) {
    for (const broken of corpus.broken) {
      if (broken.id)
        this.#broken.add(
          broken.type === "organisation"
            ? `organisation/${broken.id}`
            : `${broken.organisation}/${broken.id}`,
        );
    }
    for (const organisation of corpus.organisations) {
      if (keeps(organisation, this.organisations.get(organisation.data.id)))
        this.organisations.set(organisation.data.id, organisation);
      const bodies = this.#bodies.get(organisation.data.id) ?? new Map<string, Body>();
      for (const body of organisation.data.bodies)
        if (!bodies.has(body.id)) bodies.set(body.id, body);
      this.#bodies.set(organisation.data.id, bodies);
    }
    for (const audit of corpus.audits) {
      const key = `${audit.data.organisation}/${audit.data.id}`;
      if (keeps(audit, this.audits.get(key))) this.audits.set(key, audit);
    }
    const keepers = new Map<string, LoadedResponse>();
    for (const response of corpus.responses) {
      const key = `${response.data.organisation}/${response.data.id}`;
      if (keeps(response, keepers.get(key))) keepers.set(key, response);
    }
    const ordered = [...corpus.responses].sort(
      (a, b) => responseDay(a).localeCompare(responseDay(b)) || a.data.id.localeCompare(b.data.id),
    );
    for (const response of ordered) {
      const key = `${response.data.organisation}/${response.data.id}`;
      if (keepers.get(key) !== response) continue;
      this.responses.set(key, response);
      for (const answered of response.data.answers) {
        const list = this.#responsesTo.get(`${response.data.organisation}/${answered}`) ?? [];
        list.push(response);
        this.#responsesTo.set(`${response.data.organisation}/${answered}`, list);
      }
      for (const section of response.sections) this.#indexSection(response, section);
    }
    for (const entry of this.#measures.values()) {
      for (const follows of entry.measure.follows ?? []) {
        const list = this.#followers.get(follows) ?? [];
        list.push(entry);
        this.#followers.set(follows, list);
      }
    }
  }

  #indexSection(response: LoadedResponse, section: Section) {
    const organisation = response.data.organisation;
    const candidates = section.audit ? [section.audit] : response.data.answers;
    const matches = candidates
      .map((id) => this.audit(organisation, id))
      .filter((audit): audit is LoadedAudit => audit !== undefined)
      .flatMap((audit) => {
        const recommendation = this.recommendation(audit, section.recommendation);
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
    const answer: Answer = { response, section, audit, recommendation };
    const key = recommendationKey(organisation, audit.data.id, recommendation.id);
    const list = this.#answers.get(key) ?? [];
    list.push(answer);
    this.#answers.set(key, list);
    this.#answerOfSection.set(section, answer);
    for (const measure of section.measures) {
      if (!this.#measures.has(measure.id)) this.#measures.set(measure.id, { measure, answer });
    }
  }

  /**
   * An audit's recommendation by id, the first of that id. A lookup table per audit keeps a
   * response with thousands of sections, or an audit with thousands of recommendations, linear.
   */
  recommendation(audit: LoadedAudit, id: string): Recommendation | undefined {
    let byId = this.#recommendations.get(audit);
    if (!byId) {
      byId = new Map();
      for (const r of audit.data.recommendations) if (!byId.has(r.id)) byId.set(r.id, r);
      this.#recommendations.set(audit, byId);
    }
    return byId.get(id);
  }

  /** Whether a document with this id exists but could not be loaded. */
  isBroken(organisation: string, id?: string): boolean {
    return id === undefined
      ? this.#broken.has(`organisation/${organisation}`)
      : this.#broken.has(`${organisation}/${id}`);
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
    return this.audits.get(`${organisation}/${id}`);
  }

  response(organisation: string, id: string): LoadedResponse | undefined {
    return this.responses.get(`${organisation}/${id}`);
  }

  /** Responses that answer an audit, in the order they were given. */
  responsesTo(organisation: string, audit: string): LoadedResponse[] {
    return this.#responsesTo.get(`${organisation}/${audit}`) ?? [];
  }

  /** Sections answering a recommendation, in the order the responses were given. */
  answers(key: RecommendationKey): Answer[] {
    return this.#answers.get(key) ?? [];
  }

  /** The answer a section gives, if it names a recommendation the answered audits have. */
  answerOf(section: Section): Answer | undefined {
    return this.#answerOfSection.get(section);
  }

  measure(id: string): MeasureEntry | undefined {
    return this.#measures.get(id);
  }

  /** Later measures that report on or replace this one. */
  followers(id: string): MeasureEntry[] {
    return this.#followers.get(id) ?? [];
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
