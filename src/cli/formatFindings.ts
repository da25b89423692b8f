import type { Finding } from '../core/findings/types';

/** Findings as `file:line: severity: title`, each with its explanation (wrapped) and fix indented under it. */
export function formatFindings(findings: Finding[], defaultFile: string): string {
  const lines: string[] = [];
  for (const finding of findings) {
    const where = `${finding.file ?? defaultFile}${finding.line === null ? '' : `:${finding.line}`}`;
    lines.push(`${where}: ${finding.severity} (${finding.kind}): ${finding.title}`);
    if (finding.explanation) lines.push(...finding.explanation.split('\n').flatMap((paragraph) => wrap(paragraph, 96)).map((line) => `    ${line}`.trimEnd()));
    if (finding.fix) lines.push(`    fix: ${finding.fix.label}`);
    if (finding.guide) lines.push(`    see: ${finding.guide.map((id) => `Security Guide ${id}`).join(', ')}`);
  }
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const [errors, warnings, notes] = [count('error'), count('warning'), count('info')];
  lines.push(
    findings.length
      ? `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${notes} note${notes === 1 ? '' : 's'}`
      : 'no findings: oslo reads every option without error',
  );
  return `${lines.join('\n')}\n`;
}

/** A paragraph as lines of at most `width` characters, broken at spaces (a longer word gets a line of its own). */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of paragraph.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  lines.push(current);
  return lines;
}
