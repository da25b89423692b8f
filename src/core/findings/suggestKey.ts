/**
 * The known key a mistyped one most likely means: the same but for case or `-`/`_`, else the closest within a
 * small edit distance (1 for keys up to 5 characters, 2 beyond). Null when nothing is close.
 */
export function suggestKey(key: string, known: string[]): string | null {
  const fold = (text: string) => text.toLowerCase().replaceAll('-', '_');
  const folded = fold(key);
  const same = known.find((candidate) => fold(candidate) === folded);
  if (same !== undefined) return same;
  const limit = folded.length <= 5 ? 1 : 2;
  let best: { key: string; distance: number } | null = null;
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate));
    if (distance <= limit && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key ?? null;
}

/** Levenshtein distance, with a swap of two neighbouring characters counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
