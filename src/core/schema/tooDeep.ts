/**
 * Where JSON-like data nests deeper than `limit` arrays and objects: the path to the first place past it, or null.
 * Walks without recursion, so that data nested a hundred thousand deep is measured, not a stack overflow.
 */
export function tooDeep(data: unknown, limit: number): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return path || '(top level)';
    for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
  }
  return null;
}
