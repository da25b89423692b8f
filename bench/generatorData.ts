/** The parts of `oslo-config-generator --format json` output that the static page reads directly. */
export interface GeneratorOption {
  dest: string;
  type: string;
  default: unknown;
  help: string | null;
  choices: Array<[string | number | null, string | null]> | null;
  min: number | null;
  max: number | null;
  secret: boolean;
  deprecated_for_removal: boolean;
}

export interface GeneratorData {
  options: Record<string, { help: string | null; opts: GeneratorOption[] }>;
}

/**
 * The one field every page types into: the first plain string option (no choices, not secret, not deprecated).
 * Each page labels its input with the option's dest, so the runner finds it by accessible name.
 */
export function findTypingField(data: GeneratorData): { group: string; dest: string } {
  for (const [group, { opts }] of Object.entries(data.options)) {
    const option = opts.find(
      (candidate) =>
        candidate.type === 'string value' &&
        !candidate.choices?.length &&
        !candidate.secret &&
        !candidate.deprecated_for_removal,
    );
    if (option) return { group, dest: option.dest };
  }
  throw new Error('the schema has no plain string option to type into');
}
