/** A piece of an option's help: a paragraph, or a bullet list. */
export type HelpBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^\s*[*-]\s+/;
// reStructuredText's inline markup as generator help uses it: ``literal``, :role:`text`, `text`, `link <url>`_.
const INLINE = /``(.+?)``|(?::[\w.:-]+:)?`([^`]+?)`_{0,2}/g;

/** A run of help text: plain, or a literal (an option name, a value) to show as code. */
export type HelpSegment = { text: string; code?: boolean };

/** A help text's runs, its reStructuredText markup read: literals and roles as code, links as their text. */
export function helpSegments(text: string): HelpSegment[] {
  const segments: HelpSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index) });
    const literal = match[1] ?? match[2]!.replace(/\s*<([^>]+)>$/, ' ($1)');
    segments.push({ text: literal, code: match[1] !== undefined || !/_$/.test(match[0]) });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** The first sentence of a help text, markup read, for one line. */
export function helpSummary(help: string): string {
  const text = helpSegments(help.replace(/\s+/g, ' ').trim())
    .map((segment) => segment.text)
    .join('');
  const end = text.search(/[.:](\s|$)/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  return sentence.length > 120 ? `${sentence.slice(0, 119)}…` : sentence;
}

/**
 * Splits oslo help text into paragraphs (separated by blank lines, lines joined) and bullet lists (`* ` or
 * `- ` items whose indented lines continue them), the way the generator's authors write it.
 */
export function helpBlocks(help: string): HelpBlock[] {
  const blocks: HelpBlock[] = [];
  let current: HelpBlock | null = null;
  for (const line of help.split(/\r\n|\r|\n/)) {
    if (!line.trim() || /^\s*\.\. (note|warning|seealso)::\s*$/.test(line)) {
      // A directive's own line; its indented text is the next paragraph.
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
  // A paragraph that introduces a literal block ends in `::`, which reads as `:`.
  for (const block of blocks) if (block.kind === 'paragraph') block.text = block.text.replace(/::$/, ':');
  return blocks;
}
