/**
 * A partner's IIAs get response, read: parsed with DTDs refused (xml.ts), checked against the v7
 * schema (iia-check.ts), and each `<iia>` turned into our IIA shape with the hash it states and
 * the hash its content gives (each recomputed on the IIA alone, as partners do: README §5).
 */
import { attribute, childElements, firstChild, parseXml, stringValue, type XmlElement, XmlRefusedError } from './xml';
import { firstSchemaError } from './iia-check';
import { iiaHash, iiasOf, textToHash, validForApproval } from './iia-hash';
import type { Iia, IiaContact, IiaPartner, MobilitySpec, SpecKind } from './iia';
import { SPEC_KINDS } from './iia';

/** Why a partner's file cannot be read; the message names the first problem. */
export class IiaFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IiaFileError';
  }
}

export type ReadIia = {
  iia: Iia;
  /** The `iia-hash` the file states, and the one its content gives. */
  statedHash: string;
  computedHash: string;
  /** False when parts are marked not-yet-defined or carry v6 values: such an IIA cannot be approved. */
  validForApproval: boolean;
};

const text = (e: XmlElement | undefined) => (e ? stringValue(e).trim() : undefined);
const number = (e: XmlElement | undefined) => (e ? Number(stringValue(e).trim()) : undefined);
const undefinedHere = (e: XmlElement) => ['true', '1'].includes(attribute(e, 'not-yet-defined') ?? '');

function contactOf(e: XmlElement): IiaContact {
  const phone = firstChild(e, 'phone-number');
  const role = text(firstChild(e, 'role-description'));
  const email = text(firstChild(e, 'email'));
  const number_ = phone ? (text(firstChild(phone, 'e164')) ?? text(firstChild(phone, 'other-format'))) : undefined;
  return { name: text(firstChild(e, 'contact-name')) ?? '', ...(email ? { email } : {}), ...(number_ ? { phone: number_ } : {}), ...(role ? { role } : {}) };
}

function partnerOf(e: XmlElement): IiaPartner {
  const signing = firstChild(e, 'signing-contact');
  const [iiaId, iiaCode, signingDate] = [text(firstChild(e, 'iia-id')), text(firstChild(e, 'iia-code')), text(firstChild(e, 'signing-date'))];
  return {
    heiId: text(firstChild(e, 'hei-id')) ?? '',
    ...(iiaId ? { iiaId } : {}),
    ...(iiaCode ? { iiaCode } : {}),
    ...(signing ? { signingContact: contactOf(signing) } : {}),
    ...(signingDate ? { signingDate } : {}),
    contacts: childElements(e, 'contact').map(contactOf),
  };
}

function specOf(e: XmlElement): MobilitySpec {
  const kind = e.local.replace(/-mobility-spec$/, '') as SpecKind;
  const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
  const blended = text(firstChild(e, 'blended'));
  return {
    kind,
    sendingHeiId: text(firstChild(e, 'sending-hei-id')) ?? '',
    ...optional('sendingOunitId', text(firstChild(e, 'sending-ounit-id'))),
    receivingHeiId: text(firstChild(e, 'receiving-hei-id')) ?? '',
    ...optional('receivingOunitId', text(firstChild(e, 'receiving-ounit-id'))),
    firstAcademicYear: text(firstChild(e, 'receiving-first-academic-year-id')) ?? '',
    lastAcademicYear: text(firstChild(e, 'receiving-last-academic-year-id')) ?? '',
    mobilitiesPerYear: number(firstChild(e, 'mobilities-per-year')) ?? 0,
    // A skill marked not-yet-defined is no skill: it is what an export says when none was agreed.
    languages: childElements(e, 'recommended-language-skill')
      .filter((l) => !undefinedHere(l))
      .map((l) => ({ language: text(firstChild(l, 'language')) ?? '', ...optional('cefrLevel', text(firstChild(l, 'cefr-level'))) })),
    subjectAreas: childElements(e, 'subject-area').map((a) => ({ iscedF: text(firstChild(a, 'isced-f-code')) ?? '', ...optional('clarification', text(firstChild(a, 'isced-clarification'))) })),
    ...optional('otherInfoTerms', text(firstChild(e, 'other-info-terms'))),
    ...optional('totalMonthsPerYear', number(firstChild(e, 'total-months-per-year'))),
    ...(blended === undefined ? {} : { blended: blended === 'true' || blended === '1' }),
    eqfLevels: childElements(e, 'eqf-level').map((l) => Number(stringValue(l).trim())),
    ...optional('totalDaysPerYear', number(firstChild(e, 'total-days-per-year'))),
  };
}

function iiaOf(e: XmlElement): Iia {
  const [first, second] = childElements(e, 'partner').map(partnerOf);
  const conditions = firstChild(e, 'cooperation-conditions')!;
  const terminated = ['true', '1'].includes(attribute(conditions, 'terminated-as-a-whole') ?? '');
  const pdfFile = text(firstChild(e, 'pdf-file'));
  return {
    partners: [first!, second!],
    inEffect: ['true', '1'].includes(text(firstChild(e, 'in-effect')) ?? ''),
    specs: childElements(conditions).filter((s) => SPEC_KINDS.some((k) => `${k}-mobility-spec` === s.local)).map(specOf),
    ...(terminated ? { terminatedAsAWhole: true } : {}),
    ...(pdfFile ? { pdfFile } : {}),
  };
}

/** Every IIA in the file. Throws IiaFileError naming the first problem. */
export function readIias(xml: string): ReadIia[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlRefusedError) throw new IiaFileError(e.message);
    throw e;
  }
  const problem = firstSchemaError(root);
  if (problem) throw new IiaFileError(`The file does not follow the EWP IIAs v7 schema: ${problem}`);
  return iiasOf(root).map((element) => {
    // Alone in a response of its own: another IIA's termination must not change this one's hash.
    const alone: XmlElement = { ...root, children: [element] };
    return {
      iia: iiaOf(element),
      statedHash: text(firstChild(element, 'iia-hash')) ?? '',
      computedHash: iiaHash(textToHash(alone, element)),
      validForApproval: validForApproval(alone),
    };
  });
}
