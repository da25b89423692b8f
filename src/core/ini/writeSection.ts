import type { GroupSchema, OptionSchema, OptionValue } from '../schema/types';
import { formatValue } from '../types/formatValue';
import { wrapComment } from './wrapComment';

export type SectionStyle = 'minimal' | 'annotated';

export interface WriteError {
  group: string;
  option: string;
  message: string;
}

/** The values of a group that are set, by dest; an absent key means unset (oslo uses the default). */
export type GroupValues = Record<string, OptionValue>;

/** The `key = value` lines for an option, or why it cannot be written. */
export function formatOptionLines(option: OptionSchema, value: OptionValue): { lines: string[] } | { error: string } {
  const formatted = formatValue(option, value);
  if ('error' in formatted) return formatted;
  return { lines: formatted.texts.map((text) => assignment(`${option.dest} = `, text)) };
}

/** A line assigning a formatted value after `prefix` (`key = `), without trailing space for an empty value. */
export function assignment(prefix: string, text: string): string {
  return text === '' ? prefix.replace(/[ \t]+$/, '') : prefix + text;
}

/**
 * A new `[group]` section for the values: `minimal` holds just the options that are set; `annotated` is the
 * generator's sample style, every option with its help, and the defaults of unset options commented out.
 * Nothing is written when any value cannot be written faithfully: the errors say which and why.
 */
export function writeSection(
  group: GroupSchema,
  values: GroupValues,
  style: SectionStyle = 'minimal',
): { text: string } | { errors: WriteError[] } {
  const errors: WriteError[] = [];
  const known = new Set(group.options.map((option) => option.dest));
  for (const dest of Object.keys(values)) {
    if (!known.has(dest)) errors.push({ group: group.name, option: dest, message: `no option "${dest}" in [${group.name}]` });
  }
  const out = [`[${group.name}]`];
  if (style === 'annotated' && group.help) out.push(...wrapComment(group.help), '');
  for (const option of group.options) {
    const isSet = Object.hasOwn(values, option.dest);
    if (!isSet && style === 'minimal') continue;
    if (style === 'annotated') out.push(...describeOption(option, group.name));
    if (isSet) {
      const lines = formatOptionLines(option, values[option.dest]!);
      if ('error' in lines) errors.push({ group: group.name, option: option.dest, message: `${option.dest} ${lines.error}` });
      else out.push(...lines.lines);
    } else {
      out.push(...formatDefaults(option).map((text) => `#${option.dest} =${text ? ` ${text}` : ''}`));
    }
    if (style === 'annotated') out.push('');
  }
  return errors.length ? { errors } : { text: `${out.join('\n')}\n` };
}

// An option's comment lines never change, and an annotated file of a whole service wraps a thousand help texts.
const descriptions = new WeakMap<OptionSchema, string[]>();

function describeOption(option: OptionSchema, group: string): string[] {
  let lines = descriptions.get(option);
  if (!lines) descriptions.set(option, (lines = buildDescription(option, group)));
  return lines;
}

function buildDescription(option: OptionSchema, group: string): string[] {
  const prefix = option.deprecatedForRemoval && !option.help.startsWith('DEPRECATED') ? 'DEPRECATED: ' : '';
  const help = option.help ? `${prefix}${option.help} (${option.typeName})` : `(${option.typeName})`;
  const lines = wrapComment(help);
  if (option.min !== null) lines.push(`# Minimum value: ${option.min}`);
  if (option.max !== null) lines.push(`# Maximum value: ${option.max}`);
  if (option.choices.length) {
    lines.push('# Possible values:');
    for (const choice of option.choices) {
      const value = choice.value === null ? '<None>' : choice.value === '' ? "''" : String(choice.value);
      lines.push(...wrapComment(`${value} - ${choice.description ?? '<No description provided>'}`));
    }
  }
  if (option.mutable) lines.push('# Note: This option can be changed without restarting.');
  for (const old of option.oldNames) {
    // An old name without a group is in the option's own group.
    if (!old.name.includes('-')) lines.push(`# Deprecated group/name - [${old.group || group}]/${old.name}`);
  }
  if (option.deprecatedForRemoval) {
    lines.push(
      option.deprecatedSince
        ? `# This option is deprecated for removal since ${option.deprecatedSince}.`
        : '# This option is deprecated for removal.',
      '# Its value may be silently ignored in the future.',
    );
    if (option.deprecatedReason) lines.push(...wrapComment(`Reason: ${option.deprecatedReason}`));
  }
  if (option.advanced) {
    lines.push(
      '# Advanced Option: intended for advanced users and not used',
      '# by the majority of users, and might have a significant',
      '# effect on stability and/or performance.',
    );
  }
  return lines;
}

/** The default as the generator prints it in a sample: `<None>`, `false`, `a,b`, `k:v`. */
export function formatDefaults(option: OptionSchema): string[] {
  const quote = (text: string) => (text.trim() !== text ? `"${text}"` : text);
  // The generator's sample shows the sample default, also where it is an example beside a default of None.
  const documented = option.sampleDefault ?? option.defaultText;
  if (documented !== null) return [quote(documented)];
  const value = option.default;
  if (option.type === 'multi') return Array.isArray(value) && value.length ? value.map(quote) : [''];
  if (value === null) return ['<None>'];
  if (Array.isArray(value)) return [quote(value.join(','))];
  if (typeof value === 'object') {
    return [quote(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}:${v}`).join(','))];
  }
  return [quote(String(value))];
}
