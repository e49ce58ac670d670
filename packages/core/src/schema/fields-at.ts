import type { ZodType } from "zod";

/** The parts of zod's own description of a schema that say where its fields are. */
interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
}

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** The schemas a value at this level may follow: wrappers removed, unions spread out. */
function alternatives(schema: unknown): Def[] {
  const def = defOf(schema);
  if (!def) return [];
  if (def.type === "union") return (def.options ?? []).flatMap(alternatives);
  if (def.type === "pipe") return alternatives(def.in);
  if (def.innerType !== undefined) return alternatives(def.innerType);
  return [def];
}

/**
 * The field names a schema allows at a path into the value (`["path", 0]` → the fields of a
 * decision step), for suggesting the field a writer probably meant. Empty when the path leads
 * to no map of fields.
 */
export function fieldsAt(schema: ZodType, path: readonly PropertyKey[]): string[] {
  let level: unknown[] = [schema];
  for (const step of path) {
    const next: unknown[] = [];
    for (const def of level.flatMap(alternatives)) {
      if (def.type === "object" && typeof step === "string" && def.shape?.[step]) {
        next.push(def.shape[step]);
      } else if (def.type === "array" && typeof step === "number" && def.element) {
        next.push(def.element);
      }
    }
    level = next;
  }
  return [
    ...new Set(
      level
        .flatMap(alternatives)
        .flatMap((def) => (def.type === "object" ? Object.keys(def.shape ?? {}) : [])),
    ),
  ];
}
