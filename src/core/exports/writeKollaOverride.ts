import { assignment, type GroupValues, type WriteError } from '../ini/writeSection';
import type { ConfigSchema } from '../schema/types';
import { formattedEntries } from './formattedEntries';

// Jinja's delimiters: kolla-ansible renders an override file as a template before merging it.
const JINJA = /\{[{%#]/;
const RAW_END = /\{%[-+]?\s*endraw\s*[-+]?%\}/;

/**
 * The override file kolla-ansible merges into the service's file (`/etc/kolla/config/nova.conf`): a section per group
 * with the options that are set. kolla-ansible renders it with Jinja, then reads it with oslo's own INI parser, which
 * takes the quotes off a quoted value and writes the value back bare; so text with Jinja's delimiters is kept between
 * `{% raw %}` and `{% endraw %}`, and a value that needs its quotes (spaces at an end) is refused. Each option the file
 * sets replaces all of that option's lines in the merged file.
 */
export function writeKollaOverride(schema: ConfigSchema, values: Record<string, GroupValues>): { text: string } | { errors: WriteError[] } {
  const { entries, errors } = formattedEntries(schema, values);
  const sections = new Map<string, string[]>();
  for (const { group, option, texts } of entries) {
    for (const text of texts) {
      if (/^(["']).*\1$/.test(text) && text.length > 1) {
        errors.push({
          group: group.name,
          option: option.dest,
          message: `${option.dest} needs quotes around its value (${text}) to keep it as it is, and kolla-ansible's merge takes them off`,
        });
      } else if (RAW_END.test(text)) {
        errors.push({ group: group.name, option: option.dest, message: `${option.dest} holds Jinja's {% endraw %}, which no override file can keep from Jinja` });
      }
    }
    const lines = sections.get(group.name) ?? [];
    lines.push(...texts.map((text) => assignment(`${option.dest} = `, text)));
    sections.set(group.name, lines);
  }
  if (errors.length) return { errors };
  const body = [...sections].map(([group, lines]) => `[${group}]\n${lines.join('\n')}\n`).join('\n');
  return { text: JINJA.test(body) ? `{% raw %}\n${body}{% endraw %}\n` : body };
}
