#!/usr/bin/python3
"""Merge an override into a service's file as a deployment tool does, by the semantics its documentation gives.

Run with /usr/bin/python3 (Debian's python3-oslo.config, python3-yaml, python3-jinja2). Reads one JSON request on
stdin: {"tool": "kolla-ansible" | "openstack-ansible", "base": "<ini>", "override": "<text>", "variable": "<name>",
"trim_blocks": bool}; writes the merged file on stdout.

- kolla-ansible (merge_configs): every source is rendered with Jinja (lstrip_blocks; Ansible's trim_blocks), then
  read with oslo.config's own INI parser; within one source a repeated key gathers its values, and a key of a later
  source replaces all the lines of that key; the result is written `key = value`, one line per value.
- OpenStack-Ansible (config_template, config_type ini): the variable's YAML (Ansible's `!unsafe` strings are not
  rendered, other strings are rendered with Jinja) maps sections to options; a list is joined with commas; a set
  (YAML `? item` keys without values) is written one line per item, sorted and without repeats; anything else is
  written as str(value); each option replaces the option's lines in its section.
"""
import json
import sys

import jinja2
import yaml
from oslo_config import iniparser


class Sections(iniparser.BaseParser):
    """Sections of one source: section -> key -> list of values (a repeated key gathers them)."""

    def __init__(self):
        super().__init__()
        self.sections = {}
        self.current = None

    def new_section(self, section):
        self.current = self.sections.setdefault(section, {})

    def assignment(self, key, value):
        values = [] if value == [''] else value
        self.current.setdefault(key, []).append(values)


def read(text):
    parser = Sections()
    parser.parse(text.splitlines(True))
    return parser.sections


def write(sections):
    out = []
    for section, keys in sections.items():
        out.append('[%s]\n' % section)
        for key, assignments in keys.items():
            for values in assignments:
                if not values:
                    out.append('%s =\n' % key)
                for index, value in enumerate(values):
                    out.append('%s = %s\n' % (key, value) if index == 0 else ' ' * (len(key) + 3) + value + '\n')
        out.append('\n')
    return ''.join(out)


def render(text, trim_blocks):
    environment = jinja2.Environment(lstrip_blocks=True, trim_blocks=trim_blocks, keep_trailing_newline=True)
    return environment.from_string(text).render()


def kolla(request):
    merged = {}
    for source in (request['base'], request['override']):
        for section, keys in read(render(source, request['trim_blocks'])).items():
            merged.setdefault(section, {}).update(keys)
    return write(merged)


class Unsafe(str):
    pass


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor('!unsafe', lambda loader, node: Unsafe(loader.construct_scalar(node)))


def rendered(value, trim_blocks):
    if isinstance(value, Unsafe):
        return str(value)
    if isinstance(value, str):
        return render(value, trim_blocks)
    if isinstance(value, list):
        return [rendered(item, trim_blocks) for item in value]
    if isinstance(value, dict):
        return {rendered(key, trim_blocks): rendered(item, trim_blocks) for key, item in value.items()}
    return value


def openstack_ansible(request):
    variables = yaml.load(request['override'], Loader=Loader)
    overrides = rendered(variables[request['variable']], request['trim_blocks'])
    merged = read(request['base'])
    for section, options in overrides.items():
        keys = merged.setdefault(section, {})
        for key, value in options.items():
            if isinstance(value, dict) and not any(value.values()):
                keys[key] = [[item] for item in sorted(set(str(item) for item in value))]
            elif isinstance(value, list):
                keys[key] = [[','.join(str(item) for item in value)]]
            else:
                keys[key] = [[str(value)]]
    return write(merged)


def main():
    request = json.load(sys.stdin)
    merge = {'kolla-ansible': kolla, 'openstack-ansible': openstack_ansible}[request['tool']]
    sys.stdout.write(merge(request))


if __name__ == '__main__':
    main()
