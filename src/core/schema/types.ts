/** The oslo option types that `oslo-config-generator` names, as the editor models them. */
export type OptionType =
  | 'string'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'list'
  | 'dict'
  | 'multi'
  | 'port'
  | 'uri'
  | 'hostaddress'
  | 'hostdomain';

/** A value as oslo hands it to the service after conversion. `null` is Python's None. */
export type OptionValue = string | number | boolean | string[] | Record<string, string> | null;

export interface OptionChoice {
  value: string | number | null;
  description: string | null;
}

/** Where an option used to live: oslo still reads it there, with a deprecation warning. */
export interface OldName {
  group: string;
  name: string;
}

export interface OptionSchema {
  /** The option's name in code; may contain `-`. */
  name: string;
  /** The INI key: the file must use this, never `name`. */
  dest: string;
  type: OptionType;
  /** The generator's display name, e.g. `integer value`. */
  typeName: string;
  default: OptionValue;
  help: string;
  choices: OptionChoice[];
  min: number | null;
  max: number | null;
  required: boolean;
  secret: boolean;
  advanced: boolean;
  mutable: boolean;
  sampleDefault: string | null;
  deprecatedForRemoval: boolean;
  deprecatedReason: string | null;
  deprecatedSince: string | null;
  oldNames: OldName[];
}

export interface GroupSchema {
  name: string;
  help: string;
  options: OptionSchema[];
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
}
