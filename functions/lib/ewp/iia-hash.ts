/**
 * The EWP IIAs API v7 `iia-hash`: what both partners sign is the SHA-256 of a text built from
 * the IIA's partner ids and cooperation conditions. The normative definition is an XSLT 2.0
 * stylesheet (transform_version_7.xsl), which no Lambda can run; this is the same walk written
 * out, step for step as ../shared/ewp/README.md §3 describes it, and tested byte for byte against
 * every verified vector there. Element names are compared by local name, as the stylesheet does.
 */
import { createHash } from 'node:crypto';
import { attribute, childElements, stringValue, type XmlElement } from './xml';

const isTrue = (value: string | undefined) => value === 'true' || value === '1';

function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of childElements(element)) {
    yield child;
    yield* descendants(child);
  }
}

/** Each element with its ancestors, root first, so the walk can look up as XPath's axes do. */
type Placed = { element: XmlElement; ancestors: XmlElement[] };

function* placedDescendants(element: XmlElement, ancestors: XmlElement[]): Generator<Placed> {
  for (const child of childElements(element)) {
    yield { element: child, ancestors };
    yield* placedDescendants(child, [...ancestors, child]);
  }
}

/** `ewp:dumpElement`: an ISCED code with a v6 value is hashed as that value. */
function leafValue(element: XmlElement | undefined): string {
  if (!element) return '';
  const v6 = element.local === 'isced-f-code' ? attribute(element, 'v6-value') : undefined;
  return v6 ? v6 : stringValue(element);
}

const CONTACTS = new Set(['sending-contact', 'receiving-contact']);
const YEARS = new Set(['receiving-first-academic-year-id', 'receiving-last-academic-year-id']);

/** The text-to-hash of one `<iia>`, given the whole document (one terminated IIA changes them all: README §5). */
export function textToHash(root: XmlElement, iia: XmlElement, rootAncestors: XmlElement[] = ancestorsOf(root, iia)): string {
  let text = '';
  const terminated = [root, ...descendants(root)].some((e) => e.local === 'cooperation-conditions' && isTrue(attribute(e, 'terminated-as-a-whole')));
  if (terminated) text += '_@terminated-as-a-whole@_';
  childElements(iia, 'partner').forEach((partner, i) => {
    text += `_iia-id_${i + 1}=${leafValue(childElements(partner, 'iia-id')[0])}_`;
  });
  for (const conditions of childElements(iia, 'cooperation-conditions')) {
    for (const spec of childElements(conditions)) {
      const above = [...rootAncestors, iia, conditions, spec];
      for (const { element, ancestors } of placedDescendants(spec, above)) {
        if (ancestors.some((a) => CONTACTS.has(a.local))) continue;
        if (YEARS.has(element.local)) continue;
        if ([...ancestors, element].some((a) => isTrue(attribute(a, 'not-yet-defined')))) continue;
        const parent = ancestors[ancestors.length - 1]!;
        const grandparent = ancestors[ancestors.length - 2];
        const path = `${grandparent?.local ?? ''}.${parent.local}.${element.local}`;
        for (const a of element.attributes) {
          if (a.uri === '' && (a.local === 'not-yet-defined' || a.local === 'v6-value')) continue;
          text += `_@${path}.${a.local}=${a.value}@_`;
        }
        if (childElements(element).length === 0) text += `_${path}=${leafValue(element)}_`;
      }
      text += `_receiving-first-academic-year-id=${leafValue(childElements(spec, 'receiving-first-academic-year-id')[0])}_`;
      text += `_receiving-last-academic-year-id=${leafValue(childElements(spec, 'receiving-last-academic-year-id')[0])}_`;
    }
  }
  return text;
}

/** The ancestors of `target` below and including `root`, root first (empty when target is root). */
function ancestorsOf(root: XmlElement, target: XmlElement): XmlElement[] {
  const path: XmlElement[] = [];
  const find = (element: XmlElement): boolean => {
    if (element === target) return true;
    path.push(element);
    for (const child of childElements(element)) if (find(child)) return true;
    path.pop();
    return false;
  };
  return find(root) ? path : [];
}

/** Every `<iia>` in the document, wherever it is (the stylesheet's `//iia`), in document order. */
export function iiasOf(root: XmlElement): XmlElement[] {
  return [root, ...descendants(root)].filter((e) => e.local === 'iia');
}

/** The lowercase hex SHA-256 of the text, as UTF-8: the `iia-hash`. */
export function iiaHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The stylesheet's `valid-for-approval` flag: false when anything in the document is marked
 * not-yet-defined or carries a v6 value (an IIA converted from v6 that nobody has completed).
 */
export function validForApproval(root: XmlElement): boolean {
  return ![root, ...descendants(root)].some((e) => isTrue(attribute(e, 'not-yet-defined')) || (attribute(e, 'v6-value') ?? '') !== '');
}
