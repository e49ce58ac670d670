/** Matching the bodies a report names against an organisation's bodies. */
export interface KnownBody {
  id: string;
  name: string;
  nameEn?: string;
  /** Short names the document reading it defines: "Scenkonsthögskolans (SKH)" gives "SKH". */
  short?: readonly string[];
}

/**
 * Letters Unicode does not decompose but Nordic spelling writes for the vowels Swedish marks
 * with diacritics: Danish and Norwegian "ø" and "æ" fold as "ö" and "ä" do, to "o" and "a"
 * ("bør" as "bör"). "å" decomposes and folds to "a" in every language.
 */
const nordicLetters: Record<string, string> = { ø: "o", Ø: "o", æ: "a", Æ: "a" };
const nordicLetter = /[øØæÆ]/g;

/** A letter folded to its base in lower case, one character for one; remembered, as texts repeat few. */
const foldedLetters = new Map<string, string>();
function foldLetter(c: string): string {
  let folded = foldedLetters.get(c);
  if (folded === undefined) {
    folded = nordicLetters[c] ?? c.toLowerCase().normalize("NFD")[0] ?? c;
    foldedLetters.set(c, folded);
  }
  return folded;
}

/** Lower case without diacritics, so OCR text ("namnden") matches names ("nämnden"). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(nordicLetter, (c) => nordicLetters[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** As `fold`, but a character for a character, so places in it are the original's. */
export function foldInPlace(text: string): string {
  let out = "";
  for (const c of text) out += c.length === 1 ? foldLetter(c) : c;
  return out;
}

/**
 * Name forms a report may use: "Socialnämnden", "socialnämndens", "the Social Services
 * Committee", and the same name by its stem: without or with another definite ending
 * ("Socialnämnd", "Kommunedirektør" / "kommunedirektøren") and without the hyphen of a joined
 * name ("Barn och utbildningsnämnden").
 */
const formsOf = new WeakMap<KnownBody, string[]>();

/**
 * A name as an index or a list of agencies writes it, its head after a comma: "Department of
 * Health Care Services" as "Health Care Services, Department of", "Governor's Office of
 * Emergency Services" as "Office of Emergency Services, Governor's".
 */
function inverted(name: string): string[] {
  const parts = /^((?:\p{L}+ ){0,2}of|\p{L}+['’]s) (\p{L}.*)$/u.exec(name);
  return parts ? [`${parts[2]}, ${parts[1]}`] : [];
}

function forms(body: KnownBody): string[] {
  const known = formsOf.get(body);
  if (known) return known;
  const names = [body.name, body.nameEn].filter((n): n is string => Boolean(n)).map(fold);
  const spelled = names.flatMap((n) => [n, n.replace(/- /g, " ")]);
  const stems = spelled.map((n) => n.replace(/(?:en|et|n)$/u, "")).filter((n) => n.length >= 6);
  const endings = ["", "en", "ens", "et", "ets", "n", "ns", "s"];
  const all = [
    ...new Set([
      ...spelled.flatMap((n) => [n, `${n}s`, n.replace(/^the /, ""), `the ${n}`]),
      ...spelled.flatMap(inverted),
      ...stems.flatMap((stem) => endings.map((e) => `${stem}${e}`)),
      ...(body.short ?? []).map(fold),
      // The minister stands for the ministry: "indenrigs- og sundhedsministeren" for
      // "Indenrigs- og Sundhedsministeriet".
      ...spelled
        .filter((n) => /ministeriet$/u.test(n))
        .map((n) => n.replace(/ministeriet$/u, "ministeren")),
    ]),
  ];
  formsOf.set(body, all);
  return all;
}

/**
 * The words that end a body's name, on folded text: "…nämnden", "…styrelsen", "…sektorn",
 * Norwegian and Danish "…styret", "…utvalget", "Department …", "Council".
 */
const bodyWord =
  /(?:namnd|namnden|namnder|namnderna|styrelse|styrelsen|fullmaktige|regeringen|myndigheten|ledningen|direktoren|kommunen|regionen|forvaltningen|avdelningen|avdelingen|afdelingen|revisionen|sektorn|kontoret|direktionen|styret|radmannen|utvalget|udvalget|formannskapet|byradet|ministeriet|ministeren|department|ministry|agency|service|office|commission|treasury|secretary|administrator|chief|director|chairman|commissioner|government|council|board|committee|authority|division|directorate|executive)$/u;

/** Whether a phrase has a word that names a body ("tekniska nämnden", "the Department"). */
export function hasBodyWord(phrase: string): boolean {
  return fold(phrase)
    .split(/\s+/)
    .some((w) => bodyWord.test(w.replace(/[^\p{L}]/gu, "")));
}

/**
 * Splits "kommunstyrelsen och samhällsbyggnadsnämnden" into its names, and a table's cell of
 * two officers with a spaced slash between ("Revenues Manager / ICT Service Manager"). A part with no word
 * that names a body belongs to the name before it: "Programnämnd trafik och
 * samhällsplanering" and "Department of Health and Social Care" are one name each, and
 * "Arbetsmarknads- och socialnämnden" is never split after its hyphen.
 */
function splitNames(phrase: string): string[] {
  const text = phrase.replace(/^(de |den |det |the )/i, "");
  const pieces = text.split(/((?<!-)\s*,\s*|(?<!-)\s+(?:och|samt|respektive|and)\s+|\s+\/\s+)/i);
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = (pieces[i] ?? "").trim();
    if (!part) continue;
    // A spaced slash always parts two names; "och", "and" may stand inside one.
    if (names.length > 0 && !hasBodyWord(part) && !/\//u.test(pieces[i - 1] ?? ""))
      names[names.length - 1] = `${names[names.length - 1]}${pieces[i - 1] ?? " "}${part}`;
    else names.push(part);
  }
  return names;
}

/**
 * "Department of Transport and Planning and V/Line Corporation": names the organisation has,
 * one after another, joined by a comma, "och", "samt" or "and", where a name may hold an "and"
 * of its own. Matched on folded text, the longest name first at each place; nothing else may
 * stand between them, or the phrase is not such a list.
 */
function knownNamesListed(folded: string, bodies: readonly KnownBody[]): KnownBody[] {
  const found: KnownBody[] = [];
  // Longest first, so that the first form that fits is the longest name at this place.
  const named = bodies
    .flatMap((b) => forms(b).map((form) => ({ b, form })))
    .sort((x, y) => y.form.length - x.form.length);
  let rest = folded.replace(/[.:;]+$/u, "");
  while (rest) {
    const next = named.find(
      ({ form }) => rest === form || rest.startsWith(`${form} `) || rest.startsWith(`${form},`),
    );
    if (!next) return [];
    if (!found.includes(next.b)) found.push(next.b);
    rest = rest.slice(next.form.length).replace(/^\s*(?:,\s*)?(?:(?:och|samt|and|og)\s+)?/u, "");
  }
  return found;
}

/**
 * What a generic word stands for: "nämnden" is a committee, "styrelsen" a board, and a
 * company's board where the text names a company ("Hammarby Hamn AB", "Bostäder Aktiebolag",
 * "Vann AS", "Ltd"): a company is governed by its board.
 */
const genericWords: [RegExp, RegExp][] = [
  [/^(?:namnden|the committee)$/u, /namnd|committee/u],
  // "Myndigheten", "the agency": the agency audited ("Statens vattenmyndighet", "Boverket").
  [/^(?:myndigheten|the agency)$/u, /myndighet|verk(?:et)?$|agency/u],
  // "The Division should …", "the department": the one of that kind the report is about.
  [/^(?:the )?division$/u, /\bdivision\b/u],
  // "Avdelningen bör …": the department of a government the text is about at that point
  // ("Social- och miljöavdelningen" under its heading).
  [/^(?:avdelningen|avdelingen|afdelingen)$/u, /avdeling|avdelning|afdeling/u],
  [/^(?:the )?department$/u, /\bdepartment\b/u],
  [/^(?:the )?ministry$|^ministeriet$/u, /\bministry\b|ministeriet$/u],
  [
    /^(?:styrelsen|the board)$/u,
    /styrelse|board|(?:^|\s)(?:ab|aktiebolag|as|asa|a\/s|aps|oy|oyj|ltd|limited|plc|inc)$|bolag(?:et)?$/u,
  ],
];

/** "Samtliga nämnder", "alla nämnderna", "all committees", "alle udvalg": every committee. */
const everyCommittee =
  /^(?:samtliga|alla|all(?: the)?|alle) (?:namnder|namnderna|committees|udvalg|udvalgene|utvalg|utvalgene)$/u;
/** A committee's name ("Socialnämnden"), not the auditors' ("Revisionsnämnden", "Audit Committee"). */
const committeeName =
  /^(?!.*(?:revision|audit)).*(?:namnd|namnden|committee|udvalg|udvalget|utvalg|utvalget)$/u;
/**
 * A municipality's or region's executive board, which is one of its committees in law
 * ("Kommunstyrelsen", "Regionstyrelsen"): "samtliga nämnder" takes it in.
 */
const executiveBoard = /^(?:kommun|region|lands)styrelsen$/u;
/** "Nämnderna", "the committees", "udvalgene", "utvalgene": the committees the text is about. */
const theCommittees = /^(?:namnderna|the committees|udvalgene|utvalgene)$/u;
/**
 * The same committees named by a kind of them, no one's name: "facknämnderna",
 * "driftsnämnderna", "verksamhetsnämnderna", "fagudvalgene", "de berörda nämnderna", "the
 * service committees"; beside a body the phrase names ("personalnämnden och facknämnderna"),
 * they are the others.
 */
const kindOfCommittees =
  /^(?:(?:de |the )?(?:berorda|ovriga|granskade|other|relevant|service) (?:namnderna|committees|udvalg|udvalgene|utvalgene)|\p{L}{3,}(?:namnderna|udvalgene|utvalgene))$/u;
/** The committees a report audited: "samtliga granskade nämnder", "the audited committees". */
const auditedCommittees =
  /^(?:(?:samtliga|alla|de|all|all the|the) )?(?:granskade|reviderte|reviderede|audited) (?:namnder|namnderna|udvalg|udvalgene|utvalg|utvalgene|committees|bodies)$/u;
/**
 * The agencies a report audited, named as a group, on folded text: "myndigheterna", "de
 * granskade myndigheterna", "varje myndighet", "myndighetsledningarna" (their managements),
 * Norwegian and Danish "virksomhetene", "myndighedene", English "the audited agencies", "each
 * agency", "the entities".
 */
const auditedAgencies =
  /^(?:(?:de|samtliga|alla|varje|var och en av de|dei|alle|hver|each|all|the|all the|each of the) )?(?:granskade |reviderte |reviderede |audited )?(?:myndigheterna|myndigheter|myndighet|myndighetsledningarna|myndigheternas ledningar|virksomhetene|virksomhedene|myndighetene|myndighederne|etatene|agencies|agency|entities|entity|agency heads)$/u;
/** Whether a phrase names the audited agencies as a group ("Myndigheterna", "each agency"). */
export function meansAuditedAgencies(phrase: string): boolean {
  return auditedAgencies.test(fold(phrase).replace(/[.:;,]+$/u, ""));
}
/** Bodies that are no agency of those a report audits: the government, a parliament, a council. */
const notAnAgency =
  /regering|government|riksdag|storting|folketing|eduskunta|lagting|parliament|congress|fullmaktige|minist|council|revision|revisor|audit/u;

/**
 * "Kommunen", Norwegian and Danish "kommunen", "kommune", and "staden" where the municipality
 * calls itself a city ("Lunds stad"): the municipality.
 */
const theMunicipality = /^(?:kommunen|kommune|staden)$/u;
/** Whether a word is one for the municipality: "kommunen", "staden". */
export function meansMunicipality(word: string): boolean {
  return theMunicipality.test(fold(word));
}

/** The body that runs a municipality's administration and answers for it. */
const municipalExecutive = /^(?:kommunstyrelsen|kommunedirektoren|radmannen)$/u;

/**
 * What a word for the municipality stands for among the organisation's bodies: the one body
 * named as the municipality ("Lensvik kommune"), else the one body that runs it
 * ("Kommunstyrelsen", Norwegian "Kommunedirektøren", "Rådmannen").
 */
function municipalityMeant(bodies: readonly KnownBody[]): KnownBody | undefined {
  const named = bodies.filter((b) => /\s(?:kommun|kommune|kommunen|stad)$/u.test(fold(b.name)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const running = bodies.filter((b) => municipalExecutive.test(fold(b.name)));
  return running.length === 1 ? running[0] : undefined;
}

/**
 * The one body whose name begins with a generic word in its definite form and says which one:
 * "länsstyrelsen" for "Länsstyrelsen i Hallands län", "regionstyrelsen" for "Regionstyrelsen i
 * Norrbotten". Tried after the body the text last named of that kind.
 */
function qualifiedBody(word: string, bodies: readonly KnownBody[]): KnownBody | undefined {
  // Nordic definite forms only: English "office" is no name's first word alone.
  if (!/^\p{L}+(?:en|et)$/u.test(word) || !bodyWord.test(word)) return undefined;
  const named = bodies.filter((b) => fold(b.name).startsWith(`${word} `));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The one body whose full name ends in the words a text uses for it, a body's word last: "the
 * Health Board" and "the Board" for "Dyffryn Tywi University Health Board", "the Council" for
 * "Highmoor District Council", where no other body's name ends so.
 */
function nameEndingIn(phrase: string, bodies: readonly KnownBody[]): KnownBody | undefined {
  const words = phrase.replace(/^the\s+/u, "");
  if (!/^[\p{L}-]+(?: [\p{L}-]+){0,2}$/u.test(words)) return undefined;
  if (!bodyWord.test(words.split(" ").at(-1) ?? "")) return undefined;
  const named = bodies.filter((b) => fold(b.name).endsWith(` ${words}`));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * An officer named by the office they head: "the Administrator of the Small Business
 * Administration", "the Secretary of Agriculture", "the Commissioner of Social Security",
 * "Director of the Office of Management": the body they head, known by its name ("Small
 * Business Administration") or, where the office names only its field ("Agriculture"), the
 * one department or ministry of that field ("Department of Agriculture").
 */
const officer =
  /^(?:the )?(?:(?:deputy|acting|under|assistant) )?(?:secretary|administrator|commissioner|director|minister|chief executive|head|chair|chairman|chairperson|comptroller|governor|president|inspector general|attorney general|postmaster general|surgeon general)(?: general)? (?:of|for) (?:the )?(.{3,80})$/u;

function officerOf(phrase: string, bodies: readonly KnownBody[]): KnownBody | undefined {
  const field = officer.exec(phrase)?.[1];
  if (!field) return undefined;
  const named = bodies.find((b) => forms(b).includes(field));
  if (named) return named;
  const offices = ["department", "ministry", "office"].flatMap((office) =>
    ["of", "for"].flatMap((of) => [`${office} ${of} ${field}`, `${office} ${of} the ${field}`]),
  );
  const heads = bodies.filter((b) =>
    [b.name, b.nameEn].some(
      (n) => n !== undefined && offices.includes(fold(n).replace(/^the /u, "")),
    ),
  );
  return heads.length === 1 ? heads[0] : undefined;
}

/**
 * The bodies an addressee phrase names. "Nämnden" is the first body in `context` (the one the
 * text last named, then the audited ones) that is a committee, "styrelsen" the first that is a
 * board; with no body of that kind, the one body in `context` if there is only one. Names not
 * known stay as written.
 */
export function resolveAddressees(
  phrase: string,
  bodies: readonly KnownBody[],
  context: readonly KnownBody[],
): { known: KnownBody[]; unknown: string[] } {
  const known: KnownBody[] = [];
  const unknown: string[] = [];
  const whole = fold(phrase);
  const direct = bodies.find((b) => forms(b).includes(whole));
  const listed = direct ? [] : knownNamesListed(whole, bodies);
  if (listed.length >= 2) return { known: listed, unknown: [] };
  const parts = direct ? [phrase] : splitNames(phrase);
  for (const part of parts) {
    const f = fold(part).replace(/[.:;]+$/, "");
    const match = bodies.find((b) => forms(b).includes(f));
    if (match) {
      if (!known.includes(match)) known.push(match);
      continue;
    }
    // "Samtliga nämnder", "all committees": every committee the organisation has.
    if (everyCommittee.test(f)) {
      const committees = bodies.filter(
        (b) => committeeName.test(fold(b.name)) || executiveBoard.test(fold(b.name)),
      );
      for (const c of committees) if (!known.includes(c)) known.push(c);
      if (committees.length > 0) continue;
    }
    // "Nämnderna bör …": the committees the text is about, when it is about more than one.
    if (theCommittees.test(f)) {
      const committees = context.filter((b) => committeeName.test(fold(b.name)));
      if (committees.length >= 2) {
        for (const c of committees) if (!known.includes(c)) known.push(c);
        continue;
      }
    }
    // "Samtliga granskade nämnder", "the audited committees": the committees audited, the
    // executive board among them where it was.
    if (auditedCommittees.test(f)) {
      const committees = context.filter(
        (b) => committeeName.test(fold(b.name)) || executiveBoard.test(fold(b.name)),
      );
      if (committees.length >= 2) {
        for (const c of committees) if (!known.includes(c)) known.push(c);
        continue;
      }
    }
    // "Myndigheterna", "varje myndighet", "the audited agencies": the agencies the report is
    // about, where it names more than one, the government and the auditors not among them.
    if (auditedAgencies.test(f)) {
      const agencies = context.filter(
        (b) => !notAnAgency.test(fold(b.name)) && !committeeName.test(fold(b.name)),
      );
      if (agencies.length >= 2) {
        for (const a of agencies) if (!known.includes(a)) known.push(a);
        continue;
      }
    }
    if (kindOfCommittees.test(f) && !bodies.some((b) => forms(b).includes(f))) {
      // The bodies the phrase names itself, wherever they stand in it, are not among them.
      const own = parts.flatMap((p) => {
        const g = fold(p).replace(/[.:;]+$/, "");
        return bodies.filter((b) => forms(b).includes(g));
      });
      const committees = context.filter(
        (b) => committeeName.test(fold(b.name)) && !own.includes(b),
      );
      if (committees.length >= 2) {
        for (const c of committees) if (!known.includes(c)) known.push(c);
        continue;
      }
    }
    const kind = genericWords.find(([word]) => word.test(f))?.[1];
    const meant = kind
      ? (context.find((b) => kind.test(fold(b.name))) ??
        (context.length === 1 ? context[0] : undefined))
      : undefined;
    if (meant) {
      if (!known.includes(meant)) known.push(meant);
      continue;
    }
    const municipality = theMunicipality.test(f) ? municipalityMeant(bodies) : undefined;
    const qualified =
      municipality ?? qualifiedBody(f, bodies) ?? nameEndingIn(f, bodies) ?? officerOf(f, bodies);
    if (qualified) {
      if (!known.includes(qualified)) known.push(qualified);
      continue;
    }
    unknown.push(part);
  }
  return { known, unknown };
}

/** Every known body named anywhere in a text, in the order they first appear. */
export function bodiesNamedIn(text: string, bodies: readonly KnownBody[]): KnownBody[] {
  const folded = fold(text);
  return bodies
    .map((b) => ({
      b,
      at: Math.min(
        ...forms(b)
          .map((f) => indexOfWord(folded, f))
          .filter((i) => i >= 0),
        Number.POSITIVE_INFINITY,
      ),
    }))
    .filter((x) => Number.isFinite(x.at))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.b);
}

function indexOfWord(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at === -1) return -1;
    const before = at === 0 ? " " : (text[at - 1] ?? " ");
    const after = text[at + word.length] ?? " ";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return at;
    from = at + 1;
  }
}

/**
 * A short name defined in parentheses after a body's name: "Stockholms konstnärliga högskola
 * (SKH)", "Scenkonsthögskolans (SKH)", "kommunstyrelsen (KS)", "the Department of Health
 * (DoH)". Two capitals at least, letters only, so a year or a paragraph's number is none.
 */
// Tried from a word's start only: from each letter of a long word the search ran to its end.
const shortNameDefined =
  /(?<![\p{L}-])((?:[\p{L}-]+\s+){0,5}[\p{L}-]+)\s*\((\p{Lu}[\p{L}]{1,7})\)/gu;

/**
 * The organisation's bodies as a document names them: a body whose name (in any of its forms,
 * or its first words, as "Scenkonsthögskolans" begins "Scenkonsthögskolan i Lindås") stands
 * before a short name in parentheses is known by that short name in it too. The words nearest
 * the parenthesis that name exactly one body win.
 */
export function withShortNames(text: string, bodies: readonly KnownBody[]): KnownBody[] {
  const short = new Map<KnownBody, string[]>();
  for (const m of text.matchAll(shortNameDefined)) {
    const abbreviation = m[2] ?? "";
    if ((abbreviation.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const words = (m[1] ?? "").split(/\s+/u);
    for (let k = 1; k <= words.length; k++) {
      const phrase = fold(words.slice(-k).join(" "));
      const said = [phrase, phrase.replace(/s$/u, "")];
      const named = bodies.filter((b) =>
        said.some(
          (p) =>
            forms(b).includes(p) ||
            (p.length >= 6 &&
              [b.name, b.nameEn].some((n) => n !== undefined && fold(n).startsWith(`${p} `))),
        ),
      );
      if (named.length === 0) continue;
      const [body] = named;
      if (named.length === 1 && body && !forms(body).includes(fold(abbreviation)))
        short.set(body, [...(short.get(body) ?? []), abbreviation]);
      break;
    }
  }
  return bodies.map((b) => {
    const names = short.get(b);
    return names ? { ...b, short: [...(b.short ?? []), ...names] } : b;
  });
}
