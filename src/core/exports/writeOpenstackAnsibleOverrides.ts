import type { GroupValues, WriteError } from '../ini/writeSection';
import type { ConfigSchema } from '../schema/types';
import { formattedEntries } from './formattedEntries';

/**
 * OpenStack-Ansible's variable for a service's file: `nova_nova_conf_overrides` for nova.conf,
 * `glance_glance_api_conf_overrides` for glance-api.conf (the service is the file name up to its first `-` or `.`).
 */
export function openstackAnsibleVariable(fileName: string): string {
  const base = fileName.replace(/\.conf$/, '');
  const service = base.split(/[-.]/)[0] || base;
  return `${service}_${base}_conf_overrides`.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * The YAML of OpenStack-Ansible's `<service>_<file>_overrides` variable, which its config_template plugin merges into
 * the service's file: a mapping of sections to options. As its documentation gives: a list is a YAML sequence, which it
 * joins with commas; a multi valued option is a YAML set (`? entry`), which it writes as one line per entry, sorted
 * and without repeats (so entries that are not in that order are refused); anything else is written as its text.
 * Ansible renders strings with Jinja, so text with Jinja's delimiters is tagged `!unsafe`.
 */
export function writeOpenstackAnsibleOverrides(
  schema: ConfigSchema,
  values: Record<string, GroupValues>,
  variable: string,
): { text: string } | { errors: WriteError[] } {
  const { entries, errors } = formattedEntries(schema, values);
  const sections = new Map<string, string[]>();
  for (const { group, option, texts } of entries) {
    const lines = sections.get(group.name) ?? [];
    const key = `    ${yamlKey(option.dest)}:`;
    const value = values[group.name]![option.dest];
    if (option.type === 'multi') {
      const ordered = [...new Set(texts)].sort(pythonOrder);
      if (ordered.length !== texts.length || ordered.some((text, index) => text !== texts[index])) {
        errors.push({
          group: group.name,
          option: option.dest,
          message: `${option.dest}: OpenStack-Ansible writes the entries of a multi valued option sorted and without repeats; put them in that order to export`,
        });
      }
      lines.push(key, ...texts.map((text) => `      ? ${yamlString(text)}`));
    } else if (option.type === 'list' && Array.isArray(value) && texts[0] === value.map((item) => item.replaceAll('$', '$$')).join(',')) {
      lines.push(value.length ? key : `${key} []`, ...value.map((item) => `      - ${yamlString(item.replaceAll('$', '$$'))}`));
    } else if (typeof value === 'boolean' || (typeof value !== 'string' && /^-?\d+$/.test(texts[0]!))) {
      lines.push(`${key} ${texts[0]}`);
    } else {
      lines.push(`${key} ${yamlString(texts[0]!)}`);
    }
    sections.set(group.name, lines);
  }
  if (errors.length) return { errors };
  const body = [...sections].map(([group, lines]) => `  ${yamlKey(group)}:\n${lines.join('\n')}\n`).join('');
  return { text: `${variable}:${sections.size ? `\n${body}` : ' {}\n'}` };
}

// A JSON string is a YAML double-quoted scalar.
function yamlString(text: string): string {
  return `${/\{[{%#]/.test(text) ? '!unsafe ' : ''}${JSON.stringify(text)}`;
}

function yamlKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : JSON.stringify(name);
}

// Python's sorted() of str: by code point.
function pythonOrder(a: string, b: string): number {
  const left = [...a].map((char) => char.codePointAt(0)!);
  const right = [...b].map((char) => char.codePointAt(0)!);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    if (left[index] !== right[index]) return left[index]! - right[index]!;
  }
  return left.length - right.length;
}
