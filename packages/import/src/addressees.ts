/** Matching the bodies a report names against an organisation's bodies. */
export interface KnownBody {
  id: string;
  name: string;
  nameEn?: string;
}

/** Lower case without diacritics, so OCR text ("namnden") matches names ("nämnden"). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** As `fold`, but a character for a character, so places in it are the original's. */
export function foldInPlace(text: string): string {
  let out = "";
  for (const c of text) out += c.length === 1 ? (c.toLowerCase().normalize("NFD")[0] ?? c) : c;
  return out;
}

/** Name forms a report may use: "Socialnämnden", "socialnämndens", "the Social Services Committee". */
function forms(body: KnownBody): string[] {
  const names = [body.name, body.nameEn].filter((n): n is string => Boolean(n)).map(fold);
  return names.flatMap((n) => [n, `${n}s`, n.replace(/^the /, ""), `the ${n}`]);
}

/** Splits "kommunstyrelsen och samhällsbyggnadsnämnden" into its names. */
function splitNames(phrase: string): string[] {
  return (
    phrase
      .replace(/^(de |den |det |the )/i, "")
      // "Arbetsmarknads- och socialnämnden" is one name: no split after a hyphen.
      .split(/(?<!-)\s*,\s*|(?<!-)\s+(?:och|samt|respektive|and)\s+/i)
      .map((part) => part.trim())
      .filter(Boolean)
  );
}

/**
 * The bodies an addressee phrase names. "nämnden" / "styrelsen" / "the committee" is the one
 * audited body when there is one; names not known stay as written.
 */
export function resolveAddressees(
  phrase: string,
  bodies: readonly KnownBody[],
  audited: readonly KnownBody[],
): { known: KnownBody[]; unknown: string[] } {
  const known: KnownBody[] = [];
  const unknown: string[] = [];
  const whole = fold(phrase);
  const direct = bodies.find((b) => forms(b).includes(whole));
  const parts = direct ? [phrase] : splitNames(phrase);
  for (const part of parts) {
    const f = fold(part).replace(/[.:;]+$/, "");
    const match = bodies.find((b) => forms(b).includes(f));
    if (match) {
      if (!known.includes(match)) known.push(match);
      continue;
    }
    if (
      /^(namnden|nämnden|styrelsen|the committee|the board)$/.test(f) &&
      audited.length === 1 &&
      audited[0]
    ) {
      if (!known.includes(audited[0])) known.push(audited[0]);
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
