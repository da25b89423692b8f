#!/usr/bin/python3
"""What the REAL libraries build from the options the security rules judge.

Run ONLY with /usr/bin/python3 (Debian's python3-oslo.config, python3-keystoneauth1, python3-keystonemiddleware,
python3-oslo.messaging). Request on stdin: {"schema": <generator JSON>, "probes": [{"kind": ..., "files": [...], ...}]}
Response: {"results": [...]}, one per probe:

- session {group}: the keystoneauth session load_session_from_conf_options(conf, group) builds, the group's options
  registered from the schema as oslo_oracle.py registers them: {"verify", "cert", "timeout"}.
- client {group}: a keystoneauth client of the group (its options registered by keystoneauth itself) authenticates
  and sends one request to a server on 127.0.0.1, whose URL replaces {server} in the files: what that server received
  {"requests": [{"method", "path", "token", "body"}], "endpoint"}.
- authtoken: keystonemiddleware's AuthProtocol with the files' [keystone_authtoken] options: its session, the
  WWW-Authenticate header of a refused request, and whether its token cache protects what it stores.
- rabbit: oslo.messaging's rabbit driver for the files' transport_url (the connection is built, never opened): the
  TLS parameters it hands kombu, and the TLS context py-amqp makes of them.
"""
import http.server
import json
import os
import socket
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oslo_oracle  # noqa: E402
from keystoneauth1 import loading as ks_loading  # noqa: E402

oslo_oracle._load_oslo()  # the system's oslo.config, for the options registered from the schema


def load_conf(files, tmpdir, number, register=()):
    return oslo_oracle.load_conf(files, tmpdir, 'p%d' % number, register, prog='security-probe')


def session_probe(schema, probe, tmpdir, number):
    group = probe['group']
    conf = load_conf(probe['files'], tmpdir, number, [(group, schema['options'][group]['opts'])])
    session = ks_loading.load_session_from_conf_options(conf, group)
    cert = session.cert
    return {'verify': session.verify, 'cert': list(cert) if isinstance(cert, tuple) else cert, 'timeout': session.timeout}


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests = []

    def _record(self):
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length).decode('utf-8') if length else ''
        self.requests.append({'method': self.command, 'path': self.path, 'token': self.headers.get('X-Auth-Token'), 'body': body})
        if self.command == 'POST' and self.path.endswith('/auth/tokens'):
            answer = json.dumps({'token': {'methods': ['password'], 'expires_at': '2999-01-01T00:00:00.000000Z',
                                           'user': {'id': 'u1', 'name': 'nova', 'domain': {'id': 'default', 'name': 'Default'}},
                                           'project': {'id': 'p1', 'name': 'service', 'domain': {'id': 'default', 'name': 'Default'}},
                                           'catalog': []}}).encode()
            self.send_response(201)
            self.send_header('X-Subject-Token', 'token-from-fake-identity')
        else:
            answer = b'{}'
            self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST = _record

    def log_message(self, *args):
        pass


def client_probe(schema, probe, tmpdir, number):
    group = probe['group']
    server = http.server.HTTPServer(('127.0.0.1', 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        _Recorder.requests = []
        url = 'http://127.0.0.1:%d' % server.server_address[1]
        conf = load_conf([text.replace('{server}', url) for text in probe['files']], tmpdir, number)
        ks_loading.register_session_conf_options(conf, group)
        ks_loading.register_auth_conf_options(conf, group)
        ks_loading.register_adapter_conf_options(conf, group)
        auth = ks_loading.load_auth_from_conf_options(conf, group)
        session = ks_loading.load_session_from_conf_options(conf, group, auth=auth)
        adapter = ks_loading.load_adapter_from_conf_options(conf, group, session=session, auth=auth)
        endpoint = adapter.get_endpoint()
        adapter.get('/ports', raise_exc=False)
        return {'endpoint': endpoint.replace(url, '{server}') if endpoint else endpoint, 'requests': _Recorder.requests}
    finally:
        server.shutdown()
        server.server_close()


def authtoken_probe(schema, probe, tmpdir, number):
    from keystonemiddleware import auth_token
    conf = load_conf(probe['files'], tmpdir, number)
    middleware = auth_token.AuthProtocol(lambda environ, start: None, {'oslo_config_config': conf})
    cert = middleware._session.cert
    return {
        'verify': middleware._session.verify,
        'cert': list(cert) if isinstance(cert, tuple) else cert,
        'timeout': middleware._session.timeout,
        'www_authenticate': dict(middleware._reject_auth_headers)['WWW-Authenticate'],
        'cache': type(middleware._token_cache).__name__,
    }


def rabbit_probe(schema, probe, tmpdir, number):
    import oslo_messaging
    from amqp.transport import SSLTransport
    from oslo_messaging._drivers import common as rpc_common
    from oslo_messaging._drivers import impl_rabbit
    conf = load_conf(probe['files'], tmpdir, number)
    driver = oslo_messaging.get_rpc_transport(conf)._driver
    # Build the connection as the driver does, without opening it: no broker is reached.
    impl_rabbit.Connection.ensure_connection = lambda self: None
    impl_rabbit.Connection._heartbeat_start = lambda self: None
    connection = impl_rabbit.Connection(driver.conf, driver._url, rpc_common.PURPOSE_SEND)
    params = connection._fetch_ssl_params()
    result = {'transport': driver._url.transport, 'brokers': connection._url.split(';'), 'tls': bool(params)}
    if params:
        options = params if isinstance(params, dict) else {}
        ours, theirs = socket.socketpair()
        wrapped = SSLTransport('127.0.0.1:1', ssl=options)._wrap_socket(ours, **options)
        result['verify_certificate'] = wrapped.context.verify_mode != 0
        result['check_hostname'] = wrapped.context.check_hostname
        wrapped.close()
        theirs.close()
    return result


PROBES = {'session': session_probe, 'client': client_probe, 'authtoken': authtoken_probe, 'rabbit': rabbit_probe}


def main():
    request = json.loads(sys.stdin.buffer.read().decode('utf-8'))
    with tempfile.TemporaryDirectory(prefix='security-probe-') as tmpdir:
        results = [PROBES[probe['kind']](request.get('schema'), probe, tmpdir, n) for n, probe in enumerate(request['probes'])]
    sys.stdout.write(json.dumps({'results': results}))


if __name__ == '__main__':
    main()
