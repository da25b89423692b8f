import type { OptionFacts } from '../types/optionType';
import { z } from '../zod';

/** What each option of a catalog schema checks beyond generator output, by group and option. */
export type CatalogFacts = Record<string, Record<string, OptionFacts>>;

const optionFacts = z.object({
  computed_default: z.optional(z.boolean()),
  multi: z.optional(z.boolean()),
  custom_type: z.optional(z.string()),
  bounds: z.optional(z.boolean()),
  item_type: z.optional(z.string()),
  item_min: z.nullish(z.number()),
  item_max: z.nullish(z.number()),
  item_choices: z.nullish(z.array(z.string())),
  regex: z.optional(z.string()),
  ignore_case: z.optional(z.boolean()),
  max_length: z.optional(z.number()),
  quotes: z.optional(z.boolean()),
  schemes: z.optional(z.array(z.string())),
  version: z.optional(z.union([z.literal(4), z.literal(6)])),
});

const factsFile = z.object({ options: z.record(z.string(), z.record(z.string(), optionFacts)) });

/**
 * A catalog schema's facts file (`catalog/<release>/<service>.facts.json`), which scripts/catalog/ writes from the
 * service's real options. Throws naming what is wrong when it is not one.
 */
export function readCatalogFacts(data: unknown): CatalogFacts {
  const parsed = factsFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`not a catalog facts file: at ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const facts: CatalogFacts = {};
  for (const [group, options] of Object.entries(parsed.data.options)) {
    facts[group] = {};
    for (const [dest, raw] of Object.entries(options)) {
      const item = raw.item_type === undefined ? undefined : { type: raw.item_type, min: raw.item_min ?? null, max: raw.item_max ?? null, choices: raw.item_choices ?? null };
      facts[group][dest] = {
        ...(raw.computed_default && { computedDefault: true }),
        ...(raw.multi && { multi: true }),
        ...(raw.custom_type !== undefined && { customType: raw.custom_type }),
        ...(raw.bounds && { bounds: true }),
        ...(item && { item }),
        ...(raw.regex !== undefined && { regex: raw.regex }),
        ...(raw.ignore_case && { ignoreCase: true }),
        ...(raw.max_length !== undefined && { maxLength: raw.max_length }),
        ...(raw.quotes && { quotes: true }),
        ...(raw.schemes && { schemes: raw.schemes }),
        ...(raw.version !== undefined && { version: raw.version }),
      };
    }
  }
  return facts;
}
