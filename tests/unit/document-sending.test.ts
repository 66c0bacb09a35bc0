/**
 * A document's checks before it is sent (web/src/document-sending.ts), by the API's own rules:
 * each refusal is a sentence's key and its values, for a page to word in its own language.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../shared/schemas/document';
import { ACCEPTED_FILES, fileProblem } from '../../web/src/document-sending';

const pdf = (name: string, body = '%PDF-1.7 a certificate') => new File([body], name, { type: 'application/pdf' });

describe('a document’s checks before it is sent', () => {
  it('take a PDF that starts as a PDF does', async () => {
    expect(await fileProblem(pdf('Certificate.pdf'))).toBeUndefined();
  });

  it('refuse a file of a type the API does not take, an empty one, one too big, and one that is not what its name says', async () => {
    expect(await fileProblem(new File(['notes'], 'notes.txt'))).toEqual({ key: 'attach.badType' });
    expect(await fileProblem(pdf('Empty.pdf', ''))).toEqual({ key: 'attach.empty', params: { name: 'Empty.pdf' } });
    const big = pdf('Big.pdf', `%PDF-${'x'.repeat(MAX_DOCUMENT_BYTES)}`);
    expect(await fileProblem(big)).toEqual({ key: 'attach.tooBig', params: { name: 'Big.pdf', size: 20.1 } });
    expect(await fileProblem(pdf('Scan.pdf', 'PK\u0003\u0004 a zip'))).toEqual({ key: 'attach.notLike', params: { name: 'Scan.pdf', type: 'PDF' } });
  });

  it('offer the file field every extension and type the API takes', () => {
    expect(ACCEPTED_FILES.split(',')).toEqual(expect.arrayContaining(['.pdf', 'application/pdf', '.docx', '.jpg', '.jpeg', '.png', 'image/png']));
  });
});
