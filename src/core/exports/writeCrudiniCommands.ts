import type { GroupValues, WriteError } from '../ini/writeSection';
import type { ConfigSchema } from '../schema/types';
import { formattedEntries } from './formattedEntries';

/** Where a service's file usually is: `/etc/nova/nova.conf`, `/etc/glance/glance-api.conf`. */
export function usualPath(fileName: string): string {
  return `/etc/${fileName.split(/[-.]/)[0] || fileName}/${fileName}`;
}

/**
 * A shell script of `crudini --set` commands (Debian's crudini) that set each option that is set in the file given as
 * its argument, and leave every other line of it as it is. crudini writes the value text as given, so each command
 * gives the text oslo reads back as the value. crudini keeps one line per key, so a multi valued option is first
 * deleted (`--del` removes all its lines) and may then have one entry only.
 */
export function writeCrudiniCommands(
  schema: ConfigSchema,
  values: Record<string, GroupValues>,
  fileName: string,
): { text: string } | { errors: WriteError[] } {
  const { entries, errors } = formattedEntries(schema, values);
  const commands: string[] = [];
  for (const { group, option, texts } of entries) {
    const target = `"$conf" ${shellWord(group.name)} ${shellWord(option.dest)}`;
    if (option.type === 'multi') {
      if (texts.length > 1) {
        errors.push({
          group: group.name,
          option: option.dest,
          message: `${option.dest} has ${texts.length} entries, and crudini writes a key once: set it in the file itself`,
        });
        continue;
      }
      commands.push(`crudini --del ${target}`);
    }
    commands.push(`crudini --set -- ${target} ${shellWord(texts[0]!)}`);
  }
  if (errors.length) return { errors };
  return {
    text: [
      '#!/bin/sh',
      `# Sets the options of ${fileName} that are set in the editor, with crudini; other lines stay as they are.`,
      `# Usage: sh ${crudiniScriptName(fileName)} [FILE], FILE being ${usualPath(fileName)} unless given.`,
      'set -e',
      `conf=\${1:-${shellWord(usualPath(fileName))}}`,
      ...commands,
      '',
    ].join('\n'),
  };
}

export function crudiniScriptName(fileName: string): string {
  return `${fileName.replace(/\.conf$/, '')}-crudini.sh`;
}

function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+,=-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
