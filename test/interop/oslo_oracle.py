#!/usr/bin/python3
"""Ask the REAL oslo.config what it reads from INI files.

Run ONLY with /usr/bin/python3 (Debian's python3-oslo.config 9.0.0).
Reads ONE JSON request on stdin, writes ONE JSON response on stdout.

Request:
    {"schema": <oslo-config-generator --format json output>,
     "cases": [{"files": ["<ini text>", ...]}, ...]}
or, to register a catalog service's options the way the service does (through its generator namespaces, from
the release's unpacked Debian tree: scripts/catalog/list_opts.py):
    {"service": {"release": "zed", "name": "cinder"}, "describe": true, "cases": [...]}
With "describe", the response also holds "options": {group: {dest: what the real option's type checks}}.

Response:
    {"results": [{"values": {group: {dest: value}},
                  "errors": [{"group", "option", "message", "type"}],
                  "parse_error": null | {"message", "line", "file"},
                  "required_error": null | {"message", "type"},
                  "warnings": [str]}, ...]}

Options are read without their `required` flag, so that every value can be read; the check oslo makes of required
options when it is called (ConfigOpts._check_required_opts) is then made on its own, and what it raises is
"required_error".

Each case gets fresh temp files and a fresh cfg.ConfigOpts(); only imports
are shared between cases. Temp paths are replaced by "file<N>.conf" (N = index
in "files") in every message so the output is deterministic.
"""
import json
import logging
import math
import os
import re
import shutil
import sys
import tempfile

INSTALL_HINT = ('run: apt-get install -y --no-install-recommends '
                'python3-oslo.config python3-keystoneauth1')

CATALOG_SCRIPTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts', 'catalog')
# ConfigOpts' own command-line options, which no service's file sets.
CONFIG_OPTS_OWN = {'config_file', 'config_dir', 'config_source'}

cfg = types = _versionutils = None


def _load_oslo():
    """Imports oslo.config (and oslo.log), from the tree activated before when there is one."""
    global cfg, types, _versionutils
    try:
        from oslo_config import cfg
        from oslo_config import types
    except ImportError as exc:  # pragma: no cover - environment problem
        sys.stderr.write('oslo_oracle: cannot import oslo_config (%s) under %s\n%s\n'
                         % (exc, sys.executable, INSTALL_HINT))
        sys.exit(3)
    try:  # oslo.log logs each deprecation message only once per process.
        from oslo_log import versionutils as _versionutils
    except ImportError:  # pragma: no cover
        _versionutils = None


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        try:
            self.records.append(record.getMessage())
        except Exception as exc:  # pragma: no cover
            self.records.append('<unformattable log record: %s>' % exc)


_CAPTURE = _Capture()
_ROOT = logging.getLogger()
for _h in list(_ROOT.handlers):
    _ROOT.removeHandler(_h)
_ROOT.addHandler(_CAPTURE)
_ROOT.setLevel(logging.WARNING)
logging.getLogger('oslo_config').setLevel(logging.WARNING)


def _choices(raw):
    if not raw:
        return None
    out = []
    for c in raw:
        if isinstance(c, (list, tuple)):
            out.append((c[0], c[1] if len(c) > 1 else None))
        else:
            out.append((c, None))
    return out


def _build_opt(o):
    tname = o.get('type')
    name = o['name']
    dopts = [cfg.DeprecatedOpt(d.get('name'), group=d.get('group'))
             for d in (o.get('deprecated_opts') or [])]
    kw = dict(
        dest=o.get('dest') or name.replace('-', '_'),
        default=o.get('default'),
        secret=bool(o.get('secret')),
        deprecated_opts=dopts or None,
        deprecated_for_removal=bool(o.get('deprecated_for_removal')),
        deprecated_reason=o.get('deprecated_reason'),
        deprecated_since=o.get('deprecated_since'),
        # required is checked apart, after the values are read (see _run_case)
    )
    mn, mx, ch = o.get('min'), o.get('max'), _choices(o.get('choices'))
    if tname == 'string value':
        return cfg.StrOpt(name, choices=ch, **kw)
    if tname == 'integer value':
        if ch:
            return cfg.Opt(name, type=types.Integer(min=mn, max=mx, choices=ch), **kw)
        return cfg.IntOpt(name, min=mn, max=mx, **kw)
    if tname == 'floating point value':
        return cfg.FloatOpt(name, min=mn, max=mx, **kw)
    if tname == 'boolean value':
        return cfg.BoolOpt(name, **kw)
    if tname == 'list value':
        return cfg.ListOpt(name, **kw)
    if tname == 'dict value':
        return cfg.DictOpt(name, **kw)
    if tname == 'multi valued':
        return cfg.MultiStrOpt(name, **kw)
    if tname in ('port value', 'port'):
        return cfg.PortOpt(name, min=mn, max=mx, choices=ch, **kw)
    if tname == 'uri value':
        return cfg.URIOpt(name, **kw)
    if tname == 'host address value':
        return cfg.HostAddressOpt(name, **kw)
    if tname == 'host domain value':
        return cfg.HostDomainOpt(name, **kw)
    if tname == 'hostname value':
        return cfg.HostnameOpt(name, **kw)
    if tname in ('IP address value', 'IPv4 address value', 'IPv6 address value'):
        version = {'IPv4 address value': 4, 'IPv6 address value': 6}.get(tname)
        return cfg.IPOpt(name, version=version, **kw)
    if tname == 'range value':
        return cfg.Opt(name, type=types.Range(min=mn, max=mx), **kw)
    if tname in ('unknown type', 'unknown value'):
        return cfg.Opt(name, type=types.String(), **kw)
    raise ValueError('oslo_oracle: unsupported option type %r for option %r'
                     % (tname, name))


def _encode(v):
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2 ** 53 - 1:
        return {'int': str(v)}  # JSON readers hold 2^53 at most
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return {'float': 'nan'}
        if math.isinf(v):
            return {'float': 'inf' if v > 0 else '-inf'}
        return v
    if isinstance(v, (list, tuple)):
        return [_encode(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _encode(x) for k, x in v.items()}
    return str(v)


_LINE_RE = re.compile(r':(\d+), ')


def load_conf(files, tmpdir, name, register=(), prog='oslo-probe'):
    """A ConfigOpts loaded from `files` (written as NAME-fileN.conf), with the generator options of `register`
    ([(group, opts)]) registered as _build_opt builds them."""
    paths = []
    for index, text in enumerate(files):
        path = os.path.join(tmpdir, '%s-file%d.conf' % (name, index))
        with open(path, 'w', encoding='utf-8', newline='') as handle:
            handle.write(text)
        paths.append(path)
    conf = cfg.ConfigOpts()
    for group, opts in register:
        for raw in opts:
            conf.register_opt(_build_opt(raw), group=None if group == 'DEFAULT' else group)
    conf(args=[], project=None, prog=prog, default_config_files=paths, default_config_dirs=[], use_env=False)
    return conf


def _schema_registration(groups):
    """Registers options built from generator output."""
    def register(conf):
        opts = []
        for gname, gdata in groups:
            for o in gdata.get('opts') or []:
                opt = _build_opt(o)
                opt.required = bool(o.get('required'))
                if gname == 'DEFAULT':
                    conf.register_opt(opt)
                else:
                    conf.register_opt(opt, group=gname)
                opts.append((gname, opt))
        return opts
    return register


def _service_registration(list_opts, release, name):
    """Registers a catalog service's options as the service does, through its generator namespaces."""
    names = list_opts.namespaces(release, name)

    def register(conf):
        failed = list_opts.register(conf, names)
        if failed:
            raise RuntimeError('could not register: %s' % failed)
        # Loading registers these itself, as command-line options.
        for dest in {'config_file', 'config_dir'} & set(conf._opts):
            conf.unregister_opt(conf._opts[dest]['opt'])
        return _registered(conf)
    return register


def _registered(conf):
    opts = [('DEFAULT', conf._opts[dest]['opt']) for dest in sorted(conf._opts) if dest not in CONFIG_OPTS_OWN]
    for gname in sorted(conf._groups):
        group_opts = conf._groups[gname]._opts
        opts.extend((gname, group_opts[dest]['opt']) for dest in sorted(group_opts))
    return opts


def _describe(opts):
    """What each option's real type checks, beyond what generator output says."""
    out = {}
    for gname, opt in opts:
        t = opt.type
        item = getattr(t, 'item_type', None) or getattr(t, 'value_type', None)
        choices = getattr(t, 'choices', None)
        regex = getattr(t, 'regex', None)
        out.setdefault(gname, {})[opt.dest] = {
            'type': type(t).__name__,
            'item_type': type(item).__name__ if item is not None else None,
            'item_choices': [str(c) for c in (getattr(item, 'choices', None) or [])] or None,
            'item_min': getattr(item, 'min', None),
            'item_max': getattr(item, 'max', None),
            'regex': getattr(regex, 'pattern', regex),
            'max_length': getattr(t, 'max_length', None) or None,
            'ignore_case': bool(getattr(t, 'ignore_case', False)),
            'choices': [None if c is None else str(c) for c in choices] if choices else None,
            'bounds': bool(getattr(t, 'bounds', False)),
            'schemes': list(getattr(t, 'schemes', None) or []) or None,
            'required': bool(opt.required),
        }
    return out


def _run_case(register, files, tmpdir, case_no):
    paths = []
    names = []
    _CAPTURE.records = []
    if _versionutils is not None:
        _versionutils._deprecated_messages_sent.clear()

    def clean(msg):
        for p, n in zip(paths, names):
            msg = msg.replace(p, n)
        return msg

    result = {'values': {}, 'errors': [], 'parse_error': None, 'required_error': None, 'warnings': []}
    required = []
    try:
        for i, text in enumerate(files):
            p = os.path.join(tmpdir, 'c%d-file%d.conf' % (case_no, i))
            paths.append(p)
            names.append('file%d.conf' % i)
            with open(p, 'w', encoding='utf-8', newline='') as f:
                f.write(text)
        conf = cfg.ConfigOpts()
        opts = register(conf)
        # Read without their required flag, so that every value can be read; oslo's check of them is made apart.
        required = [opt for _, opt in opts if opt.required]
        for opt in required:
            opt.required = False
        try:
            conf(args=[], project=None, prog='oslo-oracle',
                 default_config_files=list(paths), default_config_dirs=[],
                 use_env=False)
        except BaseException as exc:  # parse errors, SystemExit from argparse
            if isinstance(exc, KeyboardInterrupt):
                raise
            msg = clean(str(exc))
            m = _LINE_RE.search(msg)
            fm = re.search(r'Failed to parse file(\d+)\.conf', msg)
            fidx = int(fm.group(1)) if fm else None
            result['parse_error'] = {
                'message': msg,
                'line': int(m.group(1)) if m else None,
                'file': fidx,
                'type': type(exc).__name__,
            }
            result['warnings'] = [clean(w) for w in _CAPTURE.records]
            return result
        values = {}
        for gname, opt in opts:
            gvals = values.setdefault(gname, {})
            try:
                if gname == 'DEFAULT':
                    v = getattr(conf, opt.dest)
                else:
                    v = getattr(conf[gname], opt.dest)
                gvals[opt.dest] = _encode(v)
            except Exception as exc:
                result['errors'].append({
                    'group': gname,
                    'option': opt.dest,
                    'message': clean(str(exc)),
                    'type': type(exc).__name__,
                })
        result['values'] = values
        # What conf() raises at the end of its call when options are required: the first that is None, or the
        # first failure reading one.
        for opt in required:
            opt.required = True
        try:
            conf._check_required_opts()
        except Exception as exc:
            result['required_error'] = {'message': clean(str(exc)),
                                        'type': type(exc).__name__}
        result['warnings'] = [clean(w) for w in _CAPTURE.records]
        return result
    finally:
        # A service's options are the same objects in every case.
        for opt in required:
            opt.required = True
        for p in paths:
            try:
                os.unlink(p)
            except OSError:
                pass


def main():
    raw = sys.stdin.buffer.read().decode('utf-8')
    req = json.loads(raw)
    service = req.get('service')
    if service:
        sys.path.insert(0, CATALOG_SCRIPTS)
        import list_opts
        list_opts.activate(service['release'])
        _load_oslo()
        register = _service_registration(list_opts, service['release'], service['name'])
    else:
        _load_oslo()
        schema = req.get('schema') or {}
        options = schema.get('options', schema) if isinstance(schema, dict) else {}
        groups = [(g, d) for g, d in options.items() if isinstance(d, dict)]
        # Fail loudly (once) on an unsupported type instead of per case.
        for _g, d in groups:
            for o in d.get('opts') or []:
                _build_opt(o)
        register = _schema_registration(groups)
    response = {}
    if req.get('describe'):
        response['options'] = _describe(register(cfg.ConfigOpts()))
    tmpdir = tempfile.mkdtemp(prefix='oslo-oracle-')
    try:
        response['results'] = [_run_case(register, case.get('files') or [], tmpdir, n)
                               for n, case in enumerate(req.get('cases') or [])]
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    out = json.dumps(response, ensure_ascii=True)
    sys.stdout.buffer.write(out.encode('ascii'))
    sys.stdout.buffer.flush()


if __name__ == '__main__':
    main()
