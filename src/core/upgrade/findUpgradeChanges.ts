import type { Finding, UpgradeChange } from '../findings/types';
import type { ConfigFile } from '../ini/resolveConfig';
import { compareReleases } from './compareReleases';
import { findLineChanges } from './findLineChanges';
import { findOptionChanges } from './findOptionChanges';
import type { ReleaseSchema } from './types';

/** The order of a report: what breaks or is lost first, what only informs last. */
export const UPGRADE_CHANGES: readonly UpgradeChange[] = ['refused', 'removed', 'not-read', 'changed', 'now-read', 'required', 'deprecated', 'renamed', 'default'];

/**
 * Everything that changes what the files mean when the service moves from one release to another, each a finding of
 * kind `upgrade` with the line, what each release says and a fix where one exists: lines the later release ignores
 * (the option removed, or the name used no longer read) or reads under an old name, or starts reading; values it
 * refuses or reads differently; defaults that change under options the files leave unset; options it deprecates for
 * removal that the files set; required options they do not set. The files are read as oslo reads them, later files
 * winning. Ordered by kind of change (UPGRADE_CHANGES), then file and line.
 */
export function findUpgradeChanges(from: ReleaseSchema, to: ReleaseSchema, files: ConfigFile[]): Finding[] {
  const comparison = compareReleases(from, to, files);
  const fileOrder = new Map(files.map((file, index) => [file.name, index]));
  return [...findLineChanges(comparison), ...findOptionChanges(comparison)].sort(
    (a, b) =>
      UPGRADE_CHANGES.indexOf(a.upgrade!.change) - UPGRADE_CHANGES.indexOf(b.upgrade!.change) ||
      (fileOrder.get(a.file ?? '') ?? -1) - (fileOrder.get(b.file ?? '') ?? -1) ||
      (a.line ?? Infinity) - (b.line ?? Infinity),
  );
}
