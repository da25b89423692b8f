// A group form's resolver checks only the fields react-hook-form names (a keystroke names one), with the same
// messages as checkField; without names it checks the whole group.
import { describe, expect, it } from 'vitest';
import { builtinSchema } from '../../src/core';
import { checkField } from '../../src/ui/model/checkField';
import type { GroupFields } from '../../src/ui/model/fieldState';
import { createGroupResolver } from '../../src/ui/model/groupResolver';

const group = builtinSchema.groups.find((g) => g.name === 'glance')!;
const [first, second] = group.options;
const refused = (reason: string) => ({ set: true, value: '', rejected: reason });
const values: GroupFields = { [first!.dest]: refused('one'), [second!.dest]: refused('two') };
const options = (names?: string[]) => ({ names, fields: {}, shouldUseNativeValidation: false, criteriaMode: 'firstError' as const });

describe('createGroupResolver', () => {
  it('checks the named field only, with checkField message', async () => {
    const { errors } = await createGroupResolver(group)(values, undefined, options([first!.dest]));
    expect(Object.keys(errors)).toEqual([first!.dest]);
    expect(errors[first!.dest]?.message).toBe(checkField('glance', first!, values[first!.dest]!)!.message);
  });

  it('checks every field without names', async () => {
    const { errors } = await createGroupResolver(group)(values, undefined, options());
    expect(Object.keys(errors).sort()).toEqual([first!.dest, second!.dest].sort());
  });
});
