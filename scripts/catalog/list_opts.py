#!/usr/bin/python3
"""Register a service's options exactly as the service does, from the unpacked Debian tree of a release.

The options come from oslo.config's own generator machinery (oslo_config.generator._list_opts over the
service's generator namespaces, loaded through their `oslo.config.opts` entry points), so they are the
service's real Opt objects: real types, regexes, ignore_case, item types, deprecated names, and the
defaults the service's own hooks (`oslo.config.opts.defaults`) set.

Prepare the release's tree first (scripts/catalog/prepare-tree.sh SUITE), then run with /usr/bin/python3.

As a module (call activate() before anything imports oslo_config):

    sys.path.insert(0, 'scripts/catalog')
    import list_opts
    list_opts.activate('zed')                        # the tree of Debian 12 goes first on sys.path
    conf = list_opts.config_opts('zed', 'nova')      # a cfg.ConfigOpts with every option registered
    conf(args=[], default_config_files=['nova.conf'], use_env=False)
    conf.glance.num_retries

  activate(release)                    put the release's tree on sys.path, after the standard library and
                                       before the site directories (idempotent; refuses when oslo_config was
                                       already imported from elsewhere); for victoria also python_compat()
  namespaces(release, service)         the namespaces of the service's main file, from its
                                       generator configuration at the release's tag (generator-conf/)
  list_opts(namespaces)                oslo_config.generator._list_opts: [(namespace, [(group, [opt])])]
                                       where group is a name or a cfg.OptGroup
  register(conf, namespaces)           register them all into conf; returns [(group, opt, error)] of the
                                       options that could not be registered (none for the catalog services)
  config_opts(release, service)        activate + a new cfg.ConfigOpts with register() done
  load(conf, path)                     conf(args=[], default_config_files=[path], use_env=False), going on
                                       past RequiredOptError; returns the required options without value
  read_all(conf)                       {group: {dest: value or {'error': message}}}: every option read
  outside_tree()                       the imported modules that did not come from the tree or the standard
                                       library (the compiled packages of this machine; see system-packages.txt)
  refused_system_modules()             modules only this machine had, refused: after activate(), a top-level
                                       import from /usr/lib/python3/dist-packages works only for the packages
                                       of system-packages.txt, so the result does not depend on what else
                                       the machine has installed

From the command line:

    /usr/bin/python3 scripts/catalog/list_opts.py namespaces RELEASE SERVICE
    /usr/bin/python3 scripts/catalog/list_opts.py check RELEASE SERVICE [FILE]
        registers the service's options, reads FILE (default: an empty file) with use_env=False, reads every
        option, and prints JSON {"groups": N, "options": N, "errors": {group: {dest: message}},
        "required_without_value": ["group.dest"], "outside_tree": [...]}; exit status 1 when an option
        failed to read.

RELEASE is victoria, zed or epoxy (or its suite: bullseye, bookworm, trixie).
"""
import importlib.machinery
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from releases import RELEASES, SERVICES, SUITE_RELEASE  # noqa: E402

SYSTEM_DIST = '/usr/lib/python3/dist-packages'
_active = None
COMPAT = []  # what python_compat() did in this process
_active_path = [None]


def release_name(release):
    if release in RELEASES:
        return release
    if release in SUITE_RELEASE:
        return SUITE_RELEASE[release]
    raise ValueError('unknown release %r (one of %s)' % (release, ', '.join(RELEASES)))


def tree_info(release):
    import prepare_tree
    return prepare_tree.load(RELEASES[release_name(release)]['suite'])


def activate(release):
    """Put the release's unpacked tree first on sys.path."""
    global _active
    release = release_name(release)
    if _active == release:
        return tree_info(release)['pythonpath']
    if _active is not None:
        raise RuntimeError('the tree of %s is already active' % _active)
    path = tree_info(release)['pythonpath']
    for mod in ('oslo_config', 'stevedore', 'keystoneauth1'):
        m = sys.modules.get(mod)
        if m is not None and not getattr(m, '__file__', '').startswith(path + os.sep):
            raise RuntimeError('%s was imported from %s before activate()' % (mod, m.__file__))
    # The tree goes after the standard library (so that nothing in it shadows a standard module) and before
    # every site directory; this machine's /usr/lib/python3/dist-packages comes after it, for the compiled
    # packages the tree leaves out (also when Python runs with -S, which skips the site directories and
    # their .pth hooks).
    pos = next((i for i, p in enumerate(sys.path) if p.endswith('-packages')), len(sys.path))
    sys.path.insert(pos, path)
    if SYSTEM_DIST not in sys.path:
        sys.path.append(SYSTEM_DIST)
    if RELEASES[release].get('python_compat'):
        COMPAT[:] = python_compat()
    sys.meta_path.insert(0, _SystemGuard(_allowed_system_modules()))
    import importlib
    importlib.invalidate_caches()
    _active = release
    _active_path[0] = path
    return path


def _allowed_system_modules():
    """Top-level module names of the packages of system-packages.txt, as installed on this machine."""
    import subprocess
    names = [line.split('#')[0].strip() for line in open(os.path.join(HERE, 'system-packages.txt'))]
    names = [n for n in names if n]
    r = subprocess.run(['dpkg-query', '-L'] + names, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       text=True)
    allowed = set()
    for line in r.stdout.splitlines():
        if not line.startswith(SYSTEM_DIST + '/'):
            continue
        top = line[len(SYSTEM_DIST) + 1:].split('/')[0]
        if top.endswith(('.egg-info', '.dist-info', '.pth')) or not top:
            continue
        allowed.add(top.split('.')[0])
    return allowed


class _SystemGuard:
    """Refuses a top-level module that would come from this machine's /usr/lib/python3/dist-packages unless it
    belongs to a package of system-packages.txt. Whatever else is installed on the machine then makes no
    difference: an optional import the tree does not satisfy fails the same way everywhere."""

    def __init__(self, allowed):
        self.allowed = allowed
        self.refused = set()
        self.busy = False

    def find_spec(self, name, path=None, target=None):
        if path is not None or '.' in name or name in self.allowed or self.busy:
            return None
        self.busy = True
        try:
            spec = importlib.machinery.PathFinder.find_spec(name, sys.path)
        finally:
            self.busy = False
        if spec is not None and spec.origin and spec.origin.startswith(SYSTEM_DIST + os.sep):
            self.refused.add(name)
            raise ModuleNotFoundError('No module named %r (not in the tree; from this machine only the '
                                      'packages of system-packages.txt are used)' % name, name=name)
        return None


def refused_system_modules():
    """The top-level modules that were refused because only this machine had them."""
    return sorted(n for g in sys.meta_path if isinstance(g, _SystemGuard) for n in g.refused)


def python_compat():
    """What Python 3.10 removed or froze that victoria's code (written for bullseye's Python 3.9) still uses,
    put back for this process only; applied by activate('victoria'). No option definition depends on these:
    they let the modules import.
      - the aliases collections.Mapping, MutableMapping, ... of collections.abc (removed in 3.10; used by
        oslo.context 3.1 and others).
    Returns the names of what it did."""
    import collections
    import collections.abc
    done = []
    for name in ('Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'Set', 'MutableSet',
                 'Iterable', 'Iterator', 'Callable', 'Hashable', 'Sized', 'Container', 'Generator'):
        if not hasattr(collections, name):
            setattr(collections, name, getattr(collections.abc, name))
            done.append('collections.' + name)
    return done


def pretend_host(host):
    """Makes the modules about to be imported see `host` (hostname, addresses, CPUs) instead of this machine."""
    import multiprocessing
    import socket
    socket.gethostname = lambda: host['hostname']
    socket.getfqdn = lambda name='': host['hostname']
    os.cpu_count = lambda: host['cpus']
    multiprocessing.cpu_count = lambda: host['cpus']
    try:
        from oslo_utils import netutils
        netutils.get_my_ipv4 = lambda: host['ipv4']
        if hasattr(netutils, 'get_my_ipv6'):
            netutils.get_my_ipv6 = lambda: host['ipv6']
    except ImportError:
        pass


def parse_generator_conf(path):
    """The namespaces of an oslo-config-generator configuration file, in order."""
    names, section = [], None
    for line in open(path, encoding='utf-8'):
        s = line.strip()
        if not s or s[0] in '#;':
            continue
        if s.startswith('['):
            section = s[1:-1].strip()
            continue
        key, sep, value = s.partition('=')
        if sep and section == 'DEFAULT' and key.strip() == 'namespace':
            names.append(value.strip())
    return names


def namespaces(release, service):
    release = release_name(release)
    if service not in SERVICES:
        raise ValueError('unknown service %r' % service)
    return parse_generator_conf(os.path.join(HERE, 'generator-conf', release, service + '.conf'))


def list_opts(names):
    from oslo_config import generator
    return generator._list_opts(names)


def register(conf, names):
    """Register every option of every group of the namespaces into conf, as the generator lists them."""
    from oslo_config import cfg
    failed = []
    for _namespace, groups in list_opts(names):
        for group, opts in groups:
            if isinstance(group, cfg.OptGroup):
                # A new OptGroup with the same attributes: register_group keeps a shallow copy, which would
                # share the options the service module already registered into its own global CONF.
                gname = group.name
                if gname not in conf:
                    conf.register_group(cfg.OptGroup(
                        gname, title=group.title, help=group.help,
                        dynamic_group_owner=getattr(group, 'dynamic_group_owner', ''),
                        driver_option=getattr(group, 'driver_option', '')))
            else:
                gname = group or 'DEFAULT'
            for opt in opts:
                try:
                    conf.register_opt(opt, group=None if gname == 'DEFAULT' else gname)
                except cfg.Error as e:
                    failed.append((gname, opt, str(e)))
    return failed


def config_opts(release, service=None, names=None):
    activate(release)
    from oslo_config import cfg
    conf = cfg.ConfigOpts()
    failed = register(conf, names if names is not None else namespaces(release, service))
    if failed:
        raise RuntimeError('could not register: %s' % '; '.join('[%s] %s: %s' % (g, o.dest, e)
                                                                for g, o, e in failed))
    return conf


def load(conf, path):
    """conf(args=[], default_config_files=[path], use_env=False), going on past a missing required option
    (oslo raises RequiredOptError as the last step of loading; the values are all read by then). Returns
    ['group.dest'] of the required options that have no value."""
    from oslo_config import cfg
    try:
        conf(args=[], default_config_files=[path], use_env=False)
    except cfg.RequiredOptError:
        pass
    return required_missing(conf)


def required_missing(conf):
    out = []
    for gname in [None] + sorted(conf._groups):
        opts = conf._opts if gname is None else conf._groups[gname]._opts
        node = conf if gname is None else getattr(conf, gname)
        for dest in sorted(opts):
            if opts[dest]['opt'].required:
                try:
                    if getattr(node, dest) is None:
                        out.append('%s.%s' % (gname or 'DEFAULT', dest))
                except Exception:
                    out.append('%s.%s' % (gname or 'DEFAULT', dest))
    return out


def read_all(conf):
    out = {}
    groups = [None] + sorted(conf._groups)
    for gname in groups:
        node = conf if gname is None else getattr(conf, gname)
        opts = conf._opts if gname is None else conf._groups[gname]._opts
        values = {}
        for dest in sorted(opts):
            try:
                values[dest] = getattr(node, dest)
            except Exception as e:  # every error oslo raises while converting a value
                values[dest] = {'error': '%s: %s' % (type(e).__name__, e)}
        out[gname or 'DEFAULT'] = values
    return out


def outside_tree(files=False):
    """Top-level modules imported from neither the tree nor the standard library ({name: file} with
    files=True)."""
    import sysconfig
    path = _active_path[0]
    std = sysconfig.get_paths()['stdlib']
    out = {}
    for name, mod in list(sys.modules.items()):
        f = getattr(mod, '__file__', None)
        if not f or (path and f.startswith(path + os.sep)):
            continue
        if f.startswith(std + os.sep) and '-packages' not in f:
            continue
        if f.startswith(HERE + os.sep) or name == '_distutils_hack':  # the latter: setuptools' .pth hook
            continue
        top = name.split('.')[0]
        if top not in out or name == top:
            out[top] = f
    return dict(sorted(out.items())) if files else sorted(out)


def _check(release, service, path):
    import tempfile
    conf = config_opts(release, service)
    tmp = None
    if path is None:
        fd, tmp = tempfile.mkstemp(suffix='.conf')
        os.close(fd)
        path = tmp
    try:
        load(conf, path)
        values = read_all(conf)
    finally:
        if tmp:
            os.unlink(tmp)
    errors, bad = {}, False
    for g, vals in values.items():
        for dest, v in vals.items():
            if isinstance(v, dict) and 'error' in v:
                errors.setdefault(g, {})[dest] = v['error']
                opt = conf._opts[dest]['opt'] if g == 'DEFAULT' else conf._groups[g]._opts[dest]['opt']
                if not (opt.required and 'RequiredOptError' in v['error']):
                    bad = True
    print(json.dumps({'groups': len(values), 'options': sum(len(v) for v in values.values()),
                      'errors': errors, 'required_without_value': required_missing(conf),
                      'outside_tree': outside_tree()}, indent=1, sort_keys=True))
    return 1 if bad else 0


def main(argv):
    if len(argv) >= 3 and argv[0] == 'namespaces':
        print('\n'.join(namespaces(argv[1], argv[2])))
        return 0
    if len(argv) in (3, 4) and argv[0] == 'check':
        return _check(argv[1], argv[2], argv[3] if len(argv) == 4 else None)
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
