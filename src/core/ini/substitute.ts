// oslo's string.Template: `$$` and `\$` are a literal `$`; `$name`, `${name}` and `$group.name` insert
// another option; any other `$` stays as it is. IGNORECASE lets İ ı ſ K into the [a-z] classes.
const ID = '[_a-z\\u0130\\u0131\\u017f\\u212a][._a-z0-9\\u0130\\u0131\\u017f\\u212a]*';
const TEMPLATE = new RegExp(`\\$(?:(\\$)|(${ID})|\\{(${ID})\\}|)`, 'gi');

/**
 * oslo failing to read a value: the text of what Python raises, and whether that is a ValueError (a value that does
 * not convert, which oslo wraps in a message naming the option and where its value came from).
 */
export interface ReadFailure {
  error: string;
  valueError: boolean;
}

/**
 * What a reference inserts: its text, the failure oslo raises for it, `computed` where the text is only known where
 * the service runs (a default such as `<host_ipv4>`), or null where oslo leaves the reference as written.
 */
export type Lookup = (reference: string) => { value: string } | ReadFailure | { computed: string } | null;

/**
 * Substitutes `$` references in a raw value, or gives the error oslo raises when one names no option, or says
 * which computed value the result depends on.
 */
export function substitute(raw: string, lookup: Lookup): { value: string } | ReadFailure | { computed: string } {
  if (!raw.includes('$')) return { value: raw };
  const text = raw.replaceAll('\\$', '$$$$');
  let error: ReadFailure | null = null;
  let computed: string | null = null;
  const value = text.replace(TEMPLATE, (match, escaped?: string, named?: string, braced?: string) => {
    if (escaped) return '$';
    const reference = named ?? braced;
    // Python stops at the first failure: later references are never read (reading them could fail otherwise).
    if (!reference || error) return match;
    const found = lookup(reference);
    if (found === null) return match;
    if ('error' in found) {
      error ??= found;
      return match;
    }
    if ('computed' in found) {
      computed ??= found.computed;
      return match;
    }
    return found.value;
  });
  if (error !== null) return error;
  return computed === null ? { value } : { computed };
}
