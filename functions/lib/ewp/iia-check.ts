/**
 * The IIAs v7 get-response XSD, checked in TypeScript: element order and counts, and the
 * patterns of the values we read. xmllint (libxml2) validates against the real XSD set, but it is
 * not in the Lambda runtime, and a native or WebAssembly libxml2 would weigh more than the whole
 * API bundle for one route; the tests hold this check to xmllint's verdict on the same files
 * (tests/integration/ewp.test.ts). Contacts are checked only as far as we read them (a name):
 * their address and phone types are long and nothing of them is compared.
 */
import { IIAS_NS_PREFIX, IIAS_V7_NS, CONTACT_NS } from './iia';
import { childElements, stringValue, type XmlElement } from './xml';

type Rule = { name: string; ns?: string; min: number; max: number; content?: Rule[]; pattern?: RegExp; what?: string; anyContent?: boolean };

const one = (name: string, extra: Partial<Rule> = {}): Rule => ({ name, min: 1, max: 1, ...extra });
const opt = (name: string, extra: Partial<Rule> = {}): Rule => ({ name, min: 0, max: 1, ...extra });
const many = (name: string, min: number, extra: Partial<Rule> = {}): Rule => ({ name, min, max: Infinity, ...extra });

const ASCII_ID = { pattern: /^[!-~]{1,64}$/, what: 'an identifier of 1 to 64 printable ASCII characters' };
const YEAR = { pattern: /^\d{4}\/\d{4}$/, what: 'an academic year such as 2027/2028' };
const BOOLEAN = { pattern: /^\s*(true|false|1|0)\s*$/, what: 'true or false' };
const DECIMAL = { pattern: /^\s*\+?(\d+(\.\d{0,2})?|\.\d{1,2})\s*$/, what: 'a number above zero with at most two decimals' };
const CONTACT: Partial<Rule> = { ns: CONTACT_NS, anyContent: true };
const contactType = (name: string, min: number, max: number): Rule => ({ name, min, max, ...CONTACT, ns: undefined });

const SUBJECT_AREA: Rule[] = [one('isced-f-code', { pattern: /^\d{4}$/, what: 'a 4-digit ISCED-F code' }), opt('isced-clarification')];

const LANGUAGE: Rule[] = [
  one('language', { pattern: /^\s*[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*\s*$/, what: 'a language code such as en' }),
  opt('cefr-level', { pattern: /^[ABC][12]$/, what: 'a CEFR level such as B2' }),
  opt('subject-area', { content: SUBJECT_AREA }),
];

function spec(languagesMin: number, tail: Rule[]): Rule[] {
  return [
    one('sending-hei-id'),
    opt('sending-ounit-id', ASCII_ID),
    { ...contactType('sending-contact', 0, Infinity) },
    one('receiving-hei-id'),
    opt('receiving-ounit-id', ASCII_ID),
    { ...contactType('receiving-contact', 0, Infinity) },
    one('receiving-first-academic-year-id', YEAR),
    one('receiving-last-academic-year-id', YEAR),
    one('mobilities-per-year', { pattern: /^\s*\+?0*[1-9]\d*\s*$/, what: 'a whole number above zero' }),
    many('recommended-language-skill', languagesMin, { content: LANGUAGE }),
    many('subject-area', 0, { content: SUBJECT_AREA }),
    opt('other-info-terms'),
    ...tail,
  ];
}
const STUDENT = [opt('total-months-per-year', DECIMAL), one('blended', BOOLEAN), many('eqf-level', 0, { pattern: /^\s*[1-8]\s*$/, what: 'an EQF level from 1 to 8' })];
const STAFF = [opt('total-days-per-year', DECIMAL)];

const PARTNER: Rule[] = [
  one('hei-id'),
  opt('ounit-id', ASCII_ID),
  opt('iia-id', ASCII_ID),
  opt('iia-code'),
  contactType('signing-contact', 0, 1),
  opt('signing-date', { pattern: /^\d{4}-\d{2}-\d{2}$/, what: 'a date such as 2027-01-31' }),
  { name: 'contact', min: 0, max: Infinity, ...CONTACT },
];

const IIA: Rule[] = [
  { name: 'partner', min: 2, max: 2, content: PARTNER },
  one('in-effect', BOOLEAN),
  one('cooperation-conditions', {
    content: [
      many('student-studies-mobility-spec', 0, { content: spec(1, STUDENT) }),
      many('student-traineeship-mobility-spec', 0, { content: spec(0, STUDENT) }),
      many('staff-teacher-mobility-spec', 0, { content: spec(1, STAFF) }),
      many('staff-training-mobility-spec', 0, { content: spec(0, STAFF) }),
    ],
  }),
  one('iia-hash', { pattern: /^[0-9a-f]{64}$/, what: 'a SHA-256 in lowercase hex' }),
  opt('pdf-file'),
];

/** The first way the document departs from the XSD, as a sentence with its line; none when it follows it. */
export function firstSchemaError(root: XmlElement): string | undefined {
  if (root.local !== 'iias-get-response' || !root.uri.startsWith(IIAS_NS_PREFIX)) {
    return `This is not an EWP IIAs get response: its root element is <${root.local}>${root.uri ? ` in ${root.uri}` : ' without a namespace'}`;
  }
  if (root.uri !== IIAS_V7_NS) {
    const version = /stable-(v\d+)/.exec(root.uri)?.[1] ?? 'another version';
    return `This is an IIAs API ${version} response; only v7 is read (ask the partner for its v7 export)`;
  }
  return sequenceError(root, [{ name: 'iia', min: 0, max: Infinity, content: IIA }]);
}

function sequenceError(parent: XmlElement, rules: Rule[]): string | undefined {
  const children = childElements(parent);
  const text = parent.children.some((n) => n.kind === 'text' && n.text.trim() !== '');
  if (text) return `line ${parent.line}: <${parent.local}> has text where only elements belong`;
  let at = 0;
  for (const rule of rules) {
    const ns = rule.ns ?? IIAS_V7_NS;
    let count = 0;
    while (at < children.length && children[at]!.local === rule.name && children[at]!.uri === ns && count < rule.max) {
      const error = elementError(children[at]!, rule);
      if (error) return error;
      at++;
      count++;
    }
    if (count < rule.min) {
      const found = children[at];
      return `line ${found?.line ?? parent.line}: <${parent.local}> needs ${rule.min === 1 ? 'a' : `at least ${rule.min}`} <${rule.name}>${found ? ` where <${found.local}> is` : ''}`;
    }
  }
  const extra = children[at];
  return extra ? `line ${extra.line}: <${extra.local}> is not expected in <${parent.local}> here` : undefined;
}

function elementError(element: XmlElement, rule: Rule): string | undefined {
  if (rule.anyContent) return childElements(element, 'contact-name').length === 0 ? `line ${element.line}: <${element.local}> needs a <contact-name>` : undefined;
  if (rule.content) return sequenceError(element, rule.content);
  if (childElements(element).length > 0) return `line ${element.line}: <${element.local}> holds elements where a value belongs`;
  if (rule.pattern && !rule.pattern.test(stringValue(element))) return `line ${element.line}: <${element.local}> must be ${rule.what}, not “${stringValue(element).slice(0, 80)}”`;
  return undefined;
}
