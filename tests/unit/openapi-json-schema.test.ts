/**
 * The OpenAPI document's schemas as a standard JSON Schema 2020-12 validator reads them (ajv 8,
 * strict, with formats asserted): every schema compiles, every `#/components/schemas/…` reference
 * resolves from wherever it is (no `$id` moves the base), and every example validates against its
 * own schema. Generators and linters read the document this way, not through zod.
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

  it('has an example on every request body and on most answers, and each validates against its schema', () => {
    const schemaOf = validatorFor(doc);
    const withExample = Object.entries(doc.components.schemas).filter(([, s]) => s.example !== undefined);
    expect(withExample.length).toBeGreaterThanOrEqual(40);
    for (const [name, schema] of withExample) {
      const validate = schemaOf(name);
      expect(validate(schema.example), `${name}'s example: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    // The two whose references a resolver could not follow while they carried $id.
    expect(withExample.map(([n]) => n)).toEqual(expect.arrayContaining(['AgreementChangeRequest', 'MemorandumSubmission']));
  });

  it('catches an example its schema refuses, formats included', () => {
    const schemaOf = validatorFor(doc);
    expect(schemaOf('DownloadUrl')({ url: 'https://documents.example/01J…', expiresAt: '2026-11-20T09:30:00.000Z' })).toBe(false);
    expect(schemaOf('AgreementChangeRequest')({ content: { partnerId: 'x' } })).toBe(false);
    expect(schemaOf('ValidationFailure')({ error: 'validation_failed', message: 'Bad', requestId: 'r' })).toBe(false);
  });
});
