import type { Finding, FindingKind } from '../../core';

/** What a mark shows: a finding's kind, or "note" for an informational finding, whatever its kind. */
export type MarkKind = FindingKind | 'note';

const LABELS: Record<MarkKind, string> = {
  deprecated: 'Deprecated',
  insecure: 'Insecure',
  invalid: 'Invalid',
  unknown: 'Unknown',
  conflict: 'Conflict',
  upgrade: 'Upgrade',
  note: 'Note',
};

/**
 * The mark of a finding: its kind for warnings and errors; "note" for severity info, which is advice (an unset
 * timeout is about reliability, not security) and would be overstated by its kind's label.
 */
export function markOf(finding: Pick<Finding, 'kind' | 'severity'>): MarkKind {
  return finding.severity === 'info' ? 'note' : finding.kind;
}

/** The short mark of a finding's kind, e.g. "Insecure", or "Note" for an informational finding. */
export function FindingMark({ kind }: { kind: MarkKind }) {
  return <span className={`oce-mark oce-mark--${kind}`}>{LABELS[kind]}</span>;
}
