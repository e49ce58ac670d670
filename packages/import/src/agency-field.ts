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
