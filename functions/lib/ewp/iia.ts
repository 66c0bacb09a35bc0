/**
 * An Inter-Institutional Agreement as EWP IIAs API v7 sees it: the shape our export is built from
 * and a partner's file is read into, so the two can be compared field by field. The first partner
 * is the one whose system serves the document (EWP: "the local HEI MUST be the first").
 */

export const IIAS_V7_NS = 'https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd';
export const CONTACT_NS = 'https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1';
export const PHONE_NS = 'https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1';
/** Every earlier IIAs major version lives at the same address with its own branch name. */
export const IIAS_NS_PREFIX = 'https://github.com/erasmus-without-paper/ewp-specs-api-iias/';

export type IiaContact = { name: string; email?: string; phone?: string; role?: string };

export type IiaPartner = {
  heiId: string;
  iiaId?: string;
  iiaCode?: string;
  signingContact?: IiaContact;
  signingDate?: string;
  contacts: IiaContact[];
};

/** The four kinds of cooperation condition, in the order the XSD requires them. */
export const SPEC_KINDS = ['student-studies', 'student-traineeship', 'staff-teacher', 'staff-training'] as const;
export type SpecKind = (typeof SPEC_KINDS)[number];
export const isStudentKind = (kind: SpecKind) => kind === 'student-studies' || kind === 'student-traineeship';
/** Studies and teaching must name at least one recommended language (the XSD's restriction). */
export const needsLanguage = (kind: SpecKind) => kind === 'student-studies' || kind === 'staff-teacher';

export type LanguageSkill = { language: string; cefrLevel?: string };

/** One direction of mobility: who sends whom, how many, for how long, in what and at what level. */
export type MobilitySpec = {
  kind: SpecKind;
  sendingHeiId: string;
  sendingOunitId?: string;
  receivingHeiId: string;
  receivingOunitId?: string;
  firstAcademicYear: string;
  lastAcademicYear: string;
  mobilitiesPerYear: number;
  /** Empty, for studies or teaching, is exported as not-yet-defined (the XSD wants one). */
  languages: LanguageSkill[];
  subjectAreas: { iscedF: string; clarification?: string }[];
  otherInfoTerms?: string;
  /** Students only. */
  totalMonthsPerYear?: number;
  blended?: boolean;
  eqfLevels: number[];
  /** Staff only. */
  totalDaysPerYear?: number;
};

export type Iia = {
  partners: [IiaPartner, IiaPartner];
  inEffect: boolean;
  specs: MobilitySpec[];
  terminatedAsAWhole?: boolean;
  pdfFile?: string;
};

/** A field the export could not fill from what Hamkor holds, and what was done instead. */
export type MissingField = { field: string; message: string };
