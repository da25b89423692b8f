import { z } from '../zod';
import type { GroupSchema, OptionSchema, OptionValue } from '../schema/types';
import { optionTypes } from '../types/optionTypes';
import { checkValue } from './checkValue';

/** The zod schema of an option's value, derived from the option model: what oslo accepts and reads back. */
export function createValueSchema(group: string, option: OptionSchema): z.ZodMiniType<OptionValue> {
  const definition = optionTypes[option.type];
  // Integers beyond 2^53 are bigints and floats may be inf or nan: the type's own test of a value's shape decides.
  const shape = z.custom<OptionValue>(
    (value) => definition.holds(value) || (value === null && definition.emptyIsNone === true),
    `Invalid input: expected ${option.typeName}`,
  );
  return shape.check(
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
