// The draft kept in storage: checked on load against a schema of its format (a damaged or foreign one is set aside,
// never dropped, and never breaks the session), secrets withheld unless the user keeps them, exact integers, and two
// pages on one draft that never overwrite each other silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIni, readGeneratorData } from '../../src/core';
import { optionTypes } from '../../src/core/types/optionTypes';
import { createEditorSession, setField, unsetField, type EditorSession, type FieldState } from '../../src/session';
import { draftKey } from '../../src/session/persistDraft';
import { MemoryStorage } from '../support/memoryStorage';
import { itWithSeeds } from '../support/seeds';

function option(name: string, fields: Record<string, unknown> = {}) {
  return { name, dest: name, type: 'string value', default: null, help: '', deprecated_opts: [], ...fields };
}

const schema = readGeneratorData({
  options: {
    DEFAULT: { help: '', opts: [option('debug', { type: 'boolean value', default: false })] },
    database: {
      help: '',
      opts: [
        option('connection', { secret: true }),
        option('password', { secret: true }),
        option('pool', { type: 'integer value', default: 5 }),
        option('ratio', { type: 'floating point value', default: 1.5 }),
        option('hosts', { type: 'list value', default: [] }),
        option('labels', { type: 'dict value', default: {} }),
      ],
    },
  },
});
const key = draftKey(schema, undefined);

function open(storage: MemoryStorage): EditorSession {
  return createEditorSession({ schema, storage, saveDelay: 0 });
}

function set(session: EditorSession, dest: string, value: Parameters<typeof setField>[1]) {
  const target = schema.groups[1]!.options.find((candidate) => candidate.dest === dest)!;
  session.setField('database', dest, setField(target, value));
  session.flush();
}

const field = (session: EditorSession, dest: string) => session.getState().fields.database![dest]!;

describe('the draft across sessions', () => {
  it('keeps values, integers beyond 2^53 and half-typed numbers exactly', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    set(first, 'pool', 12345678901234567890n);
    set(first, 'ratio', Number.NaN);
    set(first, 'hosts', ['a', 'b']);
    const second = open(storage);
    expect(field(second, 'pool')).toEqual({ set: true, value: 12345678901234567890n });
    expect(field(second, 'ratio').value).toBeNaN();
    expect(field(second, 'hosts')).toEqual({ set: true, value: ['a', 'b'] });
    expect(second.getState().notice).toBeNull();
  });
});

describe('secrets', () => {
  it('never writes the value of a secret: the draft says it was set, and asks for it again', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    set(first, 'password', 's3cr$t');
    set(first, 'connection', 'mysql+pymysql://nova:hunter2@db/nova');
    expect(storage.dump()).not.toMatch(/s3cr|hunter2/);

    const second = open(storage);
    expect(field(second, 'password')).toEqual({ set: true, value: '', withheld: true });
    expect(second.problemOf('database', 'password')?.message).toMatchInlineSnapshot(
      `"Enter this secret again: it was set, and drafts do not keep secrets (unless you choose to keep them)."`,
    );
    expect(second.getExport().text).toBeNull();
    set(second, 'password', 's3cr$t');
    set(second, 'connection', 'mysql+pymysql://nova:hunter2@db/nova');
    expect(second.getExport().text).toBe('[database]\nconnection = mysql+pymysql://nova:hunter2@db/nova\npassword = s3cr$$t\n');
  });

  it('keeps them when the user chooses to, and says so in the draft', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    first.setKeepSecrets(true);
    set(first, 'password', 's3cret');
    expect(storage.dump()).toContain('s3cret');
    const second = open(storage);
    expect(second.getState().keepSecrets).toBe(true);
    expect(field(second, 'password')).toEqual({ set: true, value: 's3cret' });
    second.setKeepSecrets(false);
    second.flush();
    expect(storage.dump()).not.toContain('s3cret');
  });

  it('keeps the secrets of an imported file out too: their lines stay, without their values', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    const text = '[DEFAULT]\ndebug = true\n\n[database]\n# the primary\nconnection = mysql://nova:hunter2@db/nova\npassword : s3cret\npool = 3\n';
    expect(first.importText('nova.conf', text).ok).toBe(true);
    set(first, 'pool', 4);
    expect(storage.dump()).not.toMatch(/hunter2|s3cret/);

    const second = open(storage);
    expect(second.getState().document!.text).toBe('[DEFAULT]\ndebug = true\n\n[database]\n# the primary\nconnection = \npassword : \npool = 3\n');
    expect(second.getExport().problems.map((problem) => problem.option)).toEqual(['connection', 'password']);
    set(second, 'connection', 'mysql://nova:hunter2@db/nova');
    set(second, 'password', 's3cret');
    expect(second.getExport().text).toBe(text.replace('pool = 3', 'pool = 4'));
  });

  itWithSeeds('keeps no secret of any file out of storage: continuation lines, duplicates and old names included', [7], (seed) => {
    const secretSchema = readGeneratorData({
      options: {
        DEFAULT: { help: '', opts: [] },
        database: { help: '', opts: [option('password', { secret: true, deprecated_opts: [{ group: 'DEFAULT', name: 'db_password' }] }), option('user')] },
      },
    });
    // A secret's lines: its key, then maybe continuation lines, which are part of its value.
    const secret = fc
      .tuple(
        fc.constantFrom('password', 'db_password', 'password '),
        fc.constantFrom(' = ', '=', ': ', ' :'),
        fc.constantFrom('TOPSECRET', '"TOPSECRET"', 'a TOPSECRET b', ''),
        fc.array(fc.constantFrom('  TOPSECRET continued', '\tmore TOPSECRET'), { maxLength: 2 }),
      )
      .map(([name, separator, value, more]) => [`${name}${separator}${value}`, ...more].join('\n'));
    const line = fc.oneof(fc.constantFrom('[database]', '[DATABASE]', '[DEFAULT]', '', '# note', 'user = nova', '  continued'), secret);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, typed) => {
        const text = ['[database]', ...lines].join('\n');
        const storage = new MemoryStorage();
        const session = createEditorSession({ schema: secretSchema, storage, saveDelay: 0 });
        if (!session.importText('a.conf', text).ok) return;
        if (typed) session.setField('database', 'password', setField(secretSchema.groups[1]!.options[0]!, 'TOPSECRET'));
        else session.setField('database', 'user', setField(secretSchema.groups[1]!.options[1]!, 'glance'));
        session.flush();
        expect(storage.dump()).not.toContain('TOPSECRET');
        // What is kept still reads: the same entries where they were.
        const kept = createEditorSession({ schema: secretSchema, storage }).getState();
        expect(kept.notice).toBeNull();
        expect(parseIni(kept.document!.text).entries.map((entry) => entry.line)).toEqual(parseIni(text).entries.map((entry) => entry.line));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('reads a draft of the first format, which kept secrets, and withholds them from the next save', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify({ format: 1, group: 'database', style: 'minimal', document: null, fields: { database: { password: { set: true, value: 'old-s3cret' }, pool: { set: true, value: 7 } } } }));
    const session = open(storage);
    expect(session.getState().notice).toBeNull();
    expect(field(session, 'password')).toEqual({ set: true, value: 'old-s3cret' });
    set(session, 'pool', 8);
    expect(storage.dump()).not.toContain('old-s3cret');
  });
});

/** The stored draft of a session with a little of everything, as an object to damage. */
function validDraft(): Record<string, unknown> {
  const storage = new MemoryStorage();
  const session = open(storage);
  session.importText('nova.conf', '[database]\npool = 3\nhosts = a,b\n');
  set(session, 'labels', { zone: 'a' });
  set(session, 'pool', 2n ** 60n);
  set(session, 'password', 'x');
  return JSON.parse(storage.getItem(key)!) as Record<string, unknown>;
}

/** The draft with the value at one of its paths replaced. */
function damaged(draft: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, [...path, Array.isArray(value) ? Number(name) : name]);
  };
  walk(draft, []);
  const path = paths[pick % paths.length]!;
  if (!path.length) return replacement;
  const copy = structuredClone(draft) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path.at(-1)!] = replacement;
  return copy;
}

/** What a widget can show: the field's value has its option's shape. */
function fits(state: FieldState, type: keyof typeof optionTypes): boolean {
  const { value } = state;
  switch (optionTypes[type].shape) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'float':
      return value === null || typeof value === 'number' || typeof value === 'bigint';
    case 'text':
      return typeof value === 'string';
    default:
      return Array.isArray(value);
  }
}

describe('a stored draft that cannot be read', () => {
  it('is set aside with the reason, never dropped: a list that is a text', () => {
    const storage = new MemoryStorage();
    const draft = validDraft() as { fields: { database: { hosts: unknown } } };
    draft.fields.database.hosts = { set: true, value: 'a,b' };
    const text = JSON.stringify(draft);
    storage.setItem(key, text);
    const session = open(storage);
    const notice = session.getState().notice;
    expect(notice?.kind === 'set-aside' && notice.reason).toMatchInlineSnapshot(`"its fields give [database] hosts "a,b", where a list of texts is expected"`);
    expect(notice?.kind === 'set-aside' && storage.getItem(notice.key)).toBe(text);
    expect(storage.getItem(key)).toBeNull();
    expect(field(session, 'hosts')).toEqual({ set: false, value: [] });
    session.dismissNotice(true);
    expect(storage.length).toBe(0);
  });

  it('is set aside when nested a hundred thousand deep, without overflowing the stack', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify({ format: 2, group: 'database', fields: { database: { hosts: { set: true, value: 'x' } } }, document: null }).replace('"x"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    const notice = open(storage).getState().notice;
    expect(notice?.kind === 'set-aside' && notice.reason).toMatchInlineSnapshot(`"at fields.database.hosts.value: Invalid input"`);
  });

  itWithSeeds('never breaks the session: any stored text is read whole, or set aside whole', [2024], (seed) => {
    const valid = validDraft();
    const stored = fc.oneof(
      fc.string(),
      fc.json(),
      fc.tuple(fc.nat(), fc.jsonValue()).map(([pick, replacement]) => JSON.stringify(damaged(valid, pick, replacement))),
      fc.tuple(fc.nat(), fc.constantFrom(null, '', 'x', 1.5, -1, [], {}, ['a'], { int: '1' }, { float: 'nan' }, true)).map(([pick, replacement]) => JSON.stringify(damaged(valid, pick, replacement))),
    );
    let read = 0;
    let setAside = 0;
    fc.assert(
      fc.property(stored, (text) => {
        const storage = new MemoryStorage();
        storage.setItem(key, text);
        const session = open(storage);
        const { notice, fields, document } = session.getState();
        if (notice?.kind === 'set-aside') {
          setAside += 1;
          expect(storage.getItem(notice.key)).toBe(text);
          expect(storage.getItem(key)).toBeNull();
        } else {
          read += 1;
          expect(storage.getItem(key)).toBe(text);
          for (const group of schema.groups) for (const candidate of group.options) expect(fits(fields[group.name]![candidate.dest]!, candidate.type)).toBe(true);
          if (document) expect(parseIni(document.text).errors).toEqual([]);
        }
        // Whatever was stored, the session works: it checks and exports.
        session.getExport();
        for (const group of schema.groups) for (const candidate of group.options) session.problemOf(group.name, candidate.dest);
      }),
      { seed, numRuns: 400 },
    );
    expect(read).toBeGreaterThan(0);
    expect(setAside).toBeGreaterThan(0);
  });
});

describe('two pages on one draft', () => {
  it('says when another page changed the draft, saves nothing over it, and lets the user choose', () => {
    const storage = new MemoryStorage();
    const mine = open(storage);
    const theirs = open(storage);
    set(theirs, 'pool', 1);
    // The storage event of the other page's save.
    mine.checkStorage();
    expect(mine.getState().notice).toEqual({ kind: 'changed-elsewhere', theirs: 'draft' });
    set(mine, 'pool', 2);
    expect(JSON.parse(storage.getItem(key)!).fields.database.pool.value).toBe(1);

    mine.keepDraft('theirs');
    expect(mine.getState().notice).toBeNull();
    expect(field(mine, 'pool').value).toBe(1);
    mine.undo();
    expect(field(mine, 'pool').value).toBe(2);
    mine.flush();
    expect(JSON.parse(storage.getItem(key)!).fields.database.pool.value).toBe(2);
  });

  it('keeps this page\'s draft when the user says so, and notices a change without the event too', () => {
    const storage = new MemoryStorage();
    const mine = open(storage);
    const theirs = open(storage);
    set(mine, 'pool', 2);
    // No storage event reached the other page: its next save finds the draft changed.
    set(theirs, 'pool', 3);
    expect(theirs.getState().notice).toEqual({ kind: 'changed-elsewhere', theirs: 'draft' });
    expect(JSON.parse(storage.getItem(key)!).fields.database.pool.value).toBe(2);
    theirs.keepDraft('mine');
    expect(JSON.parse(storage.getItem(key)!).fields.database.pool.value).toBe(3);
    mine.checkStorage();
    expect(mine.getState().notice).toEqual({ kind: 'changed-elsewhere', theirs: 'draft' });
  });

  it('says nothing when the other page wrote the same draft, and offers a start over when it was removed', () => {
    const storage = new MemoryStorage();
    const mine = open(storage);
    const theirs = open(storage);
    set(mine, 'pool', 2);
    set(theirs, 'pool', 2);
    expect(theirs.getState().notice).toBeNull();
    storage.removeItem(key);
    mine.checkStorage();
    expect(mine.getState().notice).toEqual({ kind: 'changed-elsewhere', theirs: 'discarded' });
    mine.keepDraft('theirs');
    expect(field(mine, 'pool')).toEqual(unsetField(schema.groups[1]!.options[2]!));
  });
});
