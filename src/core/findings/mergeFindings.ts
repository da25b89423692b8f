import type { Finding, FindingKind, Severity } from './types';

/** The findings about one line of a file (or one finding without a line), as one entry: one problem. */
export interface AdvisoryEntry {
  /** Stable within a set of findings: the file and line, or the finding's option. */
  key: string;
  file?: string;
  line: number | null;
  /** The worst first: by severity, then insecure before invalid, conflict, deprecated, unknown and upgrade. */
  findings: Finding[];
  kinds: FindingKind[];
  severity: Severity;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const KIND_RANK: Record<FindingKind, number> = { insecure: 0, invalid: 1, conflict: 2, deprecated: 3, unknown: 4, upgrade: 5 };

const worstFirst = (a: Finding, b: Finding) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || KIND_RANK[a.kind] - KIND_RANK[b.kind];

/**
 * Findings on the same line of the same file merged into one entry, with its kinds; the entries ordered by severity
 * (the worst first), then by line. A line such as `api_insecure = true` is one problem, whatever number of rules see it.
 */
export function mergeFindings(findings: readonly Finding[]): AdvisoryEntry[] {
  const entries = new Map<string, Finding[]>();
  for (const [index, finding] of findings.entries()) {
    const key = finding.line !== null ? `${finding.file ?? ''}:${finding.line}` : `${finding.group}.${finding.option}#${index}`;
    entries.set(key, [...(entries.get(key) ?? []), finding]);
  }
  return [...entries]
    .map(([key, group]): AdvisoryEntry => {
      const sorted = [...group].sort(worstFirst);
      return {
        key,
        file: sorted[0]!.file,
        line: sorted[0]!.line,
        findings: sorted,
        kinds: [...new Set(sorted.map((finding) => finding.kind))],
        severity: sorted[0]!.severity,
      };
    })
    .sort((a, b) => worstFirst(a.findings[0]!, b.findings[0]!) || (a.line ?? Infinity) - (b.line ?? Infinity));
}
