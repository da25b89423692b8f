import type { CliIo } from './io';

/** The names of users and groups, as /etc/passwd and /etc/group give them. */
export interface Accounts {
  userName(uid: number): string;
  groupName(gid: number): string;
  groupId(name: string): number | undefined;
}

/** Reads /etc/passwd and /etc/group; an id without a name (or a file that cannot be read) is shown as the number. */
export function readAccounts(io: CliIo): Accounts {
  const users = table(io, '/etc/passwd');
  const groups = table(io, '/etc/group');
  return {
    userName: (uid) => users.byId.get(uid) ?? String(uid),
    groupName: (gid) => groups.byId.get(gid) ?? String(gid),
    groupId: (name) => groups.byName.get(name),
  };
}

function table(io: CliIo, path: string) {
  const byId = new Map<number, string>();
  const byName = new Map<string, number>();
  let text = '';
  try {
    text = new TextDecoder().decode(io.fs.readFile(path));
  } catch {
    // No such file (a minimal container): names stay numbers.
  }
  for (const line of text.split('\n')) {
    const [name, , id] = line.split(':');
    if (!name || id === undefined || !/^\d+$/.test(id)) continue;
    if (!byId.has(Number(id))) byId.set(Number(id), name);
    byName.set(name, Number(id));
  }
  return { byId, byName };
}
