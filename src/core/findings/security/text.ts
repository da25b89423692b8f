import type { OptionValue } from '../../schema/types';

/** A non-empty string value. */
export const isText = (value: OptionValue | undefined): value is string => typeof value === 'string' && value !== '';

/** A list value's items; nothing for anything else. */
export const listOf = (value: OptionValue | undefined): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** A URL oslo reads as given, starting with `http://` (any case, leading spaces kept by a list item). */
export const isPlainHttp = (url: string) => /^\s*http:\/\//i.test(url);

/** The URL with `https://` for `http://`, the rest as written. */
export const toHttps = (url: string) => url.replace(/^(\s*)http:/i, '$1https:');

/** The text with its first letter in capitals. */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A service's name at the start of a sentence: `nova` stays as it is written, `the service` becomes `The service`. */
export const atStart = (client: string) => (client.startsWith('the ') ? capitalized(client) : client);
