/**
 * The one way the signed-in pages talk to the API: JSON both ways, the session cookie sent
 * (same origin only), and an answer that is always `{status, data}` even when the body is not
 * JSON, so callers branch on the status and never on a thrown parse error.
 */
export async function call(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body !== undefined) Object.assign(init, { headers: { ...init.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const res = await fetch(path, init);
  return { status: res.status, data: await res.json().catch(() => ({})) };
}

/** A message box's text and tone (`ok`, `warn`, `error`); an empty text hides it. */
export function say(box, text, tone = '') {
  box.className = `message ${tone}`.trim();
  box.textContent = text;
}

/** "Sign in" as a link after a message; `newTab` keeps what was typed on this page. */
export function signInLink(box, newTab = false) {
  const a = Object.assign(document.createElement('a'), { href: '/signin', textContent: 'Sign in' });
  if (newTab) a.target = '_blank';
  box.append(' ', a);
}
