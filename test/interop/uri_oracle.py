#!/usr/bin/python3
"""Ask the REAL oslo.config URI type which strings it accepts.

Run ONLY with /usr/bin/python3 (Debian's python3-oslo.config 9.0.0).
stdin: a JSON list of strings. stdout: a JSON list with, for each string,
true when types.URI() accepts it, else str() of the ValueError it raised.
"""
import json
import sys

from oslo_config import types


def check(value):
    try:
        types.URI()(value)
    except ValueError as exc:  # includes UnicodeEncodeError for lone surrogates
        return str(exc)
    return True


def main():
    values = json.loads(sys.stdin.buffer.read().decode('utf-8'))
    json.dump([check(value) for value in values], sys.stdout)


if __name__ == '__main__':
    main()
