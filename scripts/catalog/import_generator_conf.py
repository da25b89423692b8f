#!/usr/bin/python3
"""Copy a service's generator configuration at a release tag from a git clone of its upstream repository.

    /usr/bin/python3 scripts/catalog/import_generator_conf.py RELEASE SERVICE TAG GIT_DIR

Writes generator-conf/RELEASE/SERVICE.conf (the file byte for byte, from the first of the service's candidate
paths in releases.py that exists at TAG) and records repository, tag, path and git blob id in
generator-conf/SOURCES.json. Debian's source tarballs are not reachable from every machine, so the catalog
keeps these small files instead of fetching sources; `git rev-parse TAG:PATH` in any clone of the repository
gives the same blob id.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from releases import RELEASES, SERVICES  # noqa: E402


def from_tox(text, path):
    """A generator configuration holding the --namespace arguments of a tox.ini section's
    oslo-config-generator command (the section's own lines, in order)."""
    section = path.split('#')[1]
    lines, inside = [], False
    for line in text.splitlines():
        if line.startswith('['):
            inside = line.strip() == '[%s]' % section
            continue
        if inside:
            lines.append(line)
    cmd = ' '.join(lines).replace('\\', ' ').split()
    if 'oslo-config-generator' not in cmd:
        raise SystemExit('%s: no oslo-config-generator command' % path)
    names = [cmd[i + 1] for i, w in enumerate(cmd) if w == '--namespace']
    return ('# The --namespace arguments of oslo-config-generator in %s [%s]\n[DEFAULT]\n'
            % (path.split('#')[0], section) + ''.join('namespace = %s\n' % n for n in names))


def main(release, service, tag, git_dir):
    assert release in RELEASES and service in SERVICES
    for path in SERVICES[service]['generator']:
        r = subprocess.run(['git', '--git-dir', git_dir, 'rev-parse', '%s:%s' % (tag, path.split('#')[0])],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if r.returncode == 0:
            blob = r.stdout.strip()
            break
    else:
        raise SystemExit('%s: none of %s at %s' % (service, SERVICES[service]['generator'], tag))
    data = subprocess.run(['git', '--git-dir', git_dir, 'cat-file', 'blob', blob],
                          stdout=subprocess.PIPE, check=True).stdout
    if '#' in path:
        data = from_tox(data.decode('utf-8'), path).encode('utf-8')
    out = os.path.join(HERE, 'generator-conf', release, service + '.conf')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'wb') as f:
        f.write(data)
    src = os.path.join(HERE, 'generator-conf', 'SOURCES.json')
    sources = json.load(open(src)) if os.path.exists(src) else {}
    sources.setdefault(release, {})[service] = {
        'repo': 'openstack/' + service, 'tag': tag, 'path': path, 'blob': blob}
    with open(src, 'w') as f:
        json.dump(sources, f, indent=1, sort_keys=True)
        f.write('\n')
    print('%s %s: %s@%s:%s (%s)' % (release, service, 'openstack/' + service, tag, path, blob[:12]))


if __name__ == '__main__':
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
