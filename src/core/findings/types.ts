import type { OptionValue } from '../schema/types';

export type FindingKind = 'deprecated' | 'insecure' | 'invalid' | 'unknown' | 'conflict';
export type Severity = 'error' | 'warning' | 'info';

/** A change that fixes a finding: set an option to a value, or unset it (`value` undefined). */
export interface FixEdit {
  group: string;
  option: string;
  value?: OptionValue;
}

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
}
