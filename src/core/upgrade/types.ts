import type { ConfigSchema, OptionSchema } from '../schema/types';

/** A service's schema at one release. */
export interface ReleaseSchema {
  /** How findings name the release: `zed (2022.2)`. */
  release: string;
  schema: ConfigSchema;
}

/** An option with the group it is registered in. */
export interface PlacedOption {
  group: string;
  option: OptionSchema;
}
