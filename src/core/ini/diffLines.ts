// A line diff: Myers' O(ND) algorithm over the lines between the common start and end, bounded so that a file
// rewritten throughout costs what its size costs, not its size squared.

export interface LineDiff {
  /** 0-based indexes into the old lines that are not in the new text. */
  removed: number[];
  /** 0-based indexes into the new lines that were not in the old text. */
  added: number[];
}

// Past this many differences, the lines between the common start and end are taken as replaced whole: Myers keeps a
// frontier per difference, so its memory grows with their number times the lines.
const MAX_DIFFERENCES = 2000;

/** Which lines of `before` are gone and which of `after` are new; the lines kept are the longest common run. */
export function diffLines(before: readonly string[], after: readonly string[]): LineDiff {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  const middle = myers(before.slice(start, before.length - end), after.slice(start, after.length - end));
  return { removed: middle.removed.map((index) => index + start), added: middle.added.map((index) => index + start) };
}

/** One step from the old lines to the new: a line kept, removed from the old, or added in the new. */
export interface EditStep {
  kind: 'kept' | 'removed' | 'added';
  /** 0-based index of the old line (for an added line: of the next old line). */
  old: number;
  /** 0-based index of the new line (for a removed line: of the next new line). */
  new: number;
}

/** The diff as the lines of both texts in order: each removed line before the added ones that take its place. */
export function editScript(before: readonly string[], after: readonly string[]): EditStep[] {
  const { removed, added } = diffLines(before, after);
  const gone = new Set(removed);
  const come = new Set(added);
  const steps: EditStep[] = [];
  for (let x = 0, y = 0; x < before.length || y < after.length; ) {
    if (x < before.length && gone.has(x)) steps.push({ kind: 'removed', old: x++, new: y });
    else if (y < after.length && come.has(y)) steps.push({ kind: 'added', old: x, new: y++ });
    else steps.push({ kind: 'kept', old: x++, new: y++ });
  }
  return steps;
}

function myers(before: readonly string[], after: readonly string[]): LineDiff {
  const n = before.length;
  const m = after.length;
  const replaced = () => ({ removed: before.map((_, index) => index), added: after.map((_, index) => index) });
  if (!n || !m) return replaced();
  const max = Math.min(n + m, MAX_DIFFERENCES);
  const offset = max + 1;
  let frontier: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d += 1) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!)
        ? frontier[offset + k + 1]!
        : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) {
        x += 1;
        y += 1;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  if (!done) return replaced();
  const removed: number[] = [];
  const added: number[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d -= 1) {
    frontier = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
    }
    if (down) added.push(y - 1);
    else removed.push(x - 1);
    x = previousX;
    y = previousY;
  }
  return { removed: removed.reverse(), added: added.reverse() };
}
