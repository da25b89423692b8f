"""The releases and services of the catalog: which Debian suite carries which OpenStack release, and where
each service keeps the oslo-config-generator configuration of its main file.

Shared by prepare_tree.py, generate.py and list_opts.py. Plain data, no imports beyond the standard library.
"""

# release name -> release number and the Debian suite that carries it.
# python_compat: the release's modules import under Python 3.11 only with list_opts.python_compat().
# pockets: the apt suites the tree's packages come from (the suite, its point-release updates and its
# security updates). bullseye's security pocket is left out: Debian 11 is past its regular security support
# and its security packages are not served by the Debian mirror this project uses.
RELEASES = {
    'victoria': {'number': '2020.2', 'suite': 'bullseye', 'debian': '11',
                 'pockets': ['bullseye', 'bullseye-updates'],
                 'from_system': {
                     'python3-openssl': 'bullseye\'s pyOpenSSL 20 uses OpenSSL bindings that the cryptography '
                                        'of Debian 12 no longer has (X509_V_FLAG_CB_ISSUER_CHECK)',
                     'python3-eventlet': 'bullseye\'s eventlet 0.26 does not import under Python 3.11 (it sets '
                                         'attributes of built-in types and reads staticmethod.__code__); '
                                         'eventlet defines no configuration option',
                     'python3-jinja2': 'bullseye\'s Jinja2 2.11 imports markupsafe.soft_unicode, which the '
                                       'markupsafe of Debian 12 no longer has',
                 },
                 # its code was written for Python 3.9: list_opts.python_compat() puts back what 3.10 removed
                 'python_compat': True},
    'zed': {'number': '2022.2', 'suite': 'bookworm', 'debian': '12',
            'pockets': ['bookworm', 'bookworm-updates', 'bookworm-security'], 'from_system': {}},
    'epoxy': {'number': '2025.1', 'suite': 'trixie', 'debian': '13',
              'pockets': ['trixie', 'trixie-updates', 'trixie-security'],
              'from_system': {
                  'python3-jsonschema': 'trixie\'s jsonschema 4.19 needs referencing, which needs the compiled '
                                        'rpds (python3-rpds-py), which Debian 12 does not have',
                  'python3-referencing': 'see python3-jsonschema',
                  'python3-jsonschema-specifications': 'see python3-jsonschema',
              }},
}

# Pure-Python packages that are always taken from this machine, like the compiled ones, because they must
# match a compiled package of this machine.
FROM_SYSTEM = {
    'python3-cffi': 'must be the version of python3-cffi-backend (cffi refuses another _cffi_backend)',
}

SUITE_RELEASE = {info['suite']: name for name, info in RELEASES.items()}

# Each service of the catalog:
#   file:      the main configuration file the catalog entry describes
#   source:    Debian source package
#   package:   the Debian binary package holding the Python code
#   generator: candidate paths, inside the upstream source, of the generator configuration of `file`
#              (the first that exists in the release's source is used; `tox.ini#SECTION` names the
#              oslo-config-generator command of that tox.ini section)
#   extra:     packages the option modules import that the service's package does not depend on
#   common:    the Debian package that ships the sample generated at package build, and candidate paths
#              of that sample in it
SERVICES = {
    'nova': {
        'file': 'nova.conf', 'source': 'nova', 'package': 'python3-nova',
        'generator': ['etc/nova/nova-config-generator.conf'],
        'common': ('nova-common', ['usr/share/nova-common/nova.conf']),
    },
    'glance': {
        'file': 'glance-api.conf', 'source': 'glance', 'package': 'python3-glance',
        'generator': ['etc/oslo-config-generator/glance-api.conf'],
        'common': ('glance-common', ['usr/share/glance-common/glance-api.conf',
                                     'usr/share/glance-api/glance-api.conf']),
    },
    'cinder': {
        'file': 'cinder.conf', 'source': 'cinder', 'package': 'python3-cinder',
        'generator': ['tools/config/cinder-config-generator.conf'],
        'common': ('cinder-common', ['usr/share/cinder-common/cinder.conf']),
    },
    'neutron': {
        'file': 'neutron.conf', 'source': 'neutron', 'package': 'python3-neutron',
        'generator': ['etc/oslo-config-generator/neutron.conf'],
        'common': ('neutron-common', ['usr/share/neutron-common/neutron.conf']),
    },
    'keystone': {
        'file': 'keystone.conf', 'source': 'keystone', 'package': 'python3-keystone',
        'generator': ['config-generator/keystone.conf'],
        'common': ('keystone', ['usr/share/keystone/keystone.conf']),
    },
    'placement': {
        'file': 'placement.conf', 'source': 'placement', 'package': 'python3-placement',
        'generator': ['etc/placement/config-generator.conf'],
        'common': ('placement-common', ['usr/share/placement-common/placement.conf',
                                        'usr/share/placement/placement.conf']),
    },
    'manila': {
        'file': 'manila.conf', 'source': 'manila', 'package': 'python3-manila',
        'generator': ['etc/oslo-config-generator/manila.conf'],
        'common': ('manila-common', ['usr/share/manila-common/manila.conf']),
    },
    'barbican': {
        'file': 'barbican.conf', 'source': 'barbican', 'package': 'python3-barbican',
        'generator': ['etc/oslo-config-generator/barbican.conf'],
        # the KMIP secret store's options module imports kmip, which python3-barbican only suggests
        'extra': ['python3-pykmip'],
        'common': ('barbican-common', ['usr/share/barbican-common/barbican.conf']),
    },
    'heat': {
        'file': 'heat.conf', 'source': 'heat', 'package': 'python3-heat',
        'generator': ['config-generator.conf', 'etc/heat/heat-config-generator.conf'],
        'common': ('heat-common', ['usr/share/heat-common/heat.conf']),
    },
    'octavia': {
        'file': 'octavia.conf', 'source': 'octavia', 'package': 'python3-octavia',
        # octavia has no generator configuration file at 11.0.0: its namespaces are the --namespace
        # arguments of tox.ini's [testenv:genconfig], which import_generator_conf.py turns into one.
        'generator': ['etc/config/octavia-config-generator.conf', 'tox.ini#testenv:genconfig'],
        'common': ('octavia-common', ['usr/share/octavia-common/octavia.conf']),
    },
    'ironic': {
        'file': 'ironic.conf', 'source': 'ironic', 'package': 'python3-ironic',
        'generator': ['tools/config/ironic-config-generator.conf'],
        'common': ('ironic-common', ['usr/share/ironic-common/ironic.conf']),
    },
}
