// Two releases of a made-up service, with one change of each kind between them, and a file of the first.
import { readGeneratorData } from '../../../src/core/schema/readGeneratorData';
import type { ReleaseSchema } from '../../../src/core/upgrade/types';

function opt(name: string, fields: Record<string, unknown> = {}) {
  return { name, dest: name, type: 'string value', default: null, help: '', deprecated_opts: [], ...fields };
}

function release(name: string, options: Record<string, Record<string, unknown>[]>): ReleaseSchema {
  return {
    release: name,
    schema: readGeneratorData({ options: Object.fromEntries(Object.entries(options).map(([group, opts]) => [group, { help: '', opts }])) }),
  };
}

const SQL_CONNECTION = [{ group: 'DEFAULT', name: 'sql_connection' }];

export const one = release('one (2020.2)', {
  DEFAULT: [
    opt('gone', { type: 'boolean value', default: false, deprecated_for_removal: true, deprecated_reason: 'Nobody uses it.', deprecated_since: '1.0' }),
    opt('pool_size', { type: 'integer value', default: 30 }),
    opt('level', { default: 'INFO' }),
    opt('retries', { type: 'integer value', default: 1 }),
    opt('timeout', { type: 'integer value', default: 60 }),
    opt('ratio', { type: 'floating point value', default: 16.0 }),
    opt('watch', { type: 'boolean value', default: false }),
    opt('size', { default: '5' }),
  ],
  database: [opt('connection', { secret: true, deprecated_opts: SQL_CONNECTION })],
  api_database: [opt('connection', { secret: true, deprecated_opts: SQL_CONNECTION })],
  ironic: [opt('partition_key'), opt('peer_list', { type: 'list value', default: [], deprecated_opts: [{ group: 'ironic', name: 'peers' }] })],
  service_user: [opt('auth_type')],
});

export const two = release('two (2025.1)', {
  DEFAULT: [
    opt('level', { default: 'INFO', choices: [['INFO', null], ['DEBUG', null]] }),
    opt('retries', { type: 'integer value', default: 1, min: 1 }),
    opt('timeout', { type: 'integer value', default: 120 }),
    opt('ratio', { type: 'floating point value', default: 4.0 }),
    opt('watch', { type: 'boolean value', default: false, deprecated_for_removal: true, deprecated_reason: 'Use the watcher service.', deprecated_since: '2.0' }),
    opt('size', { type: 'integer value', default: 5 }),
    opt('region', { required: true }),
    opt('zone', { default: 'nova' }),
  ],
  database: [opt('connection', { secret: true })],
  api_database: [opt('connection', { secret: true })],
  ironic: [opt('conductor_group', { deprecated_opts: [{ group: 'ironic', name: 'partition_key' }] }), opt('peer_list', { type: 'list value', default: [] })],
  service_user: [opt('auth_type'), opt('auth_url', { required: true })],
  messaging: [opt('pool_size', { type: 'integer value', default: 30 })],
});

/** A file of release one with a line for each change. */
export const FILE = `[DEFAULT]
sql_connection = mysql://db/nova
gone = true
pool_size = 40
level = debug
retries = 0
watch = true
size = 5
zone = az1

[ironic]
partition_key = rack-1
peers = a,b

[service_user]
auth_type = password
`;
