// @vitest-environment happy-dom
/**
 * The sign-in page's part in returning a person to where they were going, with the API answered
 * by a stub: the page's `?next=` goes with the link request only when it is a page of this site,
 * and a used link leads to the page the API answers, or to the default page when that is no page
 * of ours (the API checks it too: the page does not take its word for it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../web/src/pages/signin-page';

function stubApi(answer: (path: string) => { status: number; data: unknown }) {
  const bodies: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body ?? '{}')) as Record<string, unknown>);
      const { status, data } = answer(path);
      return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return bodies;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const PERSON = { email: 'iro@uni.example', name: 'Nodira Alimova', language: 'en', roles: [] };

describe('the sign-in page, asked for from a page', () => {
  it('asks for the link with the page when it is one of this site’s', async () => {
    // Prepare
    const bodies = stubApi(() => ({ status: 202, data: { message: 'sent' } }));
    const model = signIn(null, () => undefined, '/office/activities?activity=act-1');
    model.email.value = 'iro@uni.example';

    // Act
    await model.askForLink();

    // Assess
    expect(bodies).toEqual([{ email: 'iro@uni.example', next: '/office/activities?activity=act-1' }]);
  });

  it('asks for the link without the page when it is not one of this site’s', async () => {
    // Prepare
    const bodies = stubApi(() => ({ status: 202, data: { message: 'sent' } }));
    const hostile = ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/api/me', '/office\t'];

    // Act
    for (const next of hostile) {
      const model = signIn(null, () => undefined, next);
      model.email.value = 'iro@uni.example';
      await model.askForLink();
    }

    // Assess
    expect(bodies).toEqual(hostile.map(() => ({ email: 'iro@uni.example' })));
  });

  it('leads a used link to the page the API answers, or to the default page when that is not one of ours', async () => {
    // Prepare
    const went: string[] = [];
    const answers = [{ ...PERSON, next: '/office/activities?activity=act-1' }, PERSON, { ...PERSON, next: '//evil.example' }, { ...PERSON, next: 'https://evil.example' }];

    // Act
    for (const data of answers) {
      stubApi(() => ({ status: 200, data }));
      await signIn('token-1', (path) => went.push(path)).signInWithLink();
    }

    // Assess
    expect(went).toEqual(['/office/activities?activity=act-1', '/', '/', '/']);
  });
});
