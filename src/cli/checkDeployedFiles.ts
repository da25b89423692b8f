import { dirname } from 'node:path';
import { guideChecks } from '../core/findings/security/guideChecks';
import type { Finding } from '../core/findings/types';
import type { CliIo } from './io';
import { whileReading } from './io';
import { readAccounts } from './readAccounts';

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');

/**
 * The Security Guide's checks of configuration files where the service reads them, for the service's checklist:
 * owner and group (root and the service's group; the service's group for both, for keystone), and a mode of 640 or
 * stricter, or the directory's of 750 or stricter. Links are followed, as `stat -L` does.
 */
export function checkDeployedFiles(io: CliIo, paths: string[], service: string | undefined, group: string): Finding[] {
  const checks = guideChecks.filter((check) => check.service === service && check.judged.by === 'file');
  if (!checks.length) return [];
  const accounts = readAccounts(io);
  const findings: Finding[] = [];
  for (const path of paths) {
    const file = whileReading(path, () => io.fs.stat(path));
    const directoryPath = dirname(path);
    const directory = whileReading(directoryPath, () => io.fs.stat(directoryPath));
    for (const check of checks) {
      if (check.judged.by !== 'file') continue;
      const base = { group: null, option: null, file: path, line: null, kind: 'insecure' as const, severity: 'warning' as const, guide: [check.id] };
      if (check.judged.what === 'ownership') {
        const owner = check.judged.owner === 'root' ? 'root' : group;
        const wanted = `${owner}:${group}`;
        const ownedBy = (status: { uid: number; gid: number }) => `${accounts.userName(status.uid)}:${accounts.groupName(status.gid)}`;
        const wrong = [
          ...(ownedBy(file) === wanted ? [] : [`the file is owned by ${ownedBy(file)}`]),
          ...(ownedBy(directory) === wanted ? [] : [`its directory ${directoryPath} by ${ownedBy(directory)}`]),
        ];
        if (!wrong.length) continue;
        findings.push({
          ...base,
          rule: 'file-ownership',
          title: `${wrong.join(', ')}, not ${wanted}`,
          explanation: [
            `${service} reads this file as a member of the group ${group}${accounts.groupId(group) === undefined ? ` (there is no group ${group} on this machine)` : ''}; the file and its directory should belong to ${owner} and that group, so that only ${owner === 'root' ? 'root' : group} can change them.`,
            'Whoever owns the file or its directory can change the settings, or replace the file, and so change what the service does, or stop it.',
            `What to do: chown ${wanted} ${path} ${directoryPath} (name the service's group with --group if it is not ${group}).`,
          ].join('\n'),
        });
      } else {
        const fileMode = file.mode & 0o777;
        const directoryMode = directory.mode & 0o777;
        if ((fileMode & ~0o640) === 0 || (directoryMode & ~0o750) === 0) continue;
        findings.push({
          ...base,
          rule: 'file-mode',
          title: `the file has mode ${octal(fileMode)} and its directory ${directoryPath} ${octal(directoryMode)}: neither 640 or stricter, nor a directory of 750 or stricter`,
          explanation: [
            `Mode ${octal(fileMode)} lets ${describe(fileMode)}; the guide asks for 640 or stricter (the owner reads and writes, the group reads, others nothing), or a directory of 750 or stricter, which keeps everyone else out of every file in it.`,
            'The file holds passwords, keys and transport URLs with credentials: whoever can read it can act as the service.',
            `What to do: chmod 640 ${path}, or chmod 750 ${directoryPath}.`,
          ].join('\n'),
        });
      }
    }
  }
  return findings;
}

function describe(mode: number): string {
  const rights: string[] = [];
  if (mode & 0o100) rights.push('its owner run it');
  if (mode & 0o030) rights.push('its group change or run it');
  if (mode & 0o007) rights.push('everyone else read or use it');
  return rights.join(', ');
}
