import type { OptionChoice, OptionType, OptionValue, TypedOption } from '../types/optionType';

export type { OptionChoice, OptionType, OptionValue };

/** Where an option used to live: oslo still reads it there, with a deprecation warning. */
export interface OldName {
  group: string;
  name: string;
}

export interface OptionSchema extends TypedOption {
  /** The option's name in code; may contain `-`. */
  name: string;
  /** The INI key: the file must use this, never `name`. */
  dest: string;
  /** The default oslo uses when the file leaves the option out; null is None (or a default only `defaultText` gives). */
  default: OptionValue;
  /**
   * A default the schema gives as documentation, not as a value: computed where the service runs (`<host_ipv4>`,
   * `multiprocessing.cpu_count()`). It is never checked or written as a value.
   */
  defaultText: string | null;
  help: string;
  required: boolean;
  secret: boolean;
  advanced: boolean;
  mutable: boolean;
  sampleDefault: string | null;
  deprecatedForRemoval: boolean;
  deprecatedReason: string | null;
  deprecatedSince: string | null;
  oldNames: OldName[];
  /** Why the editor shows the option without letting it be edited; null for an option it models. */
  readOnlyReason: string | null;
}

export interface GroupSchema {
  name: string;
  help: string;
  options: OptionSchema[];
  /**
   * A dynamic group: its options go in sections that the owner option names (cinder's backends, `[lvm]` for
   * `enabled_backends = lvm`), not in a section of the group's own name.
   */
  dynamicOwner: string | null;
  /** A driver group: the option that picks the driver, and the options each driver reads. */
  driver: { option: string; options: Record<string, string[]> } | null;
}

/** The top-level `deprecated_options` map: names that moved, by the group they moved from. */
export interface MovedOption {
  oldGroup: string;
  oldName: string;
  group: string;
  name: string;
}

export interface ConfigSchema {
  groups: GroupSchema[];
  movedOptions: MovedOption[];
  /**
   * The service whose file these options make (`nova`, `cinder`), where the generator output says so through the
   * namespace of the service's own options; the security checklist and the explanations of risks name it.
   */
  service?: string;
}
