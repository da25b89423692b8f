import { isPySpace } from '../python/pythonText';

/**
 * Help text as `# ` comment lines, the way oslo-config-generator writes samples: each line of the text wrapped
 * at `width`, words never broken, an empty line kept as a bare `#`.
 */
export function wrapComment(text: string, width = 70): string[] {
  const out: string[] = [];
  // Python's splitlines(): its line boundaries, and no empty line after a final one.
  const lines = text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const tokens = line.match(/\s+|\S+/g) ?? [];
    let current = '# ';
    let hasWord = false;
    for (const token of tokens) {
      const isSpace = isPySpace(token[0]!);
      if (isSpace && hasWord && current.length + token.length >= width) continue;
      if (!isSpace && hasWord && current.length + token.length > width) {
        out.push(current.trimEnd());
        current = '# ';
      }
      if (isSpace && current === '# ' && hasWord) continue;
      current += token;
      if (!isSpace) hasWord = true;
    }
    out.push(hasWord ? current.trimEnd() : '#');
  }
  return out;
}
