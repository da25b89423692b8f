import { valueOffset } from '../../core/ini/valueOffset';

export const MASK = '••••••';

// Shorter secrets are masked only where quoted: bare, they would match inside the words of a message.
const BARE_LENGTH = 4;
// A quoted text, as Python's repr() or JSON quotes it.
const QUOTED = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

/**
 * A message with the secrets it shows masked: every quoted text (as oslo quotes a value, or a part of it such as a
 * URL's path) that is part of a secret or holds one, and a secret written bare when it is long enough to tell apart
 * from the words around it.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const present = secrets.filter(Boolean);
  if (!present.length) return text;
  let masked = text.replace(QUOTED, (quoted) => {
    const inner = quoted.slice(1, -1);
    return inner && present.some((secret) => secret.includes(inner) || inner.includes(secret)) ? `${quoted[0]}${MASK}${quoted[0]}` : quoted;
  });
  for (const secret of [...present].sort((a, b) => b.length - a.length)) {
    if (secret.length >= BARE_LENGTH) masked = masked.replaceAll(secret, MASK);
  }
  return masked;
}

/** A line of a secret's entry with its value masked: after the key and separator on the first line, whole after. */
export function maskValueLine(text: string, first: boolean): string {
  if (!first) return text.trim() ? `${/^\s*/.exec(text)![0]}${MASK}` : text;
  const at = valueOffset(text);
  return at >= 0 && at < text.trimEnd().length ? `${text.slice(0, at)}${MASK}` : text;
}
