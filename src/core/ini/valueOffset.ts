/**
 * Where the value starts in an entry's first line: after the first `=` or `:` (which ends the key, as oslo's parser
 * splits it) and the spaces after it; -1 for a line with neither.
 */
export function valueOffset(line: string): number {
  const separators = ['=', ':'].map((separator) => line.indexOf(separator)).filter((index) => index >= 0);
  if (!separators.length) return -1;
  const after = Math.min(...separators) + 1;
  return after + /^[ \t]*/.exec(line.slice(after))![0].length;
}
