import type { z } from 'zod';

type Node = { _zod: { def: Record<string, unknown> }; maxLength?: number | null };

/** The schema inside a wrapper (optional, nullable, default, pipe, transform), if any. */
function inner(node: Node): Node | undefined {
  const def = node._zod.def;
  return (def.innerType ?? def.in ?? def.schema) as Node | undefined;
}

/**
 * The longest text the contract's schema takes for a field, or null: the form
 * shows the same limit the dispatcher enforces, from the one place it lives.
 */
export function maxLengthOf(schema: z.ZodType, name: string): number | null {
  let object: Node | undefined = schema as unknown as Node;
  while (object && object._zod.def.type !== 'object') object = inner(object);
  const shape = object?._zod.def.shape as Record<string, Node> | undefined;
  let field: Node | undefined = shape?.[name];
  while (field) {
    if (typeof field.maxLength === 'number') return field.maxLength;
    field = inner(field);
  }
  return null;
}
