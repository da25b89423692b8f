import { describe, expect, it } from 'vitest';
import { writeDeploymentExport } from '../../../src/core/exports/writeDeploymentExport';
import { loadSchemaFixture } from '../../support/fixtures';
import { widgetSchema } from '../../ui/support';

const { schema } = loadSchemaFixture('seed-glance.json');
const demo = widgetSchema();
const glance = { glance: { api_servers: ['https://a.example.org:9292', 'https://b.example.org:9292'], num_retries: 3, insecure: false, cafile: '/etc/ca $x.pem' } };

describe('exports for deployment tools', () => {
  it('writes the kolla-ansible override file: the sections of what is set', () => {
    expect(writeDeploymentExport('kolla-ansible', schema, glance, 'nova.conf')).toMatchInlineSnapshot(`
      {
        "fileName": "nova.conf",
        "text": "[glance]
      api_servers = https://a.example.org:9292,https://b.example.org:9292
      num_retries = 3
      cafile = /etc/ca $$x.pem
      insecure = false
      ",
      }
    `);
  });

  it('keeps Jinja\'s delimiters from kolla-ansible\'s templating, and refuses a value whose quotes its merge takes off', () => {
    expect(writeDeploymentExport('kolla-ansible', schema, { glance: { cafile: '/etc/{{ ca }}.pem' } }, 'nova.conf')).toMatchInlineSnapshot(`
      {
        "fileName": "nova.conf",
        "text": "{% raw %}
      [glance]
      cafile = /etc/{{ ca }}.pem
      {% endraw %}
      ",
      }
    `);
    expect(writeDeploymentExport('kolla-ansible', schema, { glance: { cafile: ' /etc/ca.pem' } }, 'nova.conf')).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "group": "glance",
            "message": "cafile needs quotes around its value (" /etc/ca.pem") to keep it as it is, and kolla-ansible's merge takes them off",
            "option": "cafile",
          },
        ],
        "fileName": "nova.conf",
      }
    `);
  });

  it('writes OpenStack-Ansible\'s overrides variable: lists as sequences, multi valued options as sets, Jinja kept out', () => {
    const values = { demo: { hooks: ['a.sh', 'b.sh'], labels: { zone: 'a' }, listen_port: 8443, old_flag: true, ratio: 2.5, bind_host: '{{ host }}' } };
    expect(writeDeploymentExport('openstack-ansible', demo, values, 'demo.conf')).toMatchInlineSnapshot(`
      {
        "fileName": "user_variables_demo.yml",
        "text": "demo_demo_conf_overrides:
        demo:
          labels: "zone:a"
          hooks:
            ? "a.sh"
            ? "b.sh"
          listen_port: 8443
          bind_host: !unsafe "{{ host }}"
          ratio: "2.5"
          old_flag: true
      ",
      }
    `);
    expect(writeDeploymentExport('openstack-ansible', schema, glance, 'glance-api.conf')).toMatchInlineSnapshot(`
      {
        "fileName": "user_variables_glance-api.yml",
        "text": "glance_glance_api_conf_overrides:
        glance:
          api_servers:
            - "https://a.example.org:9292"
            - "https://b.example.org:9292"
          num_retries: 3
          cafile: "/etc/ca $$x.pem"
          insecure: false
      ",
      }
    `);
  });

  it('refuses multi valued entries that OpenStack-Ansible would sort or merge', () => {
    expect(writeDeploymentExport('openstack-ansible', demo, { demo: { hooks: ['b.sh', 'a.sh'] } }, 'demo.conf')).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "group": "demo",
            "message": "hooks: OpenStack-Ansible writes the entries of a multi valued option sorted and without repeats; put them in that order to export",
            "option": "hooks",
          },
        ],
        "fileName": "user_variables_demo.yml",
      }
    `);
  });

  it('writes crudini commands, quoting for the shell, and refuses what crudini cannot write', () => {
    const values = { demo: { hooks: ['a.sh'], bind_host: "it's", ratio: -1 } };
    expect(writeDeploymentExport('crudini', demo, values, 'demo.conf')).toMatchInlineSnapshot(`
      {
        "fileName": "demo-crudini.sh",
        "text": "#!/bin/sh
      # Sets the options of demo.conf that are set in the editor, with crudini; other lines stay as they are.
      # Usage: sh demo-crudini.sh [FILE], FILE being /etc/demo/demo.conf unless given.
      set -e
      conf=\${1:-/etc/demo/demo.conf}
      crudini --del "$conf" demo hooks
      crudini --set -- "$conf" demo hooks a.sh
      crudini --set -- "$conf" demo bind_host 'it'\\''s'
      crudini --set -- "$conf" demo ratio -1
      ",
      }
    `);
    expect(writeDeploymentExport('crudini', demo, { demo: { hooks: ['a.sh', 'b.sh'] } }, 'demo.conf')).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "group": "demo",
            "message": "hooks has 2 entries, and crudini writes a key once: set it in the file itself",
            "option": "hooks",
          },
        ],
        "fileName": "demo-crudini.sh",
      }
    `);
  });

  it('refuses a value no INI line can hold, in every form', () => {
    for (const format of ['kolla-ansible', 'openstack-ansible', 'crudini'] as const) {
      const result = writeDeploymentExport(format, schema, { glance: { cafile: 'a\nb' } }, 'nova.conf');
      expect(result).toMatchObject({ errors: [{ group: 'glance', option: 'cafile', message: 'cafile contains a line break, which an INI value cannot hold' }] });
    }
  });
});
