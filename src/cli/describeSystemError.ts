import { getSystemErrorMap } from 'node:util';

/** Where the system's own words are unclear to an operator (`i/o error`), or missing (Node has none for EDQUOT). */
const OWN_WORDS: Record<string, string> = { EISDIR: 'it is a directory', EDQUOT: 'disk quota exceeded', EIO: 'input/output error' };

let systemWords: Map<string, string> | undefined;

/** An error of a system call (`error.code` such as `ENOSPC`), or undefined for any other error. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** A system error in words (`no space left on device`), as the system's own messages say it. */
export function describeSystemError(code: string): string {
  systemWords ??= new Map([...getSystemErrorMap().values()]);
  return OWN_WORDS[code] ?? systemWords.get(code) ?? code;
}
