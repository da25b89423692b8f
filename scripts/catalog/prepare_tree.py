#!/usr/bin/python3
"""Prepare the unpacked Debian tree of one suite: the services' Python code and the pure-Python libraries
their option modules import, unpacked side by side, never installed.

    /usr/bin/python3 scripts/catalog/prepare_tree.py SUITE [--refresh]    (as root; or use prepare-tree.sh)

SUITE is bullseye, bookworm or trixie (see releases.py). Everything goes under
    ${XDG_CACHE_HOME:-$HOME/.cache}/oslo-config-editor/debian/SUITE/
        apt/        a private apt sources list, lists and cache (the system's apt setup is not touched)
        debs/       the downloaded .deb files
        samples/    the sample each service's -common package ships (generated at package build)
        root/       the unpacked tree: root/usr/lib/python3/dist-packages goes first on PYTHONPATH
        tree.json   what is in the tree: every package and version, the packages left out, the services

What is unpacked: the python3-<service> package of every catalog service the suite ships (and the `extra`
packages of releases.py), python3-oslo.config,
and the closure of their python3-* dependencies (first alternative of each; dependencies on packages that are
not python3-* are not followed: they are programs and C libraries the option modules do not need).

A package that holds compiled modules (*.so under dist-packages) is not unpacked: it is built for that
suite's Python, so /usr/bin/python3 (Debian 12's 3.11) uses this machine's own copy instead. So are the few
pure-Python packages that must match one of them (FROM_SYSTEM and each release's `from_system` in
releases.py, with the reason). The ones the
option modules really import are listed in system-packages.txt; this script installs those that are missing
(apt-get install, bookworm's packages) when run as root, and otherwise prints the command.

Idempotent: when tree.json was written by the same version of these scripts, nothing is downloaded or
unpacked again (--refresh updates the package lists and rebuilds the tree). Prints one line per step.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from releases import FROM_SYSTEM, RELEASES, SERVICES, SUITE_RELEASE  # noqa: E402

DIST = 'usr/lib/python3/dist-packages'
KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg'
EXTRA_ROOTS = ['python3-oslo.config', 'python3-stevedore']


def say(msg):
    print(msg, flush=True)


def cache_base():
    base = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    return os.path.join(base, 'oslo-config-editor', 'debian')


def suite_dir(suite):
    return os.path.join(cache_base(), suite)


def script_key():
    """Changes whenever a script that decides the tree's content changes."""
    h = hashlib.sha256()
    for name in ('prepare_tree.py', 'releases.py', 'system-packages.txt'):
        with open(os.path.join(HERE, name), 'rb') as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def mirrors():
    """The system's own mirrors (the first URIs of debian.sources for the archive and for security)."""
    archive, security = 'http://deb.debian.org/debian', 'http://deb.debian.org/debian-security'
    path = '/etc/apt/sources.list.d/debian.sources'
    if os.path.exists(path):
        uris = re.findall(r'^URIs:\s*(\S+)', open(path).read(), re.M)
        for uri in uris:
            if 'security' in uri:
                security = uri
            elif archive == 'http://deb.debian.org/debian':
                archive = uri
    return archive, security


class Apt:
    def __init__(self, sdir, suite):
        self.dir = os.path.join(sdir, 'apt')
        self.suite = suite
        self.opts = ['-o', 'Dir::Etc::sourcelist=' + os.path.join(self.dir, 'sources.list'),
                     '-o', 'Dir::Etc::sourceparts=/dev/null',
                     '-o', 'Dir::State::Lists=' + os.path.join(self.dir, 'lists'),
                     '-o', 'Dir::State::status=/dev/null',
                     '-o', 'Dir::Cache=' + os.path.join(self.dir, 'cache'),
                     '-o', 'APT::Sandbox::User=root',
                     '-o', 'Acquire::Languages=none']

    def setup(self, refresh):
        for d in ('lists/partial', 'cache/archives/partial'):
            os.makedirs(os.path.join(self.dir, d), exist_ok=True)
        archive, security = mirrors()
        s = self.suite
        lines = []
        for pocket in RELEASES[SUITE_RELEASE[s]]['pockets']:
            lines.append('deb [signed-by=%s] %s %s main' % (KEYRING, security if 'security' in pocket else archive,
                                                            pocket))
        text = '\n'.join(lines) + '\n'
        path = os.path.join(self.dir, 'sources.list')
        changed = not os.path.exists(path) or open(path).read() != text
        with open(path, 'w') as f:
            f.write(text)
        have_lists = any(n.endswith('_InRelease') for n in os.listdir(os.path.join(self.dir, 'lists')))
        if refresh or changed or not have_lists:
            say('apt: updating the private package lists of %s' % s)
            self.run(['apt-get', 'update', '-q'], quiet=True)
        else:
            say('apt: package lists of %s already there (--refresh updates them)' % s)

    def run(self, argv, cwd=None, quiet=False):
        cmd = [argv[0]] + self.opts + argv[1:]
        env = dict(os.environ, DEBIAN_FRONTEND='noninteractive', LC_ALL='C')
        r = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stdout + r.stderr)
            raise SystemExit('failed: %s' % ' '.join(argv))
        return r.stdout

    def show(self, names):
        """Package -> {Version, Architecture, Source, Depends, Pre-Depends} of the candidate version."""
        out = {}
        for i in range(0, len(names), 200):
            text = self.run(['apt-cache', 'show', '--no-all-versions'] + names[i:i + 200])
            for para in text.split('\n\n'):
                fields, key = {}, None
                for line in para.splitlines():
                    if line[:1] in (' ', '\t') and key:
                        fields[key] += ' ' + line.strip()
                    elif ':' in line:
                        key, _, val = line.partition(':')
                        fields[key] = val.strip()
                if 'Package' in fields:
                    out[fields['Package']] = fields
        return out

    def providers(self, names):
        """Virtual package -> first real provider (from apt-cache showpkg's Reverse Provides)."""
        out = {}
        for name in names:
            text = self.run(['apt-cache', 'showpkg', name])
            m = re.search(r'^Reverse Provides:\s*\n(\S+)', text, re.M)
            if m:
                out[name] = m.group(1)
        return out


def python_deps(fields):
    """The python3-* packages a package depends on: the first alternative of each dependency."""
    deps = []
    for key in ('Pre-Depends', 'Depends'):
        for item in fields.get(key, '').split(','):
            first = item.split('|')[0].strip()
            if not first:
                continue
            name = re.split(r'[\s(:]', first)[0]
            if name.startswith('python3-') and name not in ('python3-minimal', 'python3-distutils',
                                                            'python3-lib2to3', 'python3-all'):
                deps.append(name)
    return deps


def resolve(apt, roots):
    """Closure of python3-* dependencies. Returns {package: fields}."""
    seen, frontier = {}, list(roots)
    virtual = {}
    while frontier:
        info = apt.show(sorted(set(frontier)))
        missing = [n for n in set(frontier) if n not in info]
        if missing:
            prov = apt.providers(sorted(missing))
            for n in missing:
                if n not in prov:
                    raise SystemExit('no package %s in %s' % (n, apt.suite))
                virtual[n] = prov[n]
            info.update(apt.show(sorted(set(prov.values()) - set(info))))
        nxt = []
        for name, fields in info.items():
            if name in seen:
                continue
            seen[name] = fields
            for dep in python_deps(fields):
                dep = virtual.get(dep, dep)
                if dep not in seen:
                    nxt.append(dep)
        frontier = [n for n in set(nxt) if n not in seen]
    return seen


def deb_file(name, fields):
    version = fields['Version'].replace(':', '%3a')
    return '%s_%s_%s.deb' % (name, version, fields['Architecture'])


def download(apt, ddir, pkgs):
    """Download the packages whose .deb is not there yet."""
    os.makedirs(ddir, exist_ok=True)
    want = [n for n, f in sorted(pkgs.items()) if not os.path.exists(os.path.join(ddir, deb_file(n, f)))]
    if want:
        say('download: %d packages' % len(want))
        apt.run(['apt-get', 'download', '-q'] + ['%s=%s' % (n, pkgs[n]['Version']) for n in want], cwd=ddir)
    else:
        say('download: all %d packages already there' % len(pkgs))
    for n, f in pkgs.items():
        if not os.path.exists(os.path.join(ddir, deb_file(n, f))):
            raise SystemExit('download: %s missing after apt-get download' % deb_file(n, f))


def deb_members(path):
    r = subprocess.run(['dpkg-deb', '--fsys-tarfile', path], stdout=subprocess.PIPE, check=True)
    with tarfile.open(fileobj=__import__('io').BytesIO(r.stdout)) as t:
        return [m.name for m in t.getmembers()]


def is_compiled(members):
    return any(('/dist-packages/' in m or '/lib-dynload/' in m) and re.search(r'\.so(\.|$)', m)
               for m in members)


def generator_conf(release, svc, version):
    """The service's generator configuration at the release's tag, as committed in generator-conf/."""
    sources = json.load(open(os.path.join(HERE, 'generator-conf', 'SOURCES.json')))
    entry = sources.get(release, {}).get(svc)
    if not entry:
        raise SystemExit('%s %s: no generator configuration in generator-conf/SOURCES.json' % (release, svc))
    if entry['tag'] != version:
        raise SystemExit('%s %s: Debian has %s but generator-conf/ holds the configuration of %s; '
                         'import the one of %s (see README.md)' % (release, svc, version, entry['tag'], version))
    return dict(entry, file=os.path.join(HERE, 'generator-conf', release, svc + '.conf'))


def extract_sample(ddir, sdir, svc, spec, common_fields):
    pkg, candidates = spec['common']
    deb = os.path.join(ddir, deb_file(pkg, common_fields))
    members = [m.lstrip('./') for m in deb_members(deb)]
    found = [c for c in candidates if c in members]
    if not found:
        base = '/' + spec['file']
        found = [m for m in members if m.endswith(base) and m.startswith('usr/share/')]
    if not found:
        return None
    rel = found[0]
    out_dir = os.path.join(sdir, 'samples')
    os.makedirs(out_dir, exist_ok=True)
    r = subprocess.run(['dpkg-deb', '--fsys-tarfile', deb], stdout=subprocess.PIPE, check=True)
    with tarfile.open(fileobj=__import__('io').BytesIO(r.stdout)) as t:
        for m in t.getmembers():
            if m.name.lstrip('./') == rel:
                data = t.extractfile(m).read()
                break
    out = os.path.join(out_dir, '%s-%s' % (pkg, spec['file']))
    with open(out, 'wb') as f:
        f.write(data)
    return {'package': pkg, 'version': common_fields['Version'], 'path': '/' + rel, 'file': out}


def system_packages():
    names = []
    for line in open(os.path.join(HERE, 'system-packages.txt')):
        line = line.split('#')[0].strip()
        if line:
            names.append(line)
    return names


def ensure_system(names):
    r = subprocess.run(['dpkg-query', '-W', '-f=${Package} ${Status}\n'] + names, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, text=True)
    installed = {line.split()[0] for line in r.stdout.splitlines() if line.endswith('install ok installed')}
    missing = [n for n in names if n not in installed]
    if not missing:
        say('system: the %d packages of system-packages.txt are installed' % len(names))
        return
    cmd = 'apt-get install -y --no-install-recommends ' + ' '.join(missing)
    if os.geteuid() != 0:
        raise SystemExit('system: missing %s; as root run: apt-get update && %s' % (' '.join(missing), cmd))
    say('system: installing ' + ' '.join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    r = subprocess.run(cmd.split(), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        subprocess.run(['apt-get', 'update', '-q'], env=env, stdout=subprocess.DEVNULL, check=True)
        subprocess.run(cmd.split(), env=env, stdout=subprocess.DEVNULL, check=True)


def prepare(suite, refresh=False, check_sources=True):
    if suite not in SUITE_RELEASE:
        raise SystemExit('unknown suite %s (one of %s)' % (suite, ', '.join(sorted(SUITE_RELEASE))))
    release = SUITE_RELEASE[suite]
    sdir = suite_dir(suite)
    os.makedirs(sdir, exist_ok=True)
    ensure_system(system_packages())
    state = os.path.join(sdir, 'tree.json')
    key = script_key()
    if not refresh and os.path.exists(state):
        info = json.load(open(state))
        if info.get('key') == key and os.path.isdir(os.path.join(sdir, 'root', DIST)):
            say('ready: %s (%d packages unpacked, %d services; already prepared)'
                % (os.path.join(sdir, 'root', DIST), len(info['packages']), len(info['services'])))
            return info
    apt = Apt(sdir, suite)
    apt.setup(refresh)

    # The catalog services this suite ships.
    pkg_names = [s['package'] for s in SERVICES.values()]
    have = apt.show(pkg_names)
    services = {svc: spec for svc, spec in SERVICES.items() if spec['package'] in have}
    for svc, spec in SERVICES.items():
        if svc not in services:
            say('service: %s is not in %s' % (svc, suite))

    extra = [x for s in services.values() for x in s.get('extra', [])]
    extra = [x for x in extra if x in apt.show(extra)]
    pkgs = resolve(apt, [s['package'] for s in services.values()] + extra + EXTRA_ROOTS)
    commons = apt.show([s['common'][0] for s in services.values()])
    ddir = os.path.join(sdir, 'debs')
    download(apt, ddir, dict(pkgs, **commons))

    # Unpack into a fresh tree.
    tmp = os.path.join(sdir, 'root.new')
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    unpacked, compiled = {}, {}
    from_system = dict(FROM_SYSTEM, **RELEASES[release]['from_system'])
    for name in sorted(pkgs):
        deb = os.path.join(ddir, deb_file(name, pkgs[name]))
        if name in from_system:
            compiled[name] = pkgs[name]['Version']
            continue
        if is_compiled(deb_members(deb)):
            compiled[name] = pkgs[name]['Version']
            continue
        subprocess.run(['dpkg-deb', '-x', deb, tmp], check=True)
        unpacked[name] = pkgs[name]['Version']
    # Keep only the Python tree.
    for top in os.listdir(tmp):
        if top != 'usr':
            shutil.rmtree(os.path.join(tmp, top), ignore_errors=True)
    for sub in os.listdir(os.path.join(tmp, 'usr')):
        if sub != 'lib':
            shutil.rmtree(os.path.join(tmp, 'usr', sub), ignore_errors=True)
    for sub in os.listdir(os.path.join(tmp, 'usr', 'lib')):
        if sub != 'python3':
            shutil.rmtree(os.path.join(tmp, 'usr', 'lib', sub), ignore_errors=True)
    root = os.path.join(sdir, 'root')
    shutil.rmtree(root, ignore_errors=True)
    os.rename(tmp, root)
    say('unpacked: %d packages into %s; left out %d with compiled modules or tied to one (this machine\'s '
        'copies are used): %s' % (len(unpacked), os.path.join(root, DIST), len(compiled), ' '.join(sorted(compiled))))

    svc_info = {}
    for svc, spec in sorted(services.items()):
        fields = pkgs[spec['package']]
        source_version = fields['Version']
        m = re.match(r'\S+\s+\((\S+)\)', fields.get('Source', ''))
        if m:
            source_version = m.group(1)
        sample = None
        if spec['common'][0] in commons:
            sample = extract_sample(ddir, sdir, svc, spec, commons[spec['common'][0]])
        upstream = re.sub(r'^\d+:', '', fields['Version']).split('-')[0]
        upstream = re.sub(r'[~+].*$', '', upstream)
        src = generator_conf(release, svc, upstream) if check_sources else None
        svc_info[svc] = {'package': spec['package'], 'package_version': fields['Version'],
                         'version': upstream, 'source_version': source_version,
                         'generator_conf': src, 'sample': sample}
        say('service: %s %s (%s); generator configuration %s; Debian sample %s'
            % (svc, upstream, fields['Version'], ('%s@%s:%s' % (src['repo'], src['tag'], src['path'])) if src else '?',
               (sample['package'] + ':' + sample['path']) if sample else 'none'))
    info = {'key': key, 'suite': suite, 'release': release, 'root': root, 'pythonpath': os.path.join(root, DIST),
            'packages': unpacked, 'compiled_left_out': compiled, 'services': svc_info}
    with open(state, 'w') as f:
        json.dump(info, f, indent=1, sort_keys=True)
    say('ready: %s (%d packages unpacked, %d services)' % (info['pythonpath'], len(unpacked), len(svc_info)))
    return info


def load(suite):
    """tree.json of a prepared suite (raises if it was not prepared)."""
    state = os.path.join(suite_dir(suite), 'tree.json')
    if not os.path.exists(state):
        raise SystemExit('the %s tree is not prepared: run scripts/catalog/prepare-tree.sh %s' % (suite, suite))
    return json.load(open(state))


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('suite', nargs='+', help='bullseye, bookworm or trixie')
    p.add_argument('--refresh', action='store_true', help='update the package lists and rebuild the tree')
    p.add_argument('--no-generator-conf', action='store_true',
                   help='do not require generator-conf/ to hold the configuration of these versions')
    a = p.parse_args()
    for suite in a.suite:
        prepare(suite, a.refresh, not a.no_generator_conf)


if __name__ == '__main__':
    main()
