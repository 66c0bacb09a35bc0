/** Reading a partner's XML: DTDs and entities refused before anything is expanded or fetched. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute, childElements, parseXml, stringValue, XmlRefusedError } from '../../functions/lib/ewp/xml';

/** Kept as files, so the route's tests send the very same bytes. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ewp/${name}`, import.meta.url), 'utf8');
const BILLION_LAUGHS = fixture('billion-laughs.xml');
const XXE = fixture('xxe.xml');

describe('parseXml', () => {
  it('reads elements by local name and namespace, attributes without the namespace declarations, and text with entities decoded', () => {
    const root = parseXml('<r xmlns="urn:a" xmlns:b="urn:b"><b:x y="1">A &amp; <![CDATA[<B>]]></b:x></r>');
    expect(root).toMatchObject({ local: 'r', uri: 'urn:a', attributes: [] });
    const [x] = childElements(root);
    expect(x).toMatchObject({ local: 'x', uri: 'urn:b' });
    expect(attribute(x!, 'y')).toBe('1');
    expect(stringValue(x!)).toBe('A & <B>');
  });

  it('refuses a billion-laughs file at its DOCTYPE, without expanding anything', () => {
    const started = performance.now();
    expect(() => parseXml(BILLION_LAUGHS)).toThrow(/DOCTYPE/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an external entity (XXE) at its DOCTYPE, so no file is ever read', () => {
    expect(() => parseXml(XXE)).toThrow(XmlRefusedError);
    expect(() => parseXml(XXE)).toThrow(/DOCTYPE/);
  });

  it('refuses an entity it does not know, rather than passing it through', () => {
    expect(() => parseXml('<r>&xxe;</r>')).toThrow(/not well-formed/);
  });

  it('names the line where a file stops being XML', () => {
    expect(() => parseXml('<r>\n<a>\n</b></r>')).toThrow(/line 3/);
  });

  it('refuses what is not XML at all, and nesting no IIA has', () => {
    expect(() => parseXml('hello')).toThrow(XmlRefusedError);
    expect(() => parseXml('')).toThrow(XmlRefusedError);
    expect(() => parseXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`)).toThrow(/nested too deeply/);
  });
});
