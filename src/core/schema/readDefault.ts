import { optionTypes } from '../types/optionTypes';
import type { OptionValue, TypedOption } from '../types/optionType';

// The generator's way of writing a value it cannot know: `<current_hostname>`, `<host_ipv4>`, `<Path>`.
const PLACEHOLDER = /^<[^<>]+>$/;

/**
 * An option's default as the generator writes it: a value, or documentation text where the default is computed
 * where the service runs. The generator's own sample says of an option whose sample default differs from its default
 * that "its actual default value may vary from the one documented"; a placeholder, or text that is no value of the
 * option's type (`multiprocessing.cpu_count()` for an integer), is documentation too. A sample default beside a
 * default of None is an example: the default is None. oslo checks defaults when options are registered, so a value
 * is never refused here: only its shape is read.
 */
export function readDefault(
  option: TypedOption,
  raw: unknown,
  sampleDefault: unknown,
): { value: OptionValue; text: string | null } {
  const documentation = (text: string) => ({ value: null, text });
  if (raw === undefined || raw === null) return { value: null, text: null };
  if (option.facts?.computedDefault) return documentation(sampleDefault != null ? generatorText(sampleDefault) : `<${generatorText(raw)} where it was generated>`);
  if (sampleDefault != null && generatorText(sampleDefault) !== generatorText(raw)) return documentation(generatorText(sampleDefault));
  if (typeof raw === 'string' && PLACEHOLDER.test(raw)) return documentation(raw);
  const definition = optionTypes[option.type];
  // A string default is converted when oslo reads it, after `$` substitution, which needs the rest of the file.
  if (typeof raw === 'string' && raw.includes('$')) return { value: raw, text: null };
  const unchecked = { ...option, choices: [], min: null, max: null };
  if (typeof raw === 'string') {
    if (definition.holds(raw)) return { value: raw, text: null };
    const converted = definition.convert(unchecked, raw);
    return 'value' in converted ? { value: converted.value, text: null } : documentation(raw);
  }
  // Items not of text: as a file writes them where the catalog's facts say the option's items are of that type (or
  // where nothing is known of the option), which oslo reads back into those items; else oslo hands the service the
  // default as it is, which the model cannot hold: documentation.
  const typedItems = option.facts === undefined || option.facts.item !== undefined;
  const items = (values: unknown[]) => (typedItems || values.every((item) => typeof item === 'string') ? values.map(itemText) : null);
  if (Array.isArray(raw)) {
    const list = items(raw);
    if (list && definition.holds(list)) return { value: list, text: null };
  }
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const values = items(Object.values(raw));
    const dict = values && Object.fromEntries(Object.keys(raw).map((key, index) => [key, values[index]!]));
    if (dict && definition.holds(dict)) return { value: dict, text: null };
  }
  if (definition.holds(raw)) return { value: raw as OptionValue, text: null };
  // A number or boolean for a string option: oslo hands the service that value; its str() is what a file would say.
  if ((typeof raw === 'number' || typeof raw === 'boolean') && definition.holds(String(raw))) {
    return { value: typeof raw === 'boolean' ? (raw ? 'True' : 'False') : String(raw), text: null };
  }
  return documentation(generatorText(raw));
}

/** A value as the generator's sample writes it: lists joined by commas, dicts as `key:value`. */
function generatorText(value: unknown): string {
  if (Array.isArray(value)) return value.map(itemText).join(',');
  return itemText(value);
}

function itemText(item: unknown): string {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    return Object.entries(item)
      .map(([key, value]) => `${key}:${itemText(value)}`)
      .join(',');
  }
  if (item === null) return 'None';
  return typeof item === 'boolean' ? (item ? 'True' : 'False') : String(item);
}
