#!/usr/bin/python3
"""What keystoneauth builds from [glance] options that the REAL oslo.config read.

Run ONLY with /usr/bin/python3 (Debian's python3-oslo.config and python3-keystoneauth1).
Request on stdin: {"schema": <generator JSON>, "cases": [{"files": ["<ini text>", ...]}]}
Response: {"results": [{"verify": bool | str, "cert": null | str | [str, str], "timeout": null | float}]}
The options are registered from the schema as oslo_oracle.py does; the session comes from
keystoneauth1.loading.load_session_from_conf_options(conf, 'glance'), as nova builds its image service session.
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oslo_oracle  # noqa: E402
oslo_oracle._load_oslo()
from keystoneauth1 import loading as ks_loading  # noqa: E402


def run_case(groups, files, tmpdir, number):
    register = [(name, data.get('opts') or []) for name, data in groups]
    conf = oslo_oracle.load_conf(files, tmpdir, 'c%d' % number, register, prog='ks-session')
    session = ks_loading.load_session_from_conf_options(conf, 'glance')
    cert = session.cert
    return {'verify': session.verify, 'cert': list(cert) if isinstance(cert, tuple) else cert, 'timeout': session.timeout}


def main():
    request = json.loads(sys.stdin.buffer.read().decode('utf-8'))
    options = request['schema']['options']
    groups = [(name, data) for name, data in options.items() if isinstance(data, dict)]
    with tempfile.TemporaryDirectory(prefix='ks-session-') as tmpdir:
        results = [run_case(groups, case['files'], tmpdir, n) for n, case in enumerate(request['cases'])]
    sys.stdout.write(json.dumps({'results': results}))


if __name__ == '__main__':
    main()
