import { isPySpace } from './pythonText';

/**
 * Help text as `# ` comment lines, the way oslo-config-generator writes samples: each line of the text wrapped
 * at `width`, words never broken, an empty line kept as a bare `#`.
 */
export function wrapComment(text: string, width = 70): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
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
