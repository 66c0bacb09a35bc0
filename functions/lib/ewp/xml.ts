/**
 * XML read into a small tree, for EWP documents a partner sends us. saxes is a non-validating
 * parser that never fetches anything and never expands entities of its own; we go further and
 * refuse any DOCTYPE at all, so a billion-laughs file or an external entity (XXE) is turned away
 * before a single declaration is looked at. EWP documents never carry a DTD.
 */
import { SaxesParser } from 'saxes';

export type XmlAttribute = { local: string; uri: string; value: string };
export type XmlElement = { kind: 'element'; local: string; uri: string; attributes: XmlAttribute[]; children: XmlNode[]; line: number };
export type XmlText = { kind: 'text'; text: string };
export type XmlNode = XmlElement | XmlText;

/** Why a document could not be read: a sentence for the office, with the line where it broke. */
export class XmlRefusedError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `${message} (line ${line})` : message);
    this.name = 'XmlRefusedError';
  }
}

/** Deep enough for any IIA (about 8 levels); a file nested deeper is not one, and would only cost stack. */
const MAX_DEPTH = 64;

/** The document's root element. Throws XmlRefusedError on a DOCTYPE, bad XML or absurd nesting. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  // Thrown from inside the parser's handlers: the parser stops at the first problem, reading no further.
  const refuse = (message: string): never => {
    throw new XmlRefusedError(message, parser.line);
  };
  parser.on('doctype', () => refuse('The file declares a DOCTYPE (DTD or entities), which EWP documents never have; it is refused unread'));
  parser.on('error', (e) => refuse(`The file is not well-formed XML: ${e.message.replace(/^[^:]*:\d+:\d+: /, '')}`));
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      kind: 'element',
      local: tag.local,
      uri: tag.uri,
      // Namespace declarations are not attributes in the XPath data model the iia-hash is defined on.
      attributes: Object.values(tag.attributes)
        .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
        .map((a) => ({ local: a.local, uri: a.uri, value: a.value })),
      children: [],
      line: parser.line,
    };
    if (stack.length >= MAX_DEPTH) refuse('The file is nested too deeply to be an EWP document');
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    // One text node for adjacent text and CDATA, as XPath sees them.
    if (last?.kind === 'text') last.text += text;
    else parent.children.push({ kind: 'text', text });
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XmlRefusedError) throw e;
    throw new XmlRefusedError(`The file is not well-formed XML: ${e instanceof Error ? e.message : String(e)}`, parser.line);
  }
  if (!root) throw new XmlRefusedError('The file has no XML element');
  return root;
}

/** The element's children that are elements, optionally only those with this local name. */
export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter((n): n is XmlElement => n.kind === 'element' && (local === undefined || n.local === local));
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return childElements(element, local)[0];
}

/** XPath's string value: all descendant text, in document order. */
export function stringValue(node: XmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(stringValue).join('');
}

/** The attribute without a namespace of this name (how `@name` reads in XPath). */
export function attribute(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.uri === '' && a.local === local)?.value;
}
