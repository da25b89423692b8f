import type { IniDocument, LineEnding } from './types';

/** The line ending new lines get: the file's first one, or \n for a file of one line or none. */
export function getDominantEnding(document: IniDocument): Exclude<LineEnding, ''> {
  const first = document.lines.find((line) => line.eol !== '');
  return (first?.eol as Exclude<LineEnding, ''>) ?? '\n';
}
