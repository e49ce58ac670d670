/**
 * The field a page of recommendations files each one under: "Agency: Department of
 * Transportation: Federal Railroad Administration", "Agency Affected: …". Its levels run from the
 * department down to the part of it that is to act.
 */
const agencyLabel = /^\s*agency(?:\s+affected)?\s*:\s*/iu;

/** The field's value, as written after its label; undefined where the text is no such field. */
export function agencyFieldValue(text: string): string | undefined {
  const label = agencyLabel.exec(text);
  if (!label) return undefined;
  const value = text.slice(label[0].length).trim();
  return value.length > 0 ? value : undefined;
}

/** The value's levels, the department first, each without a closing stop. */
export function agencyLevels(value: string): string[] {
  return value
    .split(":")
    .map((level) => level.trim().replace(/\.$/u, "").trim())
    .filter((level) => level.length > 0);
}

/**
 * "Office of the Secretary", "Office of the Administrator": the part of a department that is its
 * head's own office, which names no part apart from the department itself.
 */
const headsOffice =
  /^office\s+of\s+the\s+(?:(?:deputy|under|assistant)\s+)?(?:secretary|administrator|director|commissioner|chair(?:man|person)?|comptroller|attorney\s+general|inspector\s+general|chief\s+executive|commandant|librarian|archivist)$/iu;

/**
 * Who acts for a recommendation filed under the levels: the last, unless it is its head's own
 * office, where the level above it is.
 */
export function actingLevel(levels: readonly string[]): string | undefined {
  const last = levels.at(-1);
  if (last !== undefined && levels.length > 1 && headsOffice.test(last)) return levels.at(-2);
  return last;
}

/**
 * The level a short form stands for: "GSA" for "General Services Administration", "DOE" for
 * "Department of Energy", "DHS" for "Department of Homeland Security"; the initials of its words
 * in capitals, with or without its little words ("of", "the").
 */
export function levelAbbreviated(short: string, levels: readonly string[]): string | undefined {
  if (!/^\p{Lu}(?:\p{Lu}|o){1,7}$/u.test(short)) return undefined;
  const wanted = short.toUpperCase();
  for (const level of levels) {
    const words = level.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
    const capitals = words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    const all = words.map((w) => (w[0] ?? "").toUpperCase()).join("");
    if (capitals.length >= 2 && (capitals === wanted || all === wanted)) return level;
  }
  return undefined;
}
