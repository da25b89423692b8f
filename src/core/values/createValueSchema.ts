import { z } from '../zod';
import type { GroupSchema, OptionSchema, OptionValue } from '../schema/types';
import { checkValue } from './checkValue';

function baseSchema(option: OptionSchema): z.ZodMiniType<OptionValue> {
  switch (option.type) {
    case 'boolean':
      return z.boolean();
    // Whole numbers beyond 2^53 and floats that JSON cannot hold (inf, -inf, nan) are oslo values too; zod's
    // number() refuses them, so checkValue decides.
    case 'integer':
    case 'port':
    case 'float':
      return z.nullable(z.custom<number>((value) => typeof value === 'number', 'Invalid input: expected number'));
    case 'list':
    case 'multi':
      return z.array(z.string());
    case 'dict':
      return z.record(z.string(), z.string());
    default:
      return z.string();
  }
}

/** The zod schema of an option's value, derived from the option model: what oslo accepts and reads back. */
export function createValueSchema(group: string, option: OptionSchema): z.ZodMiniType<OptionValue> {
  return baseSchema(option).check(
    z.superRefine((value, context) => {
      const error = checkValue(group, option, value);
      if (error) context.addIssue({ code: 'custom', message: error });
    }),
  );
}

/** The zod schema of a group's set values (absent keys are unset); unknown keys are refused. */
export function createGroupSchema(group: GroupSchema) {
  return z.strictObject(
    Object.fromEntries(group.options.map((option) => [option.dest, z.optional(createValueSchema(group.name, option))])),
  );
}
