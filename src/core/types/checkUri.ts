// oslo's URI type: rfc3986 1.5.0's uri_reference() and a Validator that requires scheme and host and
// checks scheme, host and path. The patterns below are transcribed from rfc3986's abnf_regexp.py and
// misc.py so that edge cases (empty host, trailing newline, RFC 4007 zones, port digits) match exactly.
// Regexes run without the `u` flag on purpose: Python matches these ASCII classes per code point, and
// no class here can match half of a surrogate pair, so code-unit matching gives the same answers.
import { pythonRepr } from '../python/formatPython';

const UNRESERVED_RE = 'A-Za-z0-9._~\\-';
const SUB_DELIMITERS_RE = "!$&'()\\*+,;=";
const PCT_ENCODED = '%[A-Fa-f0-9]{2}';

const REG_NAME = `((?:%[0-9A-Fa-f]{2}|[${SUB_DELIMITERS_RE}${UNRESERVED_RE}])*)`;
const IPV4_RE = '([0-9]{1,3}\\.){3}[0-9]{1,3}';
const HEX = '[0-9A-Fa-f]{1,4}';
const LS32 = `(${HEX}:${HEX}|${IPV4_RE})`;
const IPV6_RE = `(${[
  `(${HEX}:){6}${LS32}`,
  `::(${HEX}:){5}${LS32}`,
  `(${HEX})?::(${HEX}:){4}${LS32}`,
  `((${HEX}:)?${HEX})?::(${HEX}:){3}${LS32}`,
  `((${HEX}:){0,2}${HEX})?::(${HEX}:){2}${LS32}`,
  `((${HEX}:){0,3}${HEX})?::${HEX}:${LS32}`,
  `((${HEX}:){0,4}${HEX})?::${LS32}`,
  `((${HEX}:){0,5}${HEX})?::${HEX}`,
  `((${HEX}:){0,6}${HEX})?::`,
]
  .map((variation) => `(${variation})`)
  .join('|')})`;
const IPV_FUTURE_RE = `v[0-9A-Fa-f]+\\.[${UNRESERVED_RE}${SUB_DELIMITERS_RE}:]+`;
const ZONE_ID = `(?:[${UNRESERVED_RE}]|${PCT_ENCODED})+`;
// The parser takes an RFC 4007 zone ("%eth0"); the host validator then insists on RFC 6874's "%25".
const IPV6_ADDRZ_RFC4007_RE = `${IPV6_RE}(?:(?:%25|%)${ZONE_ID})?`;
const IPV6_ADDRZ_RE = `${IPV6_RE}(?:%25${ZONE_ID})?`;
const IP_LITERAL_RE = `\\[(${IPV6_ADDRZ_RFC4007_RE}|${IPV_FUTURE_RE})\\]`;
const HOST_RE = `(${REG_NAME}|${IPV4_RE}|${IP_LITERAL_RE})`;
const USERINFO_RE = `^([${UNRESERVED_RE}${SUB_DELIMITERS_RE}:]|${PCT_ENCODED})+`;
const PCHAR = `([${UNRESERVED_RE}${SUB_DELIMITERS_RE}:@]|${PCT_ENCODED})`;
const SEGMENT = `${PCHAR}*`;
const SEGMENT_NZ = `${PCHAR}+`;
const SEGMENT_NZ_NC = `${PCHAR.replace(':', '')}+`;
const PATH_ROOTLESS = `${SEGMENT_NZ}(/${SEGMENT})*`;
const PATH_NOSCHEME = `${SEGMENT_NZ_NC}(/${SEGMENT})*`;
const PATH_ABSOLUTE = `/(${PATH_ROOTLESS})?`;
const PATH_ABEMPTY = `(/${SEGMENT})*`;

/** Python's `^...$` without MULTILINE: `$` also matches just before a final "\n". */
function pythonAnchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})\\n?$`);
}

// Python's `.` stops at "\n" only (JS's also stops at "\r", U+2028, U+2029), and re.match() need not
// reach the end, so anything after a newline in the fragment is silently ignored.
const URI_MATCHER = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#([^\n]*))?/;
const SUBAUTHORITY_MATCHER = pythonAnchored(
  `(?:(?<userinfo>${USERINFO_RE})@)?(?<host>${HOST_RE}):?(?<port>[0-9]{1,5})?`,
);
const IPV4_MATCHER = pythonAnchored(IPV4_RE);
const IPV6_MATCHER = pythonAnchored(`\\[${IPV6_ADDRZ_RFC4007_RE}\\]`);
const IPV6_NO_RFC4007_MATCHER = pythonAnchored(`\\[${IPV6_ADDRZ_RE}\\]`);
const PERCENT_MATCHER = /%[A-Fa-f0-9]{2}/g;
const NON_PCT_ENCODED = new Set(
  `:/?#[]@!$&'()*+,;=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._!-~`,
);
// After encode_component only a literal "[" or "]" can fail this.
const PATH_MATCHER = pythonAnchored(`${PATH_ABEMPTY}|${PATH_ABSOLUTE}|${PATH_NOSCHEME}|${PATH_ROOTLESS}|^$`);
const SURROGATE = /^[\ud800-\udfff]$/;

type Component = string | null;

interface UriReference {
  scheme: Component;
  authority: Component;
  path: Component;
  query: Component;
  fragment: Component;
}

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).padStart(width, '0');
}

/** Python's str.encode('utf-8') refusal of lone surrogates, as str(UnicodeEncodeError) reads. */
function surrogateError(codePoints: string[]): string | null {
  const start = codePoints.findIndex((char) => SURROGATE.test(char));
  if (start < 0) return null;
  let end = start + 1;
  while (end < codePoints.length && SURROGATE.test(codePoints[end]!)) end += 1;
  const where =
    end === start + 1
      ? `character '\\u${hex(codePoints[start]!.charCodeAt(0), 4)}' in position ${start}`
      : `characters in position ${start}-${end - 1}`;
  return `'utf-8' codec can't encode ${where}: surrogates not allowed`;
}

function utf8Bytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000) {
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  }
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}

/** rfc3986's normalizers.encode_component: "%" survives only when every "%" already starts an escape. */
function encodeComponent(component: string): { encoded: string } | { error: string } {
  const codePoints = Array.from(component);
  const error = surrogateError(codePoints);
  if (error !== null) return { error };
  const keepPercent = (component.match(PERCENT_MATCHER) ?? []).length === component.split('%').length - 1;
  let encoded = '';
  for (const char of codePoints) {
    if ((keepPercent && char === '%') || NON_PCT_ENCODED.has(char)) {
      encoded += char;
      continue;
    }
    for (const byte of utf8Bytes(char.codePointAt(0)!)) encoded += `%${hex(byte, 2).toUpperCase()}`;
  }
  return { encoded };
}

/**
 * The host as URIMixin.host reports it: null when the authority does not parse or its IPv4 is out of range.
 * Building that InvalidAuthority encodes the authority to UTF-8 first, so a lone surrogate escapes as an error.
 */
function hostOf(authority: Component): { host: string | null } | { error: string } {
  if (authority === null) return { host: null };
  const host = SUBAUTHORITY_MATCHER.exec(authority)?.groups?.host;
  if (host === undefined || (host && IPV4_MATCHER.test(host) && host.split('.').some((octet) => Number(octet) > 255))) {
    const error = surrogateError(Array.from(authority));
    return error === null ? { host: null } : { error };
  }
  return { host };
}

function hostIsValid(host: string): boolean {
  // The host already matched HOST_PATTERN and passed the IPv4 range check in hostOf().
  return !IPV6_MATCHER.test(host) || IPV6_NO_RFC4007_MATCHER.test(host);
}

/** Python's repr() of a str, or None. */
function pyRepr(text: Component): string {
  return text === null ? 'None' : pythonRepr(text);
}

/** str() of rfc3986's MissingComponentError / InvalidComponentsError: the repr of its args tuple. */
function validationError(message: string, uri: UriReference, components: string[]): string {
  const fields = (['scheme', 'authority', 'path', 'query', 'fragment'] as const)
    .map((name) => `${name}=${pyRepr(uri[name])}`)
    .join(', ');
  return `(${pyRepr(message)}, URIReference(${fields}), [${components.map(pyRepr).join(', ')}])`;
}

export function checkUri(value: string): { value: string } | { error: string } {
  // Every group of URI_MATCHER is optional, so it always matches.
  const [, scheme, authority, rawPath, rawQuery, rawFragment] = URI_MATCHER.exec(value)!;
  const encoded: Component[] = [];
  for (const raw of [rawPath!, rawQuery, rawFragment]) {
    if (raw === undefined) {
      encoded.push(null);
      continue;
    }
    const result = encodeComponent(raw);
    if ('error' in result) return result;
    encoded.push(result.encoded);
  }
  const [path, query, fragment] = encoded;
  // URIReference turns an empty authority or path into None; an empty query or fragment stays "".
  const uri: UriReference = {
    scheme: scheme ?? null,
    authority: authority || null,
    path: path || null,
    query: query ?? null,
    fragment: fragment ?? null,
  };
  const authorityInfo = hostOf(uri.authority);
  if ('error' in authorityInfo) return authorityInfo;
  const { host } = authorityInfo;

  // An empty host ("http://:80", "http://user@") is present, and valid, for rfc3986.
  const missing = [...(host === null ? ['host'] : []), ...(uri.scheme === null ? ['scheme'] : [])];
  if (missing.length > 0) {
    const verb = missing.length > 1 ? 'were' : 'was';
    return { error: validationError(`${missing.join(', ')} ${verb} required but missing`, uri, missing) };
  }

  // The scheme is always valid here: URI_MATCHER only captures text that SCHEME_MATCHER accepts.
  const invalid = [
    ...(hostIsValid(host!) ? [] : ['host']),
    ...(uri.path !== null && !PATH_MATCHER.test(uri.path) ? ['path'] : []),
  ];
  if (invalid.length > 0) {
    const verb = invalid.length > 1 ? 'were' : 'was';
    return { error: validationError(`${invalid.join(', ')} ${verb} found to be invalid`, uri, invalid) };
  }
  return { value };
}
