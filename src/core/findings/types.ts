import type { OptionValue } from '../schema/types';

export type FindingKind = 'deprecated' | 'insecure' | 'invalid' | 'unknown' | 'conflict' | 'upgrade';
export type Severity = 'error' | 'warning' | 'info';

/**
 * A change that fixes a finding: set an option to a value, or unset it (`value` undefined). With `line`, the
 * change acts on the entry that starts on that line of the finding's file (with its continuation lines) instead:
 * `delete` removes it; `rename` rewrites it to the option's own key in the option's group, keeping the value
 * text as written; `copy` adds such a line and keeps the original (for a key that is also an option of its own).
 * `applyFix` applies them.
 */
export interface FixEdit {
  group: string;
  option: string;
  value?: OptionValue;
  line?: number;
  action?: LineAction;
}

export type LineAction = 'delete' | 'rename' | 'copy';

export interface Fix {
  label: string;
  edits: FixEdit[];
}

export interface Finding {
  group: string | null;
  option: string | null;
  /** Which of the checked files, when there are several. */
  file?: string;
  line: number | null;
  kind: FindingKind;
  severity: Severity;
  /** One line: what is wrong. */
  title: string;
  /** What happens, why it matters and what to do, for an operator. */
  explanation?: string;
  fix?: Fix;
  /** The security rule that made it (`keystoneauth-insecure`). */
  rule?: string;
  /** The OpenStack Security Guide checks whose Fail condition it meets (`Check-Compute-05`). */
  guide?: string[];
  /** For a finding of kind `upgrade`: what changes from one release to the next, and what each says. */
  upgrade?: UpgradeDetail;
}

/**
 * What an upgrade changes for a file: a line the new release ignores (`removed`: no such option any more;
 * `not-read`: the option is there, the name used is not) or reads under an old name (`renamed`), or starts reading
 * (`now-read`); a value it refuses or reads differently; a default that changes under an option the file leaves
 * unset; an option it deprecates for removal; a required option the file does not set.
 */
export type UpgradeChange = 'removed' | 'not-read' | 'renamed' | 'now-read' | 'refused' | 'changed' | 'default' | 'deprecated' | 'required';

export interface UpgradeDetail {
  change: UpgradeChange;
  from: UpgradeSide;
  to: UpgradeSide;
}

/** One release's side of an upgrade finding. */
export interface UpgradeSide {
  /** `zed (2022.2)` */
  release: string;
  /** The option the release has for the line or option (null: none). */
  group: string | null;
  option: string | null;
  /** What the release says of it: its type, bounds, choices and default, or what it reads from the file. */
  says: string;
}
