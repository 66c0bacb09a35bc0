#!/usr/bin/env python3
"""A second, independent implementation of the EWP IIAs API v7 `iia-hash`, for checking ours.

Written from the words of ../shared/ewp/README.md section 3 (not from functions/lib/ewp/iia-hash.ts),
with Python's standard library only: xml.etree parses, hashlib digests. Usage:

    python3 tests/support/iia-hash.py FILE.xml [--text]

prints one line per <iia> in document order: its iia-hash (or, with --text, its text-to-hash).
The tests run it on the reference vectors and on every demo agreement's export
(tests/integration/ewp-second-hash.test.ts). A test tool, never shipped: the Lambda computes
the hash in TypeScript.
"""
import hashlib
import sys
import xml.etree.ElementTree as ET


def local(tag):
    """The element's local name: the stylesheet compares names without their namespace."""
    return tag.rsplit('}', 1)[-1] if isinstance(tag, str) else ''


def is_true(value):
    return value in ('true', '1')


def elements(node):
    return [c for c in node if isinstance(c.tag, str)]


def string_value(node):
    """XPath's string value: all descendant text, exactly as parsed."""
    return ''.join(node.itertext())


def leaf_value(node):
    if node is None:
        return ''
    if local(node.tag) == 'isced-f-code' and node.get('v6-value'):
        return node.get('v6-value')
    return string_value(node)


def first_child(node, name):
    for c in elements(node):
        if local(c.tag) == name:
            return c
    return None


SKIPPED_ATTRIBUTES = {'not-yet-defined', 'v6-value'}
CONTACTS = {'sending-contact', 'receiving-contact'}
YEARS = {'receiving-first-academic-year-id', 'receiving-last-academic-year-id'}


def walk(node, above):
    """Descendants in document order, each with its ancestors (nearest last)."""
    for child in elements(node):
        yield child, above
        yield from walk(child, above + [child])


def text_to_hash(root, iia):
    parts = []
    if any(local(e.tag) == 'cooperation-conditions' and is_true(e.get('terminated-as-a-whole')) for e in root.iter()):
        parts.append('_@terminated-as-a-whole@_')
    partners = [p for p in elements(iia) if local(p.tag) == 'partner']
    for k, partner in enumerate(partners, start=1):
        parts.append('_iia-id_%d=%s_' % (k, leaf_value(first_child(partner, 'iia-id'))))
    for conditions in (c for c in elements(iia) if local(c.tag) == 'cooperation-conditions'):
        for spec in elements(conditions):
            # Ancestors of the spec's descendants, from the conditions down: a label needs two of them.
            for e, ancestors in walk(spec, [conditions, spec]):
                below_spec = ancestors[2:]
                if any(local(a.tag) in CONTACTS for a in below_spec):
                    continue
                if local(e.tag) in YEARS:
                    continue
                if any(is_true(a.get('not-yet-defined')) for a in [spec] + below_spec + [e]):
                    continue
                label = '%s.%s.%s' % (local(ancestors[-2].tag), local(ancestors[-1].tag), local(e.tag))
                for name, value in e.attrib.items():
                    if '}' not in name and name in SKIPPED_ATTRIBUTES:
                        continue
                    parts.append('_@%s.%s=%s@_' % (label, local(name), value))
                if not elements(e):
                    parts.append('_%s=%s_' % (label, leaf_value(e)))
            parts.append('_receiving-first-academic-year-id=%s_' % leaf_value(first_child(spec, 'receiving-first-academic-year-id')))
            parts.append('_receiving-last-academic-year-id=%s_' % leaf_value(first_child(spec, 'receiving-last-academic-year-id')))
    return ''.join(parts)


def main(argv):
    if len(argv) < 2:
        sys.stderr.write('usage: iia-hash.py FILE.xml [--text]\n')
        return 2
    with open(argv[1], 'rb') as f:
        data = f.read()
    # Our own exports and the reference files only: a DOCTYPE here is a mistake, not something to expand.
    if b'<!DOCTYPE' in data:
        sys.stderr.write('refused: the file declares a DOCTYPE\n')
        return 2
    root = ET.fromstring(data)
    for iia in (e for e in root.iter() if local(e.tag) == 'iia'):
        text = text_to_hash(root, iia)
        sys.stdout.write((text if '--text' in argv[2:] else hashlib.sha256(text.encode('utf-8')).hexdigest()) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
