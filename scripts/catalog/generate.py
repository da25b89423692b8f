#!/usr/bin/python3
"""Generate the catalog of real oslo-config-generator schemas from Debian's packages.

    /usr/bin/python3 scripts/catalog/generate.py [RELEASE ...] [--service NAME ...]
    (scripts/catalog/generate.sh prepares the trees first and then runs this)

For each release (victoria, zed, epoxy; default: all three) whose tree scripts/catalog/prepare-tree.sh has
prepared, and each catalog service that release's Debian suite ships, run the release's own
oslo-config-generator (oslo_config.generator.main from the unpacked python3-oslo.config) with /usr/bin/python3
over the namespaces of the service's generator configuration (generator-conf/RELEASE/SERVICE.conf), and write
    catalog/RELEASE/SERVICE.json                   --format json, as the generator writes it
    test/fixtures/catalog/RELEASE/SERVICE.conf     --format ini, the sample for the same namespaces
    test/fixtures/catalog/RELEASE/debian-nova.conf Debian's own sample of nova (nova-common's
                                                   /usr/share/nova-common/nova.conf)
    catalog/manifest.json                          one entry per release and service (see README.md)
The manifest keeps the entries of releases not generated in this run. The output is the same, byte for byte,
on every run and every machine with the same packages.

How values of the generating machine are kept out of the output. The generator runs in a child process
with a clean environment (PATH=/usr/bin:/bin, LC_ALL=C.UTF-8, TZ=UTC, the current directory /) and
`python3 -S` (no site directories, so no .pth start-up hook of this machine runs; list_opts.activate puts the
tree and then /usr/lib/python3/dist-packages on sys.path), where, before any service module is imported:
  - socket.gethostname() and socket.getfqdn() return "localhost" (defaults such as nova's and neutron's
    `host`; oslo.config 9.0 writes oslo's `sample_default` text "<current_hostname>" instead, later versions
    write the computed default, which is then "localhost");
  - oslo_utils.netutils.get_my_ipv4() returns "127.0.0.1" and get_my_ipv6() "::1" (nova's `my_ip`,
    likewise written as "<host_ipv4>" by oslo.config 9.0);
  - os.cpu_count() and multiprocessing.cpu_count() return 1 (oslo.privsep's `thread_pool_size` and other
    worker counts that default to the number of CPUs);
  - sys.argv[0] is /usr/bin/oslo-config-generator, the program Debian's package runs (oslo.messaging's
    `[oslo_messaging_rabbit] processname` defaults to the name of the running program).
After the run, the absolute path of the unpacked tree (…/oslo-config-editor/debian/SUITE/root) is removed
from the text, so a default computed from a module's location reads as the installed package's path
(/usr/lib/python3/dist-packages/nova/..., the path Debian's package has). The outputs are then searched for
the hostname, the home, cache and temporary directories, the tree's path and this machine's IP addresses; a
hit stops the run.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from releases import RELEASES, SERVICES  # noqa: E402

NEUTRAL = {'hostname': 'localhost', 'ipv4': '127.0.0.1', 'ipv6': '::1', 'cpus': 1}


# ---------------------------------------------------------------- child: runs the generator in the tree
def child(release, fmt, names):
    sys.argv[0] = '/usr/bin/oslo-config-generator'
    import list_opts
    list_opts.activate(release)
    list_opts.pretend_host(NEUTRAL)
    from oslo_config import generator
    args = ['--format', fmt]
    for n in names:
        args += ['--namespace', n]
    if fmt == 'ini':
        args += ['--wrap-width', '79']
    generator.main(args)
    sys.stdout.flush()
    sys.stderr.write('@@outside-tree %s\n' % json.dumps(list_opts.outside_tree(files=True)))
    sys.stderr.write('@@refused %s\n' % json.dumps(list_opts.refused_system_modules()))


# ---------------------------------------------------------------- parent
def run_child(release, fmt, names, info):
    env = {'PATH': '/usr/bin:/bin', 'LC_ALL': 'C.UTF-8', 'LANG': 'C.UTF-8', 'TZ': 'UTC',
           'HOME': os.environ.get('HOME', '/root'), 'PYTHONHASHSEED': '0'}
    if os.environ.get('XDG_CACHE_HOME'):
        env['XDG_CACHE_HOME'] = os.environ['XDG_CACHE_HOME']
    r = subprocess.run(['/usr/bin/python3', '-S', os.path.abspath(__file__), '--child', release, fmt] + names,
                       cwd='/', env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outside, warnings = [], []
    for line in r.stderr.splitlines():
        if line.startswith('@@outside-tree '):
            outside = json.loads(line[len('@@outside-tree '):])
        elif line.startswith('@@refused '):
            refused = json.loads(line[len('@@refused '):])
            if refused and fmt == 'json':
                print('%s: refused, only on this machine: %s' % (release, ' '.join(refused)), flush=True)
        else:
            warnings.append(line)
    if r.returncode != 0:
        raise RuntimeError('\n'.join(warnings[-30:]))
    return neutralize(r.stdout, info), debian_packages(outside), warnings


def debian_packages(files):
    """The Debian packages of this machine that hold the given module files."""
    pkgs = set()
    for name, f in sorted(files.items()):
        r = subprocess.run(['dpkg-query', '-S', f], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if r.returncode == 0 and r.stdout:
            pkgs.update(p.strip() for p in r.stdout.split(':', 1)[0].split(','))
        else:
            pkgs.add('?' + name)
    return sorted(pkgs)


def neutralize(text, info):
    root = info['root']
    return text.replace(root, '')


def machine_markers(info):
    """Strings that must not appear in the output."""
    marks = {info['root'], os.path.dirname(os.path.dirname(info['root'])), os.path.expanduser('~').rstrip('/') + '/',
             '/work/', '.cache/', '/root/', 'generate.py', 'prepare_tree', 'list_opts'}
    host = socket.gethostname()
    if host and host not in ('localhost',):
        marks.add(host)
    try:
        ips = subprocess.run(['hostname', '-I'], stdout=subprocess.PIPE, text=True).stdout.split()
    except OSError:
        ips = []
    marks.update(ip for ip in ips if ip not in ('127.0.0.1', '::1'))
    return sorted(m for m in marks if m and m != '/')


def find_markers(text, marks):
    hits = []
    for m in marks:
        if re.fullmatch(r'[A-Za-z0-9-]+', m):  # a bare hostname: match it as a word
            pat = r'(?<![A-Za-z0-9_.-])%s(?![A-Za-z0-9_-])' % re.escape(m)
        else:
            pat = re.escape(m)
        for mm in re.finditer(pat, text):
            hits.append('%r in: ...%s...' % (m, text[max(0, mm.start() - 80):mm.end() + 80].replace('\n', ' ')))
    return hits


def counts(data):
    groups = data['options']
    opts = [o for g in groups.values() for o in g['opts']]
    return {'groups': len(groups), 'options': len(opts),
            'deprecated_opts': sum(len(o.get('deprecated_opts') or []) for o in opts),
            'deprecated_for_removal': sum(1 for o in opts if o.get('deprecated_for_removal')),
            'secret': sum(1 for o in opts if o.get('secret'))}


SAMPLE_OPT = re.compile(r'^#?([A-Za-z0-9_][A-Za-z0-9_.-]*) =( |$)')


def sample_options(text):
    """(group, name) of every option line of a generator-style INI sample ('#name = value' or
    'name = value'; help lines are '# text')."""
    out, group = set(), None
    for line in text.splitlines():
        if line.startswith('[') and line.rstrip().endswith(']'):
            group = line.strip()[1:-1]
            continue
        m = SAMPLE_OPT.match(line)
        if m and group is not None:
            out.add((group, m.group(1)))
    return out


def compare_sample(ini_text, sample_file):
    ours = sample_options(ini_text)
    theirs = sample_options(open(sample_file, encoding='utf-8', errors='replace').read())
    fmt = lambda s: ['[%s] %s' % x for x in sorted(s)]  # noqa: E731
    return {'options_in_sample': len(theirs), 'only_in_catalog': fmt(ours - theirs),
            'only_in_sample': fmt(theirs - ours)}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def generate_release(release, services, out_root):
    import prepare_tree
    suite = RELEASES[release]['suite']
    info = prepare_tree.load(suite)
    marks = machine_markers(info)
    entries, failures = [], []
    for svc in services:
        if svc not in info['services']:
            continue
        spec, sinfo = SERVICES[svc], info['services'][svc]
        import list_opts
        names = list_opts.namespaces(release, svc)
        entry = {'service': svc, 'file': spec['file'], 'version': sinfo['version'],
                 'package': sinfo['package'], 'package_version': sinfo['package_version'],
                 'release': {'name': release, 'number': RELEASES[release]['number'], 'suite': suite,
                             'debian': RELEASES[release]['debian']},
                 'oslo_config_version': info['packages'].get('python3-oslo.config'),
                 'generator_conf': {k: sinfo['generator_conf'][k] for k in ('repo', 'tag', 'path')},
                 'namespaces': names}
        try:
            text, outside, warnings = run_child(release, 'json', names, info)
            ini, _, _ = run_child(release, 'ini', names, info)
        except RuntimeError as e:
            entry['error'] = str(e).strip().splitlines()[-1]
            failures.append((svc, str(e)))
            print('%s %s: FAILED: %s' % (release, svc, entry['error']), flush=True)
            entries.append(entry)
            continue
        hits = find_markers(text, marks) + find_markers(ini, marks)
        if hits:
            raise SystemExit('%s %s: output carries values of this machine:\n  %s'
                             % (release, svc, '\n  '.join(hits[:20])))
        tmp = sorted(set(re.findall(r'[a-z]*:?/*/tmp/?[^\s",]*', text)))
        if tmp:  # upstream defaults under /tmp are the same on every machine; listed for review
            print('%s %s: /tmp in defaults or help: %s' % (release, svc, ' '.join(tmp)), flush=True)
        data = json.loads(text)
        rel_json = '%s/%s.json' % (release, svc)
        write(os.path.join(out_root, 'catalog', rel_json), text)
        write(os.path.join(out_root, 'test', 'fixtures', 'catalog', release, svc + '.conf'), ini)
        entry.update({'path': rel_json, 'bytes': len(text.encode('utf-8')),
                      'sha256': hashlib.sha256(text.encode('utf-8')).hexdigest()})
        entry.update(counts(data))
        entry['system_packages'] = outside
        sample = sinfo.get('sample')
        if sample:
            entry['debian_sample'] = dict({'package': sample['package'], 'version': sample['version'],
                                           'path': sample['path']}, **compare_sample(ini, sample['file']))
            if svc == 'nova':
                shutil.copyfile(sample['file'], os.path.join(out_root, 'test', 'fixtures', 'catalog', release,
                                                             'debian-nova.conf'))
        print('%s %s %s: %d groups, %d options, %d old names, %d deprecated for removal, %d secret%s'
              % (release, svc, sinfo['version'], entry['groups'], entry['options'], entry['deprecated_opts'],
                 entry['deprecated_for_removal'], entry['secret'],
                 ('; Debian sample: %d only here, %d only there' % (len(entry['debian_sample']['only_in_catalog']),
                                                                  len(entry['debian_sample']['only_in_sample'])))
                 if sample else ''), flush=True)
        entries.append(entry)
    return entries, failures


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--child':
        return child(sys.argv[2], sys.argv[3], sys.argv[4:])
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('release', nargs='*', help='victoria, zed, epoxy (default: all)')
    p.add_argument('--service', action='append', help='only these services (default: all)')
    p.add_argument('--out', default=REPO, help='where catalog/ and test/fixtures/catalog/ go (default: the repo)')
    a = p.parse_args()
    releases = a.release or list(RELEASES)
    services = a.service or list(SERVICES)
    man_path = os.path.join(a.out, 'catalog', 'manifest.json')
    manifest = json.load(open(man_path)) if os.path.exists(man_path) else {'entries': []}
    all_failures = []
    for release in releases:
        entries, failures = generate_release(release, services, a.out)
        all_failures += [(release, s, e) for s, e in failures]
        done = {(e['release']['name'], e['service']) for e in entries}
        manifest['entries'] = [e for e in manifest['entries']
                               if (e['release']['name'], e['service']) not in done] + entries
    order = {r: i for i, r in enumerate(RELEASES)}
    sorder = {s: i for i, s in enumerate(SERVICES)}
    manifest['entries'].sort(key=lambda e: (order[e['release']['name']], sorder[e['service']]))
    manifest = {'description': 'oslo-config-generator --format json of each service\'s main configuration file, '
                               'generated from Debian\'s packages of each release; see scripts/catalog/README.md',
                'entries': manifest['entries']}
    os.makedirs(os.path.join(a.out, 'catalog'), exist_ok=True)
    with open(man_path, 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write('\n')
    for release, svc, err in all_failures:
        sys.stderr.write('\n%s %s failed:\n%s\n' % (release, svc, err))
    return 0


if __name__ == '__main__':
    sys.exit(main())
