// A line diff (Myers' O(ND) algorithm), to show which lines an edit removed and added.

export interface LineDiff {
  /** 0-based indexes into the old lines that are not in the new text. */
  removed: number[];
  /** 0-based indexes into the new lines that were not in the old text. */
  added: number[];
}

export function diffLines(before: string[], after: string[]): LineDiff {
  const n = before.length;
  const m = after.length;
  const max = n + m;
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
