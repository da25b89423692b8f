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
  | 'hostdomain'
  | 'hostname'
  | 'ipaddress'
  | 'range'
  | 'unknown';

/**
 * A value as oslo hands it to the service after conversion. `null` is Python's None. Integers are numbers while
 * that is exact and bigints beyond 2^53, as Python's ints are exact at any size. A range is its text (`1-5`).
 */
export type OptionValue = string | number | bigint | boolean | string[] | Record<string, string> | null;

export interface OptionChoice {
  value: string | number | null;
  description: string | null;
}

/** The type of a list's items or a dict's values, as oslo.config names its type classes. */
export type ItemTypeName =
  | 'String'
  | 'Integer'
  | 'Float'
  | 'Port'
  | 'Boolean'
  | 'IPAddress'
  | 'HostAddress'
  | 'HostDomain'
  | 'Hostname'
  | 'URI'
  | 'Dict';

/**
 * What an option's real type checks beyond what oslo-config-generator writes: known for the services of the catalog,
 * whose code makes them (`catalog/<release>/<service>.facts.json`), unknown for other schemas.
 */
export interface OptionFacts {
  /** The default is worked out where the service runs (its host's name, addresses, CPUs or paths). */
  computedDefault?: boolean;
  /** A MultiOpt of `item`'s type: each line adds one item, although the generator names the item's type. */
  multi?: boolean;
  /** The option converts with a type of the service's own code (its class name), whatever the generator names. */
  customType?: string;
  /** A list written inside `[` `]`, a dict inside `{` `}`. */
  bounds?: boolean;
  /** A list's items or a dict's values, where they are not plain text. */
  item?: { type: ItemTypeName | string; min?: number | null; max?: number | null; choices?: string[] | null };
  /** A string's Python regex (searched), and whether choices and the regex ignore case. */
  regex?: string;
  ignoreCase?: boolean;
  maxLength?: number;
  /** A string whose value loses one pair of outer quotes. */
  quotes?: boolean;
  /** The schemes a URI may have. */
  schemes?: string[];
  /** The IP version an address must be. */
  version?: 4 | 6;
}

/** What a type needs to know of its option. */
export interface TypedOption {
  type: OptionType;
  /** The generator's display name, e.g. `integer value`. */
  typeName: string;
  choices: OptionChoice[];
  min: number | null;
  max: number | null;
  facts?: OptionFacts;
}

/**
 * oslo's reading of a text. `doubt` says why oslo may still refuse a value the schema cannot settle (a choice in
 * another case, which oslo accepts only when the option ignores case, and the generator does not say).
 */
export type Conversion = { value: OptionValue; doubt?: string } | { error: string };

/** One INI text per line (several for a multi valued option), or why no text reads back as the value. */
export type Formatted = { texts: string[] } | { error: string };

/** How a value is held: what a widget edits and how JSON carries it. */
export type ValueShape = 'boolean' | 'integer' | 'float' | 'text' | 'list' | 'dict';

/** Everything the core knows of one oslo type. `src/ui/fields/widgets.tsx` maps each type to its widget. */
export interface OptionTypeDefinition {
  /** The names oslo-config-generator writes for the type. */
  generatorNames: readonly string[];
  shape: ValueShape;
  /** Whether a value has the type's shape: a number for an integer, a list of strings for a list. */
  holds(value: unknown): boolean;
  /** How oslo converts a line's text (after `$` substitution), with oslo's own message where it refuses it. */
  convert(option: TypedOption, text: string): Conversion;
  /** Why oslo would refuse a value of the type's shape (bounds, choices, host syntax); null when it accepts it. */
  check(option: TypedOption, value: OptionValue): string | null;
  /** The INI texts for a value of the type's shape, such that `convert` gives the value back. */
  format(option: TypedOption, value: OptionValue): Formatted;
  /** Python's str() of a value other than None (which `$name` substitution inserts as nothing). */
  str(value: OptionValue): string;
  /** The bounds oslo applies where the option sets none (a port's 0 to 65535). */
  bounds?: { min: number; max: number };
  /** Every line adds an item, under the option's name or an old one (MultiStrOpt). */
  multiValued?: boolean;
  /** `key =` reads as None rather than as an empty text. */
  emptyIsNone?: boolean;
  /** The service converts the text with code of its own, which the generator does not describe. */
  conversionUnknown?: boolean;
}
