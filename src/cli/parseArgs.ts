import { UsageError } from './io';

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  /** Options that take a value; repeatable ones keep every value in order. */
  options: Map<string, string[]>;
}

/**
 * Splits argv by the command's declared flags and valued options; anything else starting with `-` is a usage error.
 * An option of `optionallyValued` takes its value only after `=` (`--backup=.orig`); alone, it has the value `optionallyValued` gives it.
 */
export function parseArgs(argv: string[], flags: string[], valued: string[], optionallyValued: Record<string, string> = {}): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flags.includes(name)) {
      parsed.flags.add(name);
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++index];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      parsed.options.set(name, [...(parsed.options.get(name) ?? []), value]);
    } else if (Object.hasOwn(optionallyValued, name)) {
      parsed.options.set(name, [...(parsed.options.get(name) ?? []), inline ?? optionallyValued[name]!]);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}

export function lastOption(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}
