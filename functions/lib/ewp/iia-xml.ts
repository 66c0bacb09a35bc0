/**
 * An IIA written as an EWP IIAs API v7 `get` response, one `<iia>` in it, with its `iia-hash`.
 * The hash is computed from the very document written (parsed back and walked as the normative
 * stylesheet walks it), so what a partner recomputes from our file is what we state. A response
 * with this IIA alone: a terminated IIA in a batch would change the others' hashes (README §5).
 */
import { iiaHash, iiasOf, textToHash } from './iia-hash';
import type { Iia, IiaContact, IiaPartner, MobilitySpec } from './iia';
import { CONTACT_NS, IIAS_V7_NS, isStudentKind, needsLanguage, PHONE_NS } from './iia';
import { parseXml } from './xml';

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<name>text</name>`, escaped; nothing at all when there is no value. */
const leaf = (name: string, value: string | number | boolean | undefined, indent: string) => (value === undefined ? '' : `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`);

/** E.164 when the number is one once its spacing is gone, else as written. */
function phone(number: string, indent: string): string {
  const e164 = number.replace(/[ ()./-]/g, '');
  const inner = /^\+[0-9]{1,15}$/.test(e164) ? `<p:e164>${e164}</p:e164>` : `<p:other-format>${escapeXml(number)}</p:other-format>`;
  return `${indent}<p:phone-number>${inner}</p:phone-number>\n`;
}

function contact(tag: string, c: IiaContact, indent: string): string {
  const inner = `${indent}  `;
  return (
    `${indent}<${tag}>\n` +
    leaf('c:contact-name', c.name, inner) +
    (c.phone ? phone(c.phone, inner) : '') +
    leaf('c:email', c.email, inner) +
    leaf('c:role-description', c.role, inner) +
    `${indent}</${tag}>\n`
  );
}

function partner(p: IiaPartner): string {
  const i = '      ';
  return (
    '    <partner>\n' +
    leaf('hei-id', p.heiId, i) +
    leaf('iia-id', p.iiaId, i) +
    leaf('iia-code', p.iiaCode, i) +
    (p.signingContact ? contact('signing-contact', p.signingContact, i) : '') +
    leaf('signing-date', p.signingDate, i) +
    p.contacts.map((c) => contact('c:contact', c, i)).join('') +
    '    </partner>\n'
  );
}

function spec(s: MobilitySpec): string {
  const i = '        ';
  const languages = s.languages.length > 0 || !needsLanguage(s.kind) ? s.languages : undefined;
  return (
    `      <${s.kind}-mobility-spec>\n` +
    leaf('sending-hei-id', s.sendingHeiId, i) +
    leaf('sending-ounit-id', s.sendingOunitId, i) +
    leaf('receiving-hei-id', s.receivingHeiId, i) +
    leaf('receiving-ounit-id', s.receivingOunitId, i) +
    leaf('receiving-first-academic-year-id', s.firstAcademicYear, i) +
    leaf('receiving-last-academic-year-id', s.lastAcademicYear, i) +
    leaf('mobilities-per-year', s.mobilitiesPerYear, i) +
    (languages
      ? languages.map((l) => `${i}<recommended-language-skill>\n${leaf('language', l.language, `${i}  `)}${leaf('cefr-level', l.cefrLevel, `${i}  `)}${i}</recommended-language-skill>\n`).join('')
      : // The XSD wants one; EWP's own mark for "not agreed yet" keeps the file valid, out of the hash, and unapprovable.
        `${i}<recommended-language-skill not-yet-defined="true">\n${i}  <language>und</language>\n${i}</recommended-language-skill>\n`) +
    s.subjectAreas.map((a) => `${i}<subject-area>\n${leaf('isced-f-code', a.iscedF, `${i}  `)}${leaf('isced-clarification', a.clarification, `${i}  `)}${i}</subject-area>\n`).join('') +
    leaf('other-info-terms', s.otherInfoTerms, i) +
    (isStudentKind(s.kind)
      ? leaf('total-months-per-year', s.totalMonthsPerYear, i) + leaf('blended', s.blended ?? false, i) + s.eqfLevels.map((l) => leaf('eqf-level', l, i)).join('')
      : leaf('total-days-per-year', s.totalDaysPerYear, i)) +
    `      </${s.kind}-mobility-spec>\n`
  );
}

const HASH_SLOT = '<iia-hash>HASH</iia-hash>';

/** The get response, and the hash it states. */
export function iiaXml(iia: Iia): { xml: string; iiaHash: string } {
  const unhashed =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<iias-get-response xmlns="${IIAS_V7_NS}" xmlns:c="${CONTACT_NS}" xmlns:p="${PHONE_NS}">\n` +
    '  <iia>\n' +
    iia.partners.map(partner).join('') +
    leaf('in-effect', iia.inEffect, '    ') +
    `    <cooperation-conditions${iia.terminatedAsAWhole ? ' terminated-as-a-whole="true"' : ''}>\n` +
    iia.specs.map(spec).join('') +
    '    </cooperation-conditions>\n' +
    `    ${HASH_SLOT}\n` +
    leaf('pdf-file', iia.pdfFile, '    ') +
    '  </iia>\n' +
    '</iias-get-response>\n';
  const root = parseXml(unhashed);
  const hash = iiaHash(textToHash(root, iiasOf(root)[0]!));
  return { xml: unhashed.replace(HASH_SLOT, `<iia-hash>${hash}</iia-hash>`), iiaHash: hash };
}
