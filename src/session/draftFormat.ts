import { z } from '../core/zod';

// The draft as it is kept in storage (JSON). Format 1 kept secrets as they were typed and knew no `keepSecrets` or
// `withheld`; format 2 withholds them unless the user chose to keep them. Both are read.
export const DRAFT_FORMAT = 2;

const savedValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.strictObject({ int: z.string().check(z.regex(/^-?\d+$/)) }),
  z.strictObject({ float: z.enum(['inf', '-inf', 'nan']) }),
  z.array(z.string()),
  z.array(z.strictObject({ key: z.string(), value: z.string() })),
]);

const savedField = z.strictObject({
  set: z.boolean(),
  value: z.optional(savedValue),
  rejected: z.optional(z.string()),
  withheld: z.optional(z.literal(true)),
});

const savedFields = z.record(z.string(), z.record(z.string(), savedField));

const savedSource = z.strictObject({
  line: z.number().check(z.int(), z.minimum(1)),
  section: z.string(),
  key: z.string(),
  oldName: z.boolean(),
});

/** The structure of a stored draft; what it says is then checked against the schema (readDraft). */
export const draftFormat = z.object({
  format: z.union([z.literal(1), z.literal(DRAFT_FORMAT)]),
  group: z.string(),
  style: z.optional(z.enum(['minimal', 'annotated'])),
  keepSecrets: z.optional(z.boolean()),
  fields: savedFields,
  document: z.nullable(
    z.strictObject({
      name: z.string(),
      text: z.string(),
      origin: z.optional(z.string()),
      baseline: savedFields,
      sources: z.record(z.string(), z.record(z.string(), savedSource)),
    }),
  ),
});

export type SavedField = z.infer<typeof savedField>;
export type SavedFields = z.infer<typeof savedFields>;
export type SavedDraft = z.infer<typeof draftFormat>;
