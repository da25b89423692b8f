import type { OptionValue } from '../schema/types';

export type FindingKind = 'deprecated' | 'insecure' | 'invalid' | 'unknown' | 'conflict';
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
}
