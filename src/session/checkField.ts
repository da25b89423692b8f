import type { OptionSchema, OptionValue } from '../core/schema/types';
import { createValueSchema } from '../core/values/createValueSchema';
import type { z } from '../core/zod';
import { toOptionValue, type FieldState } from './fieldState';

/** Why a field cannot be exported: a message for the whole value, or one per item of a list. */
export interface FieldProblem {
  message: string;
  /** For list and multi valued options: the message of each item that is wrong (sparse). */
  items?: (string | undefined)[];
}

/** The message of a secret the draft did not keep. */
export const WITHHELD = 'Enter this secret again: it was set, and drafts do not keep secrets (unless you choose to keep them).';

const valueSchemas = new WeakMap<OptionSchema, z.ZodMiniType<OptionValue>>();
const problems = new WeakMap<FieldState, FieldProblem | null>();

function firstIssue(group: string, option: OptionSchema, value: OptionValue): string | null {
  let schema = valueSchemas.get(option);
  if (!schema) valueSchemas.set(option, (schema = createValueSchema(group, option)));
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Invalid value');
}

/**
 * What oslo (or the file format) would make of a field, through the core's zod schema of the option's value: null
 * when it can be exported as given. An unset field is always fine: oslo uses the default. Worked out once per field
 * state.
 */
export function checkField(group: string, option: OptionSchema, field: FieldState): FieldProblem | null {
  let problem = problems.get(field);
  if (problem === undefined) problems.set(field, (problem = findProblem(group, option, field)));
  return problem;
}

function findProblem(group: string, option: OptionSchema, field: FieldState): FieldProblem | null {
  if (!field.set) return null;
  if (field.withheld) return { message: WITHHELD };
  // The imported file's value, refused as `check` refuses it.
  if (field.rejected) return { message: field.rejected };
  const converted = toOptionValue(option, field.value);
  if ('error' in converted) return { message: converted.error };
  const whole = firstIssue(group, option, converted.value);
  if (!whole) return null;
  // The whole value's message is the one `check` and `export` give; each item that is wrong alone also gets its own,
  // to sit beside it. An empty item is only wrong in context (oslo keeps `a,,b`): the whole value's message covers it.
  if (Array.isArray(converted.value) && Array.isArray(field.value)) {
    const items = converted.value.map((item) => (item === '' ? undefined : firstIssue(group, option, [item]) ?? undefined));
    if (items.some(Boolean)) return { message: whole, items: items.map((message) => message && itemMessage(message)) };
  }
  return { message: whole };
}

// The core names a lone item "item 1"; beside the item itself that number is misleading.
function itemMessage(message: string): string {
  return message.replace(/the value has item 1 \(".*?"\) with /, 'this item has ');
}
