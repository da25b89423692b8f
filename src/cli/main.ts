import { check } from './commands/check';
import { exportSections } from './commands/exportSections';
import { migrate } from './commands/migrate';
import { set } from './commands/set';
import { upgrade } from './commands/upgrade';
import { type CliIo, FileError, processIo, UsageError } from './io';

const USAGE = `usage: oslo-config-editor <command> ...

  check FILE... [SCHEMA] [--format text|json|sarif] [--json] [--strict]
      [--checklist] [--deployed [--group NAME]]
      Parse, resolve and check files as oslo reads them (later files win, as with
      repeated --config-file). Exit 0 when oslo accepts them, 1 on parse errors or
      bad values (--strict: also on insecure settings), 2 on usage errors.
      Also reports deprecated and unknown keys, lines oslo ignores and insecure
      settings, each with what happens, why it matters and what to do.
      --checklist: the OpenStack Security Guide's checklist of the service, for
      each file on its own: every item as pass, fail or not applicable; exit 1
      when an item fails. --deployed: the files are where the service reads them:
      also check their owner (root and the service's group, named by --group,
      default the service's name) and mode (640 or stricter, or a 750 directory).
  export --values V.json [SCHEMA] [--annotated]
      Print the sections for {"group": {"option": value}}; refuse values that
      oslo refuses or would not read back exactly, or the service cannot use.
  set FILE group.option=value... [--unset group.option]... [-o OUT] [--force]
      [--backup[=SUFFIX]] [--diff] [SCHEMA]
      Edit FILE (or write OUT): only the lines of those options change.
  migrate FILE [-o OUT] [--force] [--backup[=SUFFIX]] [--diff] [SCHEMA]
      Rewrite old (deprecated) option names to the new ones in FILE (or write
      OUT), keeping values and every other byte; refuse, with the reason, where
      oslo would read the result differently.
  upgrade FILE... --service NAME [--from R1] --to R2 [--json] [-o OUT]
      [--force] [--backup[=SUFFIX]]
      What the files mean under R2 that they did not under R1 (default: zed):
      lines R2 ignores, values it refuses or reads otherwise, defaults that
      change, options it deprecates or requires. -o writes the file rewritten
      for R2: names R2 reads, removed options commented out, the rest kept.

  set and migrate replace a file in one step, keeping its owner, group and
  mode (a new file gets mode 640), and follow links. Exit 2, with nothing
  changed, when the file cannot be written or another program changed it
  while it was being edited.

  SCHEMA is the options the file is read with; default: nova's [glance] group
  as the seed defines it.
  --schema S         oslo-config-generator output (JSON or YAML) of any service
  --service NAME     a service of the catalog this package ships (nova, glance,
  [--release R]      cinder, neutron, keystone, placement, manila, barbican,
                     heat, octavia, ironic), at a release named or numbered
                     (zed, 2022.2); default: zed
  --force            write even though another program changed the file
                     meanwhile (that change is then lost)
  --backup[=SUFFIX]  keep the file being replaced beside it as FILE.bak (or
                     FILESUFFIX), with its owner, group and mode
  --diff             print the change as a unified diff (what patch reads)
                     instead of writing it; no file is changed
`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => number> = {
  check,
  export: exportSections,
  migrate,
  set,
  upgrade,
};

/** Runs the CLI and returns its exit status. */
export function runCli(argv: string[], io: CliIo = processIo): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return command(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof FileError)) throw error;
    io.stderr(`oslo-config-editor: ${error.message}\n${command ? '' : USAGE}`);
    return 2;
  }
}
