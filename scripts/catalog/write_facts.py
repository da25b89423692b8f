#!/usr/bin/python3
"""Write what each catalog option's real type checks beyond what oslo-config-generator writes.

    /usr/bin/python3 scripts/catalog/write_facts.py [RELEASE ...]      (after generate.py; default: every release)

For each entry of catalog/manifest.json, registers the service's options from the release's tree (list_opts.py)
twice, in two processes that see two different hosts (name, addresses, CPUs, home and working directories), and
writes catalog/RELEASE/SERVICE.facts.json:

    {"options": {group: {dest: {
        "computed_default": true,        the default differs between the two hosts: worked out where the service runs
        "custom_type": "FPG",            a type class of the service's own code (or a plain function), not oslo's
        "multi": true,                   a MultiOpt of item_type: each line adds one item (the generator names its type)
        "bounds": true,                  a list written inside [ ], a dict inside { }
        "item_type": "Integer",          a list's items or a dict's values, when not plain text (oslo's type class)
        "item_min": 0, "item_max": 9, "item_choices": [...],
        "regex": "...", "ignore_case": true, "max_length": 255, "quotes": true,    strings
        "schemes": ["http", "https"],    URIs
        "version": 4                     IP addresses, host addresses
    }}}}

Only options with something to say are listed; the file's bytes are the same on every run. The manifest entry gets
"facts": "RELEASE/SERVICE.facts.json".
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

HOSTS = [
    {'hostname': 'localhost', 'ipv4': '127.0.0.1', 'ipv6': '::1', 'cpus': 1, 'home': '/root', 'cwd': '/'},
    {'hostname': 'other-host', 'ipv4': '198.51.100.7', 'ipv6': '2001:db8::7', 'cpus': 3, 'home': '/tmp', 'cwd': '/tmp'},
]


def child(release, service, host_index):
    """In a process of its own: the facts and the default of every option, on one of the two hosts."""
    import list_opts
    list_opts.activate(release)
    list_opts.pretend_host(HOSTS[host_index])
    out = {}
    for _namespace, groups in list_opts.list_opts(list_opts.namespaces(release, service)):
        for group, opts in groups:
            gname = getattr(group, 'name', group) or 'DEFAULT'
            for opt in opts:
                out.setdefault(gname, {})[opt.dest] = {'facts': facts_of(opt), 'default': repr(opt.default)}
    json.dump(out, sys.stdout, sort_keys=True)


STANDARD_TYPES = {'String', 'MultiString', 'Boolean', 'Integer', 'Float', 'Port', 'List', 'Range', 'Dict', 'IPAddress',
                  'Hostname', 'HostAddress', 'HostDomain', 'URI'}


def facts_of(opt):
    from oslo_config import types
    t = opt.type
    name = type(t).__name__
    facts = {}
    # Python's own str, int and float convert as oslo's String, Integer and Float do, and are named so.
    builtin = t in (str, int, float)
    if not builtin and (getattr(types, name, None) is not type(t) or name not in STANDARD_TYPES):
        # A type class of the service's own (a subclass, or a function): what it accepts is its code's to say.
        facts['custom_type'] = getattr(t, '__name__', name) if name in ('function', 'type') else name
    if getattr(opt, 'multi', False) and name != 'MultiString':
        # A MultiOpt of another type: the generator names it by its item type, and each line is one item.
        facts['multi'] = True
        facts['item_type'] = name
        for key in ('min', 'max'):
            if getattr(t, key, None) is not None:
                facts['item_' + key] = getattr(t, key)
        if getattr(t, 'choices', None):
            facts['item_choices'] = [str(choice) for choice in t.choices]
        return facts
    if name in ('List', 'Dict'):
        if getattr(t, 'bounds', False):
            facts['bounds'] = True
        item = getattr(t, 'item_type', None) if name == 'List' else getattr(t, 'value_type', None)
        item_name = type(item).__name__ if item is not None else 'String'
        if item_name == 'function' or item_name == 'type':
            item_name = getattr(item, '__name__', item_name)
        if item_name != 'String' or getattr(item, 'choices', None):
            facts['item_type'] = item_name
            for key in ('min', 'max'):
                if getattr(item, key, None) is not None:
                    facts['item_' + key] = getattr(item, key)
            if getattr(item, 'choices', None):
                facts['item_choices'] = [str(choice) for choice in item.choices]
    if name in ('String', 'MultiString'):
        regex = getattr(t, 'regex', None)
        if regex is not None:
            facts['regex'] = getattr(regex, 'pattern', regex)
        if getattr(t, 'ignore_case', False):
            facts['ignore_case'] = True
        if getattr(t, 'quotes', False):
            facts['quotes'] = True
    if name in ('String', 'MultiString', 'URI') and getattr(t, 'max_length', None):
        facts['max_length'] = t.max_length
    if name == 'URI' and getattr(t, 'schemes', None):
        facts['schemes'] = sorted(t.schemes)
    checker = getattr(getattr(t, 'ip_address', t), 'version_checker', None)
    if checker is not None and checker.__name__ in ('_check_ipv4', '_check_ipv6'):
        facts['version'] = 4 if checker.__name__ == '_check_ipv4' else 6
    return facts


def read_host(release, service, host_index):
    host = HOSTS[host_index]
    env = {'PATH': '/usr/bin:/bin', 'LC_ALL': 'C.UTF-8', 'LANG': 'C.UTF-8', 'TZ': 'UTC', 'HOME': host['home'],
           'PYTHONHASHSEED': '0', 'TMPDIR': host['home']}
    if os.environ.get('XDG_CACHE_HOME'):
        env['XDG_CACHE_HOME'] = os.environ['XDG_CACHE_HOME']
    else:
        env['XDG_CACHE_HOME'] = os.path.join(os.environ.get('HOME', '/root'), '.cache')
    r = subprocess.run(['/usr/bin/python3', '-S', os.path.abspath(__file__), '--child', release, service, str(host_index)],
                       cwd=host['cwd'], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise RuntimeError('%s %s: %s' % (release, service, r.stderr[-3000:]))
    return json.loads(r.stdout)


def write(release, service):
    first, second = read_host(release, service, 0), read_host(release, service, 1)
    options = {}
    for gname in sorted(first):
        for dest in sorted(first[gname]):
            facts = dict(first[gname][dest]['facts'])
            if second.get(gname, {}).get(dest, {}).get('default') != first[gname][dest]['default']:
                facts['computed_default'] = True
            if facts:
                options.setdefault(gname, {})[dest] = facts
    path = '%s/%s.facts.json' % (release, service)
    with open(os.path.join(REPO, 'catalog', path), 'w', encoding='utf-8') as f:
        json.dump({'options': options}, f, indent=1, sort_keys=True)
        f.write('\n')
    return path, sum(len(group) for group in options.values())


def main(releases):
    manifest_path = os.path.join(REPO, 'catalog', 'manifest.json')
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
    for entry in manifest['entries']:
        release = entry['release']['name']
        if releases and release not in releases:
            continue
        entry['facts'], count = write(release, entry['service'])
        print('%s %s: %d options with facts' % (release, entry['service'], count), flush=True)
    with open(manifest_path, 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    if sys.argv[1:2] == ['--child']:
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main(sys.argv[1:])
