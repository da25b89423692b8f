// How set and migrate write a file: atomically, keeping owner, group, mode and links, and never leaving half a file.
import { appendFileSync, chownSync, chmodSync, lstatSync, mkdirSync, readlinkSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from '../../src/cli/fileSystem';
import { makeDirectory, readFiles, runIn, runWith } from './cliHarness';
import { recordingFileSystem } from './recordingFileSystem';

const ORIGINAL = '[DEFAULT]\ndebug = true\n\n[glance]\nnum_retries = 3\n';
const SET = ['set', 'nova.conf', 'glance.cafile=/etc/nova/ssl/glance-ca.pem'];
// nobody:nogroup on Debian: an owner and a group that are not root's, so that keeping them is visible.
const NOBODY = 65534;
const NOGROUP = 65534;

let directory: string;

beforeEach(() => {
  directory = makeDirectory();
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** What a user reads, with the test's directory as <dir>. */
function shown(text: string): string {
  return text.replaceAll(directory, '<dir>');
}

function expectRoot(why: string): void {
  expect(process.getuid?.(), `${why}: this test has to run as root (CI does)`).toBe(0);
}

describe('a write replaces the file in one step', () => {
  it('writes a temporary file beside it, flushes it, gives it the owner, group and mode, renames it over, flushes the directory', () => {
    writeFileSync(join(directory, 'nova.conf'), ORIGINAL, { mode: 0o640 });
    const { fs, calls } = recordingFileSystem(directory);
    const { status } = runIn(directory, SET, fs);
    expect(status).toBe(0);
    const { uid, gid } = statSync(join(directory, 'nova.conf'));
    expect(calls.map((call) => call.replace(`fchown(fd, ${uid}, ${gid})`, 'fchown(fd, UID, GID)'))).toMatchInlineSnapshot(`
      [
        "realpath(nova.conf)",
        "stat(nova.conf)",
        "readFile(nova.conf)",
        "realpath(nova.conf)",
        "stat(nova.conf)",
        "createExclusive(.nova.conf.*.tmp, 0600)",
        "writeAll(fd, 86 bytes)",
        "fsync(fd)",
        "fchown(fd, UID, GID)",
        "fchmod(fd, 0640)",
        "close(fd)",
        "realpath(nova.conf)",
        "stat(nova.conf)",
        "readFile(nova.conf)",
        "rename(.nova.conf.*.tmp, nova.conf)",
        "fsyncDirectory(.)",
      ]
    `);
    expect(readFiles(directory)).toEqual(new Map([['nova.conf', `${ORIGINAL}cafile = /etc/nova/ssl/glance-ca.pem\n`]]));
  });

  it('leaves the original byte for byte, and no temporary file, when any step fails', () => {
    const failures: [keyof FileSystem, string][] = [
      ['createExclusive', 'EROFS'],
      ['createExclusive', 'EACCES'],
      ['writeAll', 'ENOSPC'],
      ['writeAll', 'EDQUOT'],
      ['fsync', 'EIO'],
      ['fchown', 'EPERM'],
      ['fchmod', 'EPERM'],
      ['close', 'EIO'],
      ['rename', 'EBUSY'],
    ];
    const outcomes = failures.map(([call, code]) => {
      writeFileSync(join(directory, 'nova.conf'), ORIGINAL, { mode: 0o640 });
      const { fs, calls } = recordingFileSystem(directory, { call, code });
      const { status, stdout, stderr } = runIn(directory, SET, fs);
      expect(calls.some((made) => made.startsWith(`${call}(`))).toBe(true);
      expect(readFiles(directory)).toEqual(new Map([['nova.conf', ORIGINAL]]));
      expect(statSync(join(directory, 'nova.conf')).mode & 0o7777).toBe(0o640);
      return `${status} ${stdout}${stderr.trim()}`;
    });
    expect(outcomes).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: cannot write nova.conf: read-only file system. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: permission denied. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: no space left on device. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: disk quota exceeded. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: input/output error. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: cannot give the new file the owner and group of the original (uid 0, gid 0): operation not permitted. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: cannot give the new file the mode of the original (0640): operation not permitted. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: input/output error. Nothing was changed.",
        "2 oslo-config-editor: cannot write nova.conf: resource busy or locked. Nothing was changed.",
      ]
    `);
  });

  it('migrate writes the same way', () => {
    const text = '[ssl]\nca_file = /etc/ca.pem\n';
    writeFileSync(join(directory, 'nova.conf'), text);
    const { fs } = recordingFileSystem(directory, { call: 'rename', code: 'EACCES' });
    const failed = runIn(directory, ['migrate', 'nova.conf'], fs);
    expect([failed.status, failed.stdout, failed.stderr]).toMatchInlineSnapshot(`
      [
        2,
        "",
        "oslo-config-editor: cannot write nova.conf: permission denied. Nothing was changed.
      ",
      ]
    `);
    expect(readFiles(directory)).toEqual(new Map([['nova.conf', text]]));
  });

  it('says the file was written when only flushing its directory fails; a file system that cannot flush one is fine', () => {
    writeFileSync(join(directory, 'nova.conf'), ORIGINAL);
    const failed = runIn(directory, SET, recordingFileSystem(directory, { call: 'fsyncDirectory', code: 'EIO' }).fs);
    expect([failed.status, failed.stderr]).toMatchInlineSnapshot(`
      [
        2,
        "oslo-config-editor: nova.conf was written, but its directory could not be flushed to disk (input/output error): the change may not survive a power failure
      ",
      ]
    `);
    expect(readFiles(directory).get('nova.conf')).toContain('cafile = /etc/nova/ssl/glance-ca.pem');
    const unsupported = runIn(directory, ['set', 'nova.conf', 'glance.timeout=60'], recordingFileSystem(directory, { call: 'fsyncDirectory', code: 'EINVAL' }).fs);
    expect([unsupported.status, unsupported.stderr]).toEqual([0, '']);
  });
});

describe('what a write keeps', () => {
  it('owner, group and mode: nobody:nogroup 640 stays nobody:nogroup 640', () => {
    expectRoot('only root can give a file to nobody:nogroup');
    const path = join(directory, 'nova.conf');
    writeFileSync(path, ORIGINAL);
    chownSync(path, NOBODY, NOGROUP);
    chmodSync(path, 0o640);
    expect(runIn(directory, SET).status).toBe(0);
    const after = statSync(path);
    expect({ uid: after.uid, gid: after.gid, mode: (after.mode & 0o7777).toString(8) }).toEqual({ uid: NOBODY, gid: NOGROUP, mode: '640' });
    expect(readFiles(directory).get('nova.conf')).toContain('cafile = /etc/nova/ssl/glance-ca.pem');
  });

  it('a link: the file it links to is edited and the link stays a link', () => {
    mkdirSync(join(directory, 'kolla'));
    writeFileSync(join(directory, 'kolla/nova.conf'), ORIGINAL, { mode: 0o600 });
    symlinkSync('kolla/nova.conf', join(directory, 'nova.conf'));
    expect(runIn(directory, SET).status).toBe(0);
    expect(lstatSync(join(directory, 'nova.conf')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(directory, 'nova.conf'))).toBe('kolla/nova.conf');
    expect(readFiles(join(directory, 'kolla'))).toEqual(new Map([['nova.conf', `${ORIGINAL}cafile = /etc/nova/ssl/glance-ca.pem\n`]]));
    expect(statSync(join(directory, 'kolla/nova.conf')).mode & 0o7777).toBe(0o600);
    const failed = runIn(directory, SET, recordingFileSystem(directory, { call: 'writeAll', code: 'ENOSPC' }).fs);
    expect(shown(failed.stderr)).toMatchInlineSnapshot(`
      "oslo-config-editor: cannot write nova.conf -> <dir>/kolla/nova.conf: no space left on device. Nothing was changed.
      "
    `);
  });
});

/** The real file system, where another program runs `write` just as the CLI starts writing (after its read). */
function withAnotherWriter(write: () => void): FileSystem {
  return {
    ...nodeFileSystem,
    createExclusive: (path, mode) => {
      write();
      return nodeFileSystem.createExclusive(path, mode);
    },
  };
}

describe('another program writing the file meanwhile', () => {
  const path = () => join(directory, 'nova.conf');
  const OTHER = '[glance]\nnum_retries = 7\n';
  const writers: [string, () => void][] = [
    ['appends a line', () => appendFileSync(path(), 'timeout = 60\n')],
    ['rewrites a byte and puts the modification time back', () => {
      writeFileSync(path(), ORIGINAL.replace('3', '4'));
      utimesSync(path(), 1_700_000_000, 1_700_000_000);
    }],
    ['touches it', () => utimesSync(path(), 1_700_000_001, 1_700_000_001)],
    ['replaces it', () => {
      unlinkSync(path());
      writeFileSync(path(), OTHER);
    }],
    ['removes it', () => unlinkSync(path())],
  ];

  it('is refused: the other change stays, and nothing is left behind', () => {
    const outcomes = writers.map(([what, write]) => {
      writeFileSync(path(), ORIGINAL);
      utimesSync(path(), 1_700_000_000, 1_700_000_000);
      let after = '';
      const run = runIn(directory, SET, withAnotherWriter(() => {
        write();
        after = readFiles(directory).get('nova.conf') ?? '(none)';
      }));
      expect(readFiles(directory)).toEqual(after === '(none)' ? new Map() : new Map([['nova.conf', after]]));
      return `${what}: ${run.status} ${run.stderr.trim()}`;
    });
    expect(outcomes).toMatchInlineSnapshot(`
      [
        "appends a line: 2 oslo-config-editor: nova.conf was changed by another program while this edit was under way (its size is not what it was). Nothing was changed: run the command again, or add --force to overwrite the other change.",
        "rewrites a byte and puts the modification time back: 2 oslo-config-editor: nova.conf was changed by another program while this edit was under way (its content is not what it was). Nothing was changed: run the command again, or add --force to overwrite the other change.",
        "touches it: 2 oslo-config-editor: nova.conf was changed by another program while this edit was under way (its modification time is not what it was). Nothing was changed: run the command again, or add --force to overwrite the other change.",
        "replaces it: 2 oslo-config-editor: nova.conf was changed by another program while this edit was under way (its size is not what it was). Nothing was changed: run the command again, or add --force to overwrite the other change.",
        "removes it: 2 oslo-config-editor: nova.conf was changed by another program while this edit was under way (it was removed). Nothing was changed: run the command again, or add --force to overwrite the other change.",
      ]
    `);
  });

  it('so is a link that now leads to another file', () => {
    writeFileSync(join(directory, 'a.conf'), ORIGINAL);
    writeFileSync(join(directory, 'b.conf'), OTHER);
    symlinkSync('a.conf', path());
    const run = runIn(directory, SET, withAnotherWriter(() => {
      unlinkSync(path());
      symlinkSync('b.conf', path());
    }));
    expect(shown(`${run.status} ${run.stderr}`)).toMatchInlineSnapshot(`
      "2 oslo-config-editor: nova.conf -> <dir>/a.conf was changed by another program while this edit was under way (it now leads to <dir>/b.conf). Nothing was changed: run the command again, or add --force to overwrite the other change.
      "
    `);
    expect(readFiles(directory)).toEqual(new Map([['a.conf', ORIGINAL], ['b.conf', OTHER]]));
  });

  it('--force overwrites the other change', () => {
    writeFileSync(path(), ORIGINAL);
    const run = runIn(directory, [...SET, '--force'], withAnotherWriter(() => appendFileSync(path(), 'timeout = 60\n')));
    expect(run.status).toBe(0);
    expect(readFiles(directory)).toEqual(new Map([['nova.conf', `${ORIGINAL}cafile = /etc/nova/ssl/glance-ca.pem\n`]]));
  });

  it('-o refuses a file that appears at OUT meanwhile', () => {
    writeFileSync(path(), ORIGINAL);
    const run = runIn(directory, ['migrate', 'nova.conf', '-o', 'new.conf'], withAnotherWriter(() => writeFileSync(join(directory, 'new.conf'), OTHER)));
    expect(`${run.status} ${run.stderr}`).toMatchInlineSnapshot(`
      "2 oslo-config-editor: new.conf was changed by another program while this edit was under way (it was created). Nothing was changed: run the command again, or add --force to overwrite the other change.
      "
    `);
    expect(readFiles(directory)).toEqual(new Map([['new.conf', OTHER], ['nova.conf', ORIGINAL]]));
  });
});

describe('--backup[=SUFFIX]', () => {
  const EDITED = `${ORIGINAL}cafile = /etc/nova/ssl/glance-ca.pem\n`;

  it('keeps the original beside the file, with its owner, group and mode, replacing an older backup', () => {
    expectRoot('only root can give a file to nobody:nogroup');
    const path = join(directory, 'nova.conf');
    writeFileSync(path, ORIGINAL);
    chownSync(path, NOBODY, NOGROUP);
    chmodSync(path, 0o640);
    writeFileSync(join(directory, 'nova.conf.bak'), 'an older backup\n');
    expect(runIn(directory, [...SET, '--backup']).status).toBe(0);
    expect(readFiles(directory)).toEqual(new Map([['nova.conf', EDITED], ['nova.conf.bak', ORIGINAL]]));
    const backup = statSync(join(directory, 'nova.conf.bak'));
    expect({ uid: backup.uid, gid: backup.gid, mode: (backup.mode & 0o7777).toString(8) }).toEqual({ uid: NOBODY, gid: NOGROUP, mode: '640' });
  });

  it('takes another suffix; through a link, keeps it beside the file linked to; migrate too', () => {
    mkdirSync(join(directory, 'kolla'));
    writeFileSync(join(directory, 'kolla/nova.conf'), ORIGINAL);
    symlinkSync('kolla/nova.conf', join(directory, 'nova.conf'));
    expect(runIn(directory, [...SET, '--backup=.orig']).status).toBe(0);
    expect(readFiles(join(directory, 'kolla'))).toEqual(new Map([['nova.conf', EDITED], ['nova.conf.orig', ORIGINAL]]));
    const migrated = runWith({ 'nova.conf': '[ssl]\nca_file = /ca.pem\n' }, ['migrate', 'nova.conf', '--backup']);
    expect(migrated.files).toEqual(new Map([['nova.conf', '[ssl]\n\n[glance]\ncafile = /ca.pem\n'], ['nova.conf.bak', '[ssl]\nca_file = /ca.pem\n']]));
  });

  it('keeps nothing for a new file, and refuses an empty suffix or one with a /', () => {
    const files = { 'nova.conf': ORIGINAL };
    expect(runWith(files, [...SET, '-o', 'new.conf', '--backup']).files).toEqual(new Map([['new.conf', EDITED], ['nova.conf', ORIGINAL]]));
    const refused = [runWith(files, [...SET, '--backup=']), runWith(files, [...SET, '--backup=/tmp/x'])];
    expect(refused.map(({ status, stderr, files: after }) => `${status} ${after.size} ${stderr.trim()}`)).toMatchInlineSnapshot(`
      [
        "2 1 oslo-config-editor: --backup=: the suffix must not be empty or hold a /, the backup goes beside the file",
        "2 1 oslo-config-editor: --backup=/tmp/x: the suffix must not be empty or hold a /, the backup goes beside the file",
      ]
    `);
  });

  it('where it cannot be kept, nothing is changed; where the rename then fails, the backup is the unchanged original', () => {
    // The first rename gives the backup its name, the second puts the edit in place.
    const failures = [{ call: 'link', code: 'EPERM' }, { call: 'rename', code: 'EACCES' }, { call: 'rename', code: 'EBUSY', occurrence: 2 }] as const;
    const outcomes = failures.map((failure) => {
      writeFileSync(join(directory, 'nova.conf'), ORIGINAL);
      const run = runIn(directory, [...SET, '--backup'], recordingFileSystem(directory, failure).fs);
      return `${run.status} ${run.stderr.trim()} | ${[...readFiles(directory)].map(([name, text]) => `${name}${text === ORIGINAL ? ' (original)' : ''}`).join(', ')}`;
    });
    rmSync(join(directory, 'nova.conf.bak'));
    mkdirSync(join(directory, 'nova.conf.bak'));
    const directoryInTheWay = runIn(directory, [...SET, '--backup']);
    outcomes.push(`${directoryInTheWay.status} ${directoryInTheWay.stderr.trim()}`);
    expect(readFiles(directory).get('nova.conf')).toBe(ORIGINAL);
    expect(outcomes).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: cannot write nova.conf: cannot keep the original as nova.conf.bak: operation not permitted. Nothing was changed. | nova.conf (original)",
        "2 oslo-config-editor: cannot write nova.conf: cannot keep the original as nova.conf.bak: permission denied. Nothing was changed. | nova.conf (original)",
        "2 oslo-config-editor: cannot write nova.conf: resource busy or locked. Nothing was changed. | nova.conf (original), nova.conf.bak (original)",
        "2 oslo-config-editor: cannot write nova.conf: cannot keep the original as nova.conf.bak: it is a directory. Nothing was changed.",
      ]
    `);
  });
});

describe('-o OUT', () => {
  it('a new file gets mode 640, or less where the umask takes more away', () => {
    writeFileSync(join(directory, 'nova.conf'), ORIGINAL, { mode: 0o644 });
    const before = process.umask();
    try {
      const modes = [0o000, 0o002, 0o022, 0o027, 0o077].map((umask) => {
        process.umask(umask);
        rmSync(join(directory, 'new.conf'), { force: true });
        expect(runIn(directory, [...SET, '-o', 'new.conf']).status).toBe(0);
        return `umask ${umask.toString(8).padStart(3, '0')}: ${(statSync(join(directory, 'new.conf')).mode & 0o7777).toString(8)}`;
      });
      expect(modes).toMatchInlineSnapshot(`
        [
          "umask 000: 640",
          "umask 002: 640",
          "umask 022: 640",
          "umask 027: 640",
          "umask 077: 600",
        ]
      `);
    } finally {
      process.umask(before);
    }
  });

  it('an existing OUT keeps its own mode', () => {
    writeFileSync(join(directory, 'nova.conf'), ORIGINAL);
    writeFileSync(join(directory, 'out.conf'), 'old\n', { mode: 0o600 });
    expect(runIn(directory, [...SET, '-o', 'out.conf']).status).toBe(0);
    expect(statSync(join(directory, 'out.conf')).mode & 0o7777).toBe(0o600);
    expect(readFiles(directory).get('out.conf')).toContain('cafile = /etc/nova/ssl/glance-ca.pem');
  });

  it('exits 2 with a sentence, changing nothing, for a missing directory or a directory as OUT or FILE', () => {
    const files = { 'nova.conf': ORIGINAL };
    const outcomes = [
      runWith(files, [...SET, '-o', 'missing/new.conf']),
      runWith(files, ['migrate', 'nova.conf', '-o', 'missing/new.conf']),
      runWith(files, [...SET, '-o', '.']),
      runWith(files, ['set', '.', 'glance.timeout=60']),
    ];
    for (const { files: after } of outcomes) expect(after).toEqual(new Map([['nova.conf', ORIGINAL]]));
    expect(outcomes.map(({ status, stderr }) => `${status} ${stderr.trim()}`)).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: cannot write missing/new.conf: the directory missing does not exist. Nothing was changed.",
        "2 oslo-config-editor: cannot write missing/new.conf: the directory missing does not exist. Nothing was changed.",
        "2 oslo-config-editor: cannot write .: it is a directory. Nothing was changed.",
        "2 oslo-config-editor: cannot read .: it is a directory",
      ]
    `);
  });
});
