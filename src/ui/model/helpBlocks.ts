/** A piece of an option's help: a paragraph, or a bullet list. */
export type HelpBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^\s*[*-]\s+/;

/**
 * Splits oslo help text into paragraphs (separated by blank lines, lines joined) and bullet lists (`* ` or
 * `- ` items whose indented lines continue them), the way the generator's authors write it.
 */
export function helpBlocks(help: string): HelpBlock[] {
  const blocks: HelpBlock[] = [];
  let current: HelpBlock | null = null;
  for (const line of help.split(/\r\n|\r|\n/)) {
    if (!line.trim()) {
      current = null;
      continue;
    }
    if (BULLET.test(line)) {
      if (current?.kind !== 'list') blocks.push((current = { kind: 'list', items: [] }));
      current.items.push(line.replace(BULLET, '').trim());
    } else if (current?.kind === 'list' && /^\s/.test(line)) {
      const items: string[] = current.items;
      items[items.length - 1] = `${items.at(-1)} ${line.trim()}`;
    } else if (current?.kind === 'paragraph') {
      current.text = `${current.text} ${line.trim()}`;
    } else {
      blocks.push((current = { kind: 'paragraph', text: line.trim() }));
    }
  }
  return blocks;
}
