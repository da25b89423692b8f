import { z } from '../../core/zod';
import { createValueSchema, type GroupSchema, type OptionSchema, type OptionValue } from '../coreApi';
import { toOptionValue, type FieldState } from './fieldState';

/** Why a field cannot be exported: a message for the whole value, or one per item of a list. */
export interface FieldProblem {
  message: string;
  /** For list and multi valued options: the message of each item that is wrong (sparse). */
  items?: (string | undefined)[];
}

const valueSchemas = new WeakMap<OptionSchema, z.ZodMiniType<OptionValue>>();

function valueSchema(group: string, option: OptionSchema): z.ZodMiniType<OptionValue> {
  let schema = valueSchemas.get(option);
  if (!schema) valueSchemas.set(option, (schema = createValueSchema(group, option)));
  return schema;
}

function firstIssue(group: string, option: OptionSchema, value: OptionValue): string | null {
  const result = valueSchema(group, option).safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Invalid value');
}

/**
 * What oslo (or the file format) would make of a field: null when it can be exported as given. An unset
 * field is always fine: oslo uses the default.
 */
export function checkField(group: string, option: OptionSchema, field: FieldState): FieldProblem | null {
  if (!field.set) return null;
  if (field.rejected) return { message: `oslo refuses the imported value: ${field.rejected}` };
  const converted = toOptionValue(option, field.value);
  if ('error' in converted) return { message: converted.error };
  const whole = firstIssue(group, option, converted.value);
  if (!whole) return null;
  if (Array.isArray(converted.value) && (option.type === 'list' || option.type === 'multi')) {
    // Check each item alone so that the message sits beside the item that is wrong. An empty item is only
    // wrong in context (oslo keeps `a,,b`), so the whole value's message covers it.
    const items = converted.value.map((item) => (item === '' ? undefined : firstIssue(group, option, [item]) ?? undefined));
    const wrong = items.flatMap((message, index) => (message ? [index] : []));
    if (wrong.length) {
      const first = wrong[0]!;
      const more = wrong.length > 1 ? ` (and ${wrong.length - 1} more)` : '';
      return { message: `Item ${first + 1}: ${items[first]}${more}`, items: items.map((m) => m && itemMessage(m)) };
    }
  }
  return { message: whole };
}

// The core names a lone item "item 1"; beside the item itself that number is misleading.
function itemMessage(message: string): string {
  return message.replace(/^The value item 1 \(.*?\) /, 'This item ');
}

const fieldSchemas = new WeakMap<OptionSchema, z.ZodMiniType<FieldState | undefined>>();

/**
 * The form schema of one field: checkField through zod, one message per field (react-hook-form keeps one error
 * per field; the items' own messages come from checkField). A missing field is unset, which is fine. Made once
 * per option.
 */
function fieldFormSchema(group: string, option: OptionSchema): z.ZodMiniType<FieldState | undefined> {
  let schema = fieldSchemas.get(option);
  if (!schema) {
    schema = z.optional(
      z.custom<FieldState>().check(
        z.superRefine((field, context) => {
          const problem = checkField(group, option, field);
          if (problem) context.addIssue({ code: 'custom', message: problem.message });
        }),
      ),
    );
    fieldSchemas.set(option, schema);
  }
  return schema;
}

/** The form schema of a group's fields (or of some of them): an object of their field schemas. */
export function createGroupFormSchema(group: GroupSchema, options: readonly OptionSchema[] = group.options) {
  return z.object(Object.fromEntries(options.map((option) => [option.dest, fieldFormSchema(group.name, option)])));
}
