import { optionTypes } from '../types/optionTypes';
import type { OptionValue, TypedOption } from '../types/optionType';

// The generator's way of writing a value it cannot know: `<current_hostname>`, `<host_ipv4>`, `<Path>`.
const PLACEHOLDER = /^<[^<>]+>$/;

/**
 * An option's default as the generator writes it: a value, or documentation text where the default is computed
 * where the service runs. The generator's own sample says of an option with a sample default that "its actual
 * default value may vary from the one documented"; a placeholder, or text that is no value of the option's type
 * (`multiprocessing.cpu_count()` for an integer), is documentation too. oslo checks defaults when options are
 * registered, so a value is never refused here: only its shape is read.
 */
export function readDefault(
  option: TypedOption,
  raw: unknown,
  sampleDefault: unknown,
): { value: OptionValue; text: string | null } {
  const documentation = (text: string) => ({ value: null, text });
  if (sampleDefault != null) return documentation(String(sampleDefault));
  if (raw === undefined || raw === null) return { value: null, text: null };
  if (typeof raw === 'string' && PLACEHOLDER.test(raw)) return documentation(raw);
  const definition = optionTypes[option.type];
  // A string default is converted when oslo reads it, after `$` substitution, which needs the rest of the file.
  const unchecked = { ...option, choices: [], min: null, max: null };
  if (typeof raw === 'string') {
    if (definition.holds(raw)) return { value: raw, text: null };
    const converted = definition.convert(unchecked, raw);
    return 'value' in converted && !raw.includes('$') ? { value: converted.value, text: null } : documentation(raw);
  }
  if (Array.isArray(raw) && definition.holds(raw.map(String))) return { value: raw.map(String), text: null };
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const dict = Object.fromEntries(Object.entries(raw).map(([key, item]) => [key, String(item)]));
    if (definition.holds(dict)) return { value: dict, text: null };
  }
  if (definition.holds(raw)) return { value: raw as OptionValue, text: null };
  // A number or boolean for a string option: oslo hands the service that value; its str() is what a file would say.
  if ((typeof raw === 'number' || typeof raw === 'boolean') && definition.holds(String(raw))) {
    return { value: typeof raw === 'boolean' ? (raw ? 'True' : 'False') : String(raw), text: null };
  }
  return documentation(JSON.stringify(raw));
}
