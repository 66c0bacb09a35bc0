/**
 * The OpenAPI document's schemas as a standard JSON Schema 2020-12 validator reads them (ajv 8,
 * strict, with formats asserted): every schema compiles, every `#/components/schemas/…` reference
 * resolves from wherever it is (no `$id` moves the base), and every example (`example`, and each of
 * JSON Schema's `examples`, which OpenAPI 3.1 allows) validates against its own schema. Generators
 * and linters read the document this way, not through zod. And the examples show what the schemas
 * say: for the components named below, every property appears in one of its examples.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { apiDescription } from '../../functions/api/openapi';

type Schema = Record<string, unknown>;
type Doc = { components: { schemas: Record<string, Schema> }; paths: Record<string, Record<string, unknown>> };

const BASE = 'https://hamkor.invalid/openapi.json';
const doc = apiDescription() as unknown as Doc;

function validatorFor(document: Doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // OpenAPI's own annotation, and the document's sections the schemas live in: not validation keywords.
  ajv.addKeyword('example');
  ajv.addKeyword('components');
  ajv.addSchema({ $id: BASE, components: { schemas: document.components.schemas } });
  return (name: string) => ajv.getSchema(`${BASE}#/components/schemas/${name}`)!;
}

describe('the document read as JSON Schema 2020-12', () => {
  it('has component schemas without $id or $schema, each of which compiles with its references resolved', () => {
    const schemaOf = validatorFor(doc);
    const names = Object.keys(doc.components.schemas);
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) {
      const schema = doc.components.schemas[name]!;
      expect(schema.$id, `${name} has no $id (it would change the base of its references)`).toBeUndefined();
      expect(schema.$schema, `${name} has no $schema (the document's dialect applies)`).toBeUndefined();
      expect(() => schemaOf(name), `${name} compiles`).not.toThrow();
    }
  });

  it('has an example on every schema but the files of bytes, and each validates against its schema', () => {
    const schemaOf = validatorFor(doc);
    const withExample = Object.entries(doc.components.schemas).filter(([, s]) => s.example !== undefined);
    expect(withExample.length).toBeGreaterThanOrEqual(40);
    // A PDF or a DOCX (format: binary) has no example a JSON document could show.
    expect(Object.entries(doc.components.schemas).filter(([, s]) => s.example === undefined && s.format !== 'binary').map(([name]) => name)).toEqual([]);
    for (const [name, schema] of withExample) {
      const validate = schemaOf(name);
      expect(validate(schema.example), `${name}'s example: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    // The two whose references a resolver could not follow while they carried $id.
    expect(withExample.map(([n]) => n)).toEqual(expect.arrayContaining(['AgreementChangeRequest', 'MemorandumSubmission']));
  });

  it('validates every entry of a component’s examples, the first being its example', () => {
    const schemaOf = validatorFor(doc);
    const withExamples = Object.entries(doc.components.schemas).filter(([, s]) => s.examples !== undefined);
    expect(withExamples.length).toBeGreaterThanOrEqual(5);
    for (const [name, schema] of withExamples) {
      const examples = schema.examples as unknown[];
      expect(Array.isArray(examples) && examples.length >= 2, `${name}'s examples are a list of more than one`).toBe(true);
      expect(examples[0], `${name}'s example is its first example`).toEqual(schema.example);
      const validate = schemaOf(name);
      examples.forEach((example, i) => expect(validate(example), `${name}'s examples[${i}]: ${JSON.stringify(validate.errors)}`).toBe(true));
    }
  });

  it('catches an example its schema refuses, formats included', () => {
    const schemaOf = validatorFor(doc);
    expect(schemaOf('DownloadUrl')({ url: 'https://documents.example/01J…', expiresAt: '2026-11-20T09:30:00.000Z' })).toBe(false);
    expect(schemaOf('AgreementChangeRequest')({ content: { partnerId: 'x' } })).toBe(false);
    expect(schemaOf('ValidationFailure')({ error: 'validation_failed', message: 'Bad', requestId: 'r' })).toBe(false);
  });
});

// ---- every property shown ----------------------------------------------------------------

/**
 * The components whose examples show every property their schema has, at any depth: every request
 * body, what issue 12 added or changed (nominations' dates, formats, staff hours, incoming
 * students' contacts, accommodation, residences and rooms, study plans, activities, partner types,
 * degree programmes, research areas, joint laboratories) and the answers made of them, and every
 * other schema that has properties. A new one is named here with its examples, or the test says so.
 */
const SHOWN_IN_FULL = [
  // Request bodies.
  'NominationInput',
  'MemorandumInput',
  'MemorandumSubmission',
  'LinkRequest',
  'LanguageChoice',
  'SessionRequest',
  'PreviewRequest',
  'DecideRequest',
  'ActionDocumentRequest',
  'WithdrawRequest',
  'NominationDocumentRequest',
  'AgreementDocumentRequest',
  'ActivityDocumentRequest',
  'PartnerInput',
  'PartnerUpdate',
  'QuotaOverrideRequest',
  'PartnerResponseRequest',
  'PartnerAnswerRequest',
  'CompletionRequest',
  'SignatureRequest',
  'TerminationRequest',
  'RenewalRequest',
  'AgreementChangeRequest',
  'PersonInput',
  'PersonUpdate',
  'ChainUpdate',
  'WorkbookRequest',
  'ResidenceUpdate',
  'RoomAssignmentRequest',
  'ActivityInput',
  'ActivityUpdate',
  'ActivityCancellation',
  'ActivityConfirmation',
  'ActivityReturn',
  'ActivityConfirmationSettingUpdate',
  'ArrivalRequest',
  'InvitationData',
  'TemplateUpload',
  'StudyPlanSaveRequest',
  'StudyPlanAnswerRequest',
  'SignatoryAnswerRequest',
  'SignatoryTextRequest',
  'SignedCopyRequest',
  'SignedCopyCompleteRequest',
  'SignatorySendRequest',
  // What issue 12 added or changed, and the answers made of it.
  'IncomingDetails',
  'InvitationDataAnswer',
  'Nomination',
  'NominationList',
  'NominationRegistry',
  'SubmittedNomination',
  'NominationWithHistory',
  'StudyPlanSummary',
  'HistoryEvent',
  'Residence',
  'ResidenceList',
  'RoomAssignment',
  'RoomConflict',
  'Agreement',
  'AgreementList',
  'AgreementWithHistory',
  'AgreementChange',
  'Partner',
  'PartnerList',
  'PartnerConflict',
  'Activity',
  'ActivityRegistry',
  'ActivityConflict',
  'ActivityConfirmationSetting',
  'ActivityConfirmationSettingConflict',
  'ActivityStatistics',
  'StudyPlan',
  'StudyPlanVersionList',
  'StudyPlanPreview',
  'StudyPlanAnswerResult',
  'TemplateView',
  // The other answers.
  'AgreementVersionList',
  'AttachedDocument',
  'DocumentList',
  'UploadTicket',
  'Preview',
  'DecisionAnswer',
  'NominationPartnerPreview',
  'SignatoryPreview',
  'PartnerPreview',
  'SignatoryAnswerResult',
  'SignedCopyResult',
  'PartnerAnswerResult',
  'MobilityStatistics',
  'AgreementStatistics',
  'PlacesUse',
  'ExchangeBalance',
  'YearlyFigures',
  'InReviewByStep',
  'EwpIiaCheck',
  'EwpMissingField',
  'IiaComparisonList',
  'EwpUnmappedField',
  'IiaAgreementCreated',
  'EwpApprovalConflict',
  'Health',
  'Message',
  'DownloadUrl',
  'DormantAgreementList',
  'VersionDiff',
  'PlacesTable',
  'ImportProblem',
  'ImportReport',
  'ImportResult',
  // The directory and the failures every route shares.
  'University',
  'FacultyList',
  'PersonView',
  'SignedIn',
  'PersonRecord',
  'PersonList',
  'ChainView',
  'ChainList',
  'Error',
  'ValidationFailure',
];

/**
 * Paths no valid example can show. A partner's names in another language are text; the index
 * signature also admits `own`'s shape only so that a generated client's type allows `names.own`
 * (shared/schemas/partner.ts), and the schema's own rule refuses it under any other key.
 */
const PARTNER_NAMES_UNSHOWABLE = ['names{}.language', 'names{}.name'];
/** A 409 carries the current state, never field errors: only a 400 (ValidationFailure) has `fields`. */
const NO_FIELDS_IN_A_CONFLICT = ['fields', 'fields[].path', 'fields[].message', 'fields[].code', 'fields[].values', 'fields[].values{}'];
const UNSHOWABLE: Record<string, string[]> = {
  PartnerInput: PARTNER_NAMES_UNSHOWABLE,
  PartnerUpdate: PARTNER_NAMES_UNSHOWABLE,
  MemorandumSubmission: PARTNER_NAMES_UNSHOWABLE.map((p) => `proposedPartner.${p}`),
  PartnerConflict: NO_FIELDS_IN_A_CONFLICT,
  RoomConflict: NO_FIELDS_IN_A_CONFLICT,
  ActivityConflict: NO_FIELDS_IN_A_CONFLICT,
  ActivityConfirmationSettingConflict: NO_FIELDS_IN_A_CONFLICT,
  EwpApprovalConflict: NO_FIELDS_IN_A_CONFLICT,
};

/**
 * A property path: `a.b` for a property, `a[]` for an array's items, `a{}` for a record's values
 * (a JSON Schema's `additionalProperties`).
 */
type Path = string;

const join = (prefix: Path, key: string): Path => (prefix ? `${prefix}.${key}` : key);

/**
 * The schema a `$ref` names, followed until it is not a reference, with the names followed (to
 * stop at a cycle); undefined where the walk stops: a cycle, or another component of
 * SHOWN_IN_FULL, whose own examples show what is under it (a nomination's `history[]` is
 * HistoryEvent's business, not NominationWithHistory's).
 */
function resolved(schema: Schema, seen: ReadonlySet<string>): { schema: Schema; seen: ReadonlySet<string> } | undefined {
  let s = schema;
  let names = seen;
  while (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop()!;
    if (names.has(name) || SHOWN_IN_FULL.includes(name)) return undefined;
    names = new Set([...names, name]);
    s = doc.components.schemas[name]!;
  }
  return { schema: s, seen: names };
}

const branches = (s: Schema) => ['anyOf', 'oneOf', 'allOf'].flatMap((k) => (Array.isArray(s[k]) ? (s[k] as Schema[]) : []));
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every property path a schema describes, through references, unions, arrays and records. */
function schemaPaths(schema: Schema, prefix: Path = '', seen: ReadonlySet<string> = new Set(), out = new Set<Path>()): Set<Path> {
  const r = resolved(schema, seen);
  if (!r) return out;
  const { schema: s } = r;
  for (const branch of branches(s)) schemaPaths(branch, prefix, r.seen, out);
  if (isSchema(s.properties)) {
    for (const [key, property] of Object.entries(s.properties)) {
      out.add(join(prefix, key));
      schemaPaths(property as Schema, join(prefix, key), r.seen, out);
    }
  }
  if (isSchema(s.items)) schemaPaths(s.items, `${prefix}[]`, r.seen, out);
  // A record's values; an open object's `{}` (anything more) describes nothing to show.
  if (isSchema(s.additionalProperties) && Object.keys(s.additionalProperties).length > 0) {
    out.add(`${prefix}{}`);
    schemaPaths(s.additionalProperties, `${prefix}{}`, r.seen, out);
  }
  return out;
}

/** The paths of a schema that a value shows: walked together, so a key counts only where the schema has it. */
function shownPaths(schema: Schema, value: unknown, prefix: Path = '', seen: ReadonlySet<string> = new Set(), out = new Set<Path>()): Set<Path> {
  const r = resolved(schema, seen);
  if (!r) return out;
  const { schema: s } = r;
  for (const branch of branches(s)) shownPaths(branch, value, prefix, r.seen, out);
  if (Array.isArray(value)) {
    if (isSchema(s.items)) for (const item of value) shownPaths(s.items, item, `${prefix}[]`, r.seen, out);
  } else if (isSchema(value)) {
    const properties = isSchema(s.properties) ? s.properties : {};
    for (const [key, v] of Object.entries(value)) {
      // What JSON leaves out (`{ ...example, email: undefined }`) shows nothing.
      if (v === undefined) continue;
      if (key in properties) {
        out.add(join(prefix, key));
        shownPaths(properties[key] as Schema, v, join(prefix, key), r.seen, out);
      } else if (isSchema(s.additionalProperties)) {
        out.add(`${prefix}{}`);
        shownPaths(s.additionalProperties, v, `${prefix}{}`, r.seen, out);
      }
    }
  }
  return out;
}

/** A component's examples: its `examples`, or its one `example`. */
const examplesOf = (schema: Schema): unknown[] => (Array.isArray(schema.examples) ? schema.examples : schema.example === undefined ? [] : [schema.example]);

describe('the examples of the document', () => {
  it('show every property of every request body and every answer, in one example or another', () => {
    // Every request body is named: a new route's body cannot go undocumented.
    const bodies = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).flatMap((op) => {
        const ref = (op as { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }).requestBody?.content['application/json']?.schema.$ref;
        return ref ? [ref.split('/').pop()!] : [];
      }),
    );
    expect(bodies.length).toBeGreaterThanOrEqual(40);
    expect(bodies.filter((name) => !SHOWN_IN_FULL.includes(name))).toEqual([]);
    // And so is every other schema with properties: only a file or a text (ExportFile, EwpIiaFile) is left out.
    expect(Object.entries(doc.components.schemas).filter(([name, schema]) => !SHOWN_IN_FULL.includes(name) && schemaPaths(schema).size > 0).map(([name]) => name)).toEqual([]);

    const missing: Record<string, Path[]> = {};
    for (const name of SHOWN_IN_FULL) {
      const schema = doc.components.schemas[name];
      expect(schema, `${name} is a component`).toBeDefined();
      const shown = new Set<Path>();
      for (const example of examplesOf(schema!)) for (const path of shownPaths(schema!, example)) shown.add(path);
      const unshown = [...schemaPaths(schema!)].filter((p) => !shown.has(p) && !UNSHOWABLE[name]?.includes(p));
      if (unshown.length) missing[name] = unshown;
    }
    expect(missing).toEqual({});
  });

  it('finds a property that no example shows, in an array’s items, a record’s values and a union’s branches', () => {
    const schema: Schema = {
      type: 'object',
      properties: {
        list: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } } },
        byLanguage: { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'object', properties: { name: { type: 'string' } } }] } },
      },
    };
    const all = schemaPaths(schema);
    const shown = shownPaths(schema, { list: [{ a: 'x' }], byLanguage: { kk: 'Астана' }, extra: { b: 'y' } });
    expect([...all].filter((p) => !shown.has(p))).toEqual(['list[].b', 'byLanguage{}.name']);
  });
});
