import type { Finding, Fix, Severity, UpgradeChange } from '../findings/types';
import { describeOptionFacts } from './describeOptionFacts';
import type { ReleaseComparison } from './compareReleases';
import type { PlacedOption } from './types';

export interface UpgradeFindingText {
  title: string;
  /** Paragraphs: what happens, why it matters, what to do. */
  explanation: string[];
  fix?: Fix;
}

/** A finding of kind `upgrade`, with each release's option (null where it has none) and what it says of it. */
export function upgradeFinding(
  comparison: ReleaseComparison,
  change: UpgradeChange,
  severity: Severity,
  where: { group: string; option: string; file?: string; line: number | null },
  text: UpgradeFindingText,
  [before, after]: [PlacedOption | null, PlacedOption | null],
): Finding {
  const side = (release: string, placed: PlacedOption | null) => ({
    release,
    group: placed?.group ?? null,
    option: placed?.option.dest ?? null,
    says: placed ? describeOptionFacts(placed.option) : 'no such option',
  });
  return {
    ...where,
    kind: 'upgrade',
    severity,
    title: text.title,
    explanation: text.explanation.join('\n'),
    ...(text.fix && { fix: text.fix }),
    upgrade: { change, from: side(comparison.from.release, before), to: side(comparison.to.release, after) },
  };
}
