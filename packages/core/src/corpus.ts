import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.ts";
import { checkIntegrity } from "./link/check-integrity.ts";
import { CorpusIndex } from "./link/corpus-index.ts";
import { type LoadedCorpus, type LoadOptions, loadCorpus } from "./load/load-corpus.ts";
import type { IsoDay } from "./periods/calendar.ts";
import { type AssessmentsByKey, assessmentsByKey, eventsOf } from "./status/collect.ts";
import { type Status, statusAt } from "./status/derive.ts";
import type { StatusEvent } from "./status/events.ts";
import { type Change, historyOf } from "./status/history.ts";
import { type Subject, subjectsOf } from "./status/subjects.ts";

/**
 * What was derived for each subject on the last day asked about. A build or a listing asks about
 * one day, the same subject many times (the pages, the downloads, the feeds); another day starts
 * afresh, so that the memory held stays one value per subject.
 */
class LastDayMemo<V> {
  #day = "";
  #bySubject = new Map<Subject, V>();

  get(day: IsoDay, subject: Subject, make: () => V): V {
    if (this.#day !== day) {
      this.#day = day;
      this.#bySubject = new Map();
    }
    if (this.#bySubject.has(subject)) return this.#bySubject.get(subject) as V;
    const value = make();
    this.#bySubject.set(subject, value);
    return value;
  }
}

/**
 * A loaded, linked corpus: the documents, every problem found in them, and the subjects
 * (recommendation × addressee) whose status can be asked for at any day.
 */
export class Corpus {
  readonly loaded: LoadedCorpus;
  readonly index: CorpusIndex;
  readonly diagnostics: Diagnostic[];
  readonly subjects: Subject[];
  readonly #bySubjectKey = new Map<string, Subject>();
  readonly #byOrganisation = new Map<string, Subject[]>();
  readonly #events = new Map<string, StatusEvent[]>();
  #assessments: AssessmentsByKey | undefined;

  constructor(loaded: LoadedCorpus) {
    this.loaded = loaded;
    this.index = new CorpusIndex(loaded);
    this.diagnostics = [...loaded.diagnostics, ...checkIntegrity(loaded, this.index)].sort(
      compareDiagnostics,
    );
    this.subjects = subjectsOf(this.index);
    for (const subject of this.subjects) {
      this.#bySubjectKey.set(subject.key, subject);
      const mine = this.#byOrganisation.get(subject.organisation);
      if (mine) mine.push(subject);
      else this.#byOrganisation.set(subject.organisation, [subject]);
    }
  }

  /**
   * The subjects of one organisation, in corpus order, or all of them. A site asks for each
   * organisation's in turn: going through every subject each time grew with the square of a
   * corpus's size.
   */
  subjectsIn(organisation?: string): readonly Subject[] {
    if (organisation === undefined) return this.subjects;
    return this.#byOrganisation.get(organisation) ?? [];
  }

  subject(key: string): Subject | undefined {
    return this.#bySubjectKey.get(key);
  }

  events(subject: Subject): StatusEvent[] {
    let events = this.#events.get(subject.key);
    if (!events) {
      this.#assessments ??= assessmentsByKey(this.index);
      events = eventsOf(subject, this.index, this.#assessments);
      this.#events.set(subject.key, events);
    }
    return events;
  }

  readonly #statuses = new LastDayMemo<Status | undefined>();
  readonly #histories = new LastDayMemo<Change[]>();

  status(subject: Subject, day: IsoDay): Status | undefined {
    return this.#statuses.get(day, subject, () => statusAt(this.events(subject), day));
  }

  history(subject: Subject, until: IsoDay): Change[] {
    return this.#histories.get(until, subject, () => historyOf(this.events(subject), until));
  }
}

/** Loads every file under a root, links the documents and checks them. */
export async function openCorpus(root: string, options: LoadOptions = {}): Promise<Corpus> {
  return new Corpus(await loadCorpus(root, options));
}
