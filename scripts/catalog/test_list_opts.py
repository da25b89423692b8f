#!/usr/bin/python3
"""Tests of list_opts.py against the real nova of a release (default zed; CATALOG_RELEASE=victoria|epoxy).

    /usr/bin/python3 -S scripts/catalog/test_list_opts.py        (after scripts/catalog/prepare-tree.sh)

Registers every option of nova's namespaces into a cfg.ConfigOpts, reads an empty file and reads every option;
checks that the registered options are the catalog's (catalog/RELEASE/nova.json), with the same types.
Not part of `npm test`: it needs the prepared tree.
"""
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import list_opts  # noqa: E402

RELEASE = os.environ.get('CATALOG_RELEASE', 'zed')
CONFIG_OPTS_OWN = {'config_file', 'config_dir', 'config_source', 'shell_completion'}  # ConfigOpts' own


class NovaOptions(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conf = list_opts.config_opts(RELEASE, 'nova')
        fd, path = tempfile.mkstemp(suffix='.conf')
        os.close(fd)
        try:
            cls.required = list_opts.load(cls.conf, path)
            cls.values = list_opts.read_all(cls.conf)
        finally:
            os.unlink(path)
        with open(os.path.join(REPO, 'catalog', RELEASE, 'nova.json')) as f:
            cls.catalog = json.load(f)['options']

    def registered(self):
        out = {}
        for gname in [None] + sorted(self.conf._groups):
            opts = self.conf._opts if gname is None else self.conf._groups[gname]._opts
            for dest, info in opts.items():
                if gname is None and dest in CONFIG_OPTS_OWN:
                    continue
                out[(gname or 'DEFAULT', dest)] = info['opt']
        return out

    def test_every_option_reads_without_error_from_an_empty_file(self):
        errors = {(g, d): v['error'] for g, vals in self.values.items() for d, v in vals.items()
                  if isinstance(v, dict) and 'error' in v}
        self.assertEqual(errors, {})

    def test_only_required_options_are_without_value(self):
        opts = self.registered()
        for name in self.required:
            g, d = name.split('.', 1)
            self.assertTrue(opts[(g, d)].required, name)
        if RELEASE == 'zed':  # keystoneauth's password plugin options, listed for documentation
            self.assertEqual(self.required, [g + '.auth_url' for g in (
                'cinder', 'ironic', 'keystone', 'neutron', 'oslo_limit', 'placement', 'service_user',
                'vendordata_dynamic_auth')])

    def test_the_registered_options_are_the_catalogs(self):
        from oslo_config import generator
        catalog = {(g, o['dest']): o for g, grp in self.catalog.items() for o in grp['opts']}
        opts = self.registered()
        self.assertEqual(sorted(opts), sorted(catalog))
        if RELEASE == 'zed':
            self.assertEqual(len({g for g, _ in opts}), 59)
            self.assertEqual(len(opts), 1055)
        for key, opt in opts.items():
            self.assertEqual(generator._format_type_name(opt.type), catalog[key]['type'], key)

    def test_the_real_types_are_there(self):
        from oslo_config import types
        opts = self.registered()
        # oslo.log's rotation interval: choices compared ignoring case, which the JSON does not say
        rot = opts[('DEFAULT', 'log_rotate_interval_type')].type
        self.assertTrue(rot.ignore_case)
        self.assertEqual(rot('days'), 'days')
        # item types, which the JSON does not give
        self.assertIsInstance(opts[('DEFAULT', 'reserved_huge_pages')].type, types.Dict)  # MultiOpt of Dict
        providers = opts[('api', 'vendordata_providers')].type
        self.assertIsInstance(providers, types.List)
        self.assertIn('StaticJSON', providers.item_type.choices)
        self.assertIsInstance(opts[('glance', 'api_servers')].type.item_type, types.String)
        # a regex, which the JSON does not give either
        audit = opts[('DEFAULT', 'instance_usage_audit_period')].type
        self.assertEqual(audit.regex.pattern, '^(hour|month|day|year)(@([0-9]+))?$')
        self.assertRaises(ValueError, audit, 'weekly')
        self.assertEqual(self.conf.glance.num_retries, 3)

if __name__ == '__main__':
    unittest.main(verbosity=2)
