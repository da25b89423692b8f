import { checkFiles, type TextFile } from './checkFiles';
import { applyFix } from './findings/applyFix';
import type { AdvisoryEntry } from './findings/mergeFindings';
import type { Finding, Fix } from './findings/types';
import type { ConfigSchema } from './schema/types';

/** The fix offered for an entry, and the fixes left out because they would keep an insecure setting. */
export interface FixChoice {
  fix: Fix | null;
  withheld: { fix: Fix; keeps: string[] }[];
}

/**
 * One clear fix for an entry of findings about the file: each fix its findings offer is tried on the file and the file
 * checked again. A fix after which an insecure setting remains (or appears) on the options concerned is never
 * offered beside one after which none does; among those left, the one that leaves the fewest of the entry's findings.
 */
export function chooseFix(schema: ConfigSchema, file: TextFile, entry: AdvisoryEntry): FixChoice {
  const fixes: Fix[] = [];
  for (const finding of entry.findings) {
    if (finding.fix && !fixes.some((known) => JSON.stringify(known.edits) === JSON.stringify(finding.fix!.edits))) fixes.push(finding.fix);
  }
  const insecure = entry.findings.some((finding) => finding.kind === 'insecure');
  if (fixes.length < 2 && !insecure) return { fix: fixes[0] ?? null, withheld: [] };

  const concerned = new Set(entry.findings.map((finding) => `${finding.group}.${finding.option}`));
  const tried = fixes.flatMap((fix) => {
    const fixed = applyFix(schema, file.text, fix);
    if ('errors' in fixed) return [];
    const options = new Set([...concerned, ...fix.edits.map((edit) => `${edit.group}.${edit.option}`)]);
    const groups = new Set(fix.edits.map((edit) => edit.group).concat(entry.findings.flatMap((finding) => (finding.group ? [finding.group] : []))));
    const after = checkFiles(schema, [{ name: file.name, text: fixed.text }], groups).findings;
    const keeps = after.filter((finding) => finding.kind === 'insecure' && finding.severity !== 'info' && options.has(`${finding.group}.${finding.option}`));
    const remaining = entry.findings.filter((finding) => after.some((later) => sameConcern(later, finding))).length;
    return [{ fix, keeps: keeps.map((finding) => finding.title), remaining }];
  });
  const secure = tried.filter((candidate) => !candidate.keeps.length);
  const offered = (secure.length ? secure : tried).reduce<(typeof tried)[number] | null>(
    (best, candidate) => (!best || candidate.remaining < best.remaining ? candidate : best),
    null,
  );
  return {
    fix: offered?.fix ?? null,
    withheld: secure.length ? tried.filter((candidate) => candidate.keeps.length).map(({ fix, keeps }) => ({ fix, keeps })) : [],
  };
}

function sameConcern(a: Finding, b: Finding): boolean {
  return a.group === b.group && a.option === b.option && a.kind === b.kind;
}
