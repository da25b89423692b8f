import { type ConfigFile, type Resolution, type ResolvedOption, resolveConfig } from '../ini/resolveConfig';
import type { IniEntry } from '../ini/types';
import { bridgeOldNames, type BridgedSchema } from './bridgeOldNames';
import { type KeyReader, keyReaders } from './keyReaders';
import { matchOptions, type OptionMatch } from './matchOptions';
import type { PlacedOption, ReleaseSchema } from './types';

/** Files read by two releases of a service, and which option of one is which of the other. */
export interface ReleaseComparison extends OptionMatch {
  from: ReleaseSchema;
  to: ReleaseSchema;
  files: ConfigFile[];
  /** The later release, still reading every name the earlier one reads (see bridgeOldNames). */
  bridged: BridgedSchema;
  /** The files as the earlier release reads them, as the later one does, and as it would with the names carried over. */
  before: Resolution;
  after: Resolution;
  carried: Resolution;
  readersBefore: ReadonlyMap<string, readonly KeyReader[]>;
  readersAfter: ReadonlyMap<string, readonly KeyReader[]>;
}

export function compareReleases(from: ReleaseSchema, to: ReleaseSchema, files: ConfigFile[]): ReleaseComparison {
  const match = matchOptions(from, to);
  const bridged = bridgeOldNames(from, to, match.successors);
  return {
    ...match,
    from,
    to,
    files,
    bridged,
    before: resolveConfig(from.schema, files),
    after: resolveConfig(to.schema, files),
    carried: resolveConfig(bridged.schema, files),
    readersBefore: keyReaders(from.schema),
    readersAfter: keyReaders(to.schema),
  };
}

/** An option as a resolution read it. */
export function resolvedIn(resolution: Resolution, placed: PlacedOption): ResolvedOption {
  return resolution.options.get(placed.group)!.get(placed.option.dest)!;
}

/** Whether oslo takes the option's value from this line of this file. */
export function readsLine(resolved: ResolvedOption, file: number, entry: IniEntry): boolean {
  return resolved.sources.some((source) => source.file === file && source.entry === entry);
}
