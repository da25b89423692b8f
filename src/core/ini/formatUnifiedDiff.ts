import { editScript } from './diffLines';
import { splitLines } from './parseIni';

const CONTEXT = 3;
const MARK = { kept: ' ', removed: '-', added: '+' } as const;

/**
 * The changes from `before` to `after` as a unified diff (`diff -u`, what `patch` and `git apply` read), with three
 * lines of context; empty when the texts are the same. Lines keep their endings; a last line without one is marked
 * as `diff` marks it.
 */
export function formatUnifiedDiff(before: string, after: string, oldName: string, newName = oldName): string {
  if (before === after) return '';
  const old = splitLines(before).map((line) => line.text + line.eol);
  const next = splitLines(after).map((line) => line.text + line.eol);
  const script = editScript(old, next);
  const out = [`--- ${oldName}\n`, `+++ ${newName}\n`];
  for (let at = 0; at < script.length; ) {
    if (script[at]!.kind === 'kept') {
      at += 1;
      continue;
    }
    // A hunk: CONTEXT lines before this change, through the last change less than 2 × CONTEXT lines after another,
    // and CONTEXT lines after it.
    const first = Math.max(0, at - CONTEXT);
    let last = at;
    for (let look = at; look < script.length && look <= last + 2 * CONTEXT; look += 1) if (script[look]!.kind !== 'kept') last = look;
    const end = Math.min(script.length, last + CONTEXT + 1);
    const steps = script.slice(first, end);
    const oldCount = steps.filter((step) => step.kind !== 'added').length;
    const newCount = steps.filter((step) => step.kind !== 'removed').length;
    // 1-based; a side without lines names the line after which the others go.
    const oldStart = script[first]!.old + (oldCount ? 1 : 0);
    const newStart = script[first]!.new + (newCount ? 1 : 0);
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`);
    for (const step of steps) {
      const text = step.kind === 'added' ? next[step.new]! : old[step.old]!;
      out.push(`${MARK[step.kind]}${text}`);
      if (!/[\r\n]$/.test(text)) out.push('\n\\ No newline at end of file\n');
    }
    at = end;
  }
  return out.join('');
}
