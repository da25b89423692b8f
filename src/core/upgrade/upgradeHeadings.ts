import type { UpgradeChange } from '../findings/types';

/** The heading of each kind of change in a report of an upgrade to the release `to`. */
export const UPGRADE_HEADINGS: Record<UpgradeChange, (to: string) => string> = {
  refused: (to) => `Values ${to} refuses`,
  removed: (to) => `Options ${to} no longer has: their lines are ignored`,
  'not-read': (to) => `Names ${to} no longer reads: their lines are ignored`,
  changed: (to) => `Values ${to} reads differently`,
  'now-read': (to) => `Lines ${to} starts to read`,
  required: (to) => `Options ${to} requires`,
  deprecated: (to) => `Options ${to} deprecates for removal`,
  renamed: (to) => `Lines ${to} reads under an old name`,
  default: () => 'Defaults that change under options the file leaves unset',
};
