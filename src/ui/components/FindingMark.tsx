import type { FindingKind } from '../../core';

const LABELS: Record<FindingKind, string> = {
  deprecated: 'Deprecated',
  insecure: 'Insecure',
  invalid: 'Invalid',
  unknown: 'Unknown',
  conflict: 'Conflict',
};

/** The short mark of a finding's kind, e.g. "Insecure". */
export function FindingMark({ kind }: { kind: FindingKind }) {
  return <span className={`oce-mark oce-mark--${kind}`}>{LABELS[kind]}</span>;
}
