/**
 * Sign-in page. With `#t=<token>` (from a magic-link email) it offers a "Sign in" button that
 * exchanges the token for a session cookie; without one it asks for an email address.
 *
 * Why nothing happens on load: mail security scanners open every link in a message, some in a
 * real browser that runs scripts. Spending the one-time token on load would let a scanner use
 * (and burn) it, so only a person pressing the button spends it. The token lives in the URL
 * fragment, which never reaches a server log, and leaves this page only in a POST body.
 */

const $ = (id) => document.getElementById(id);
const message = $('message');

function say(text, tone = '') {
  message.className = `message ${tone}`.trim();
  message.textContent = text;
}

async function post(path, body) {
  const res = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, data: await res.json().catch(() => ({})) };
}

const dropFragment = () => history.replaceState(null, '', location.pathname + location.search);
function showEmailForm() { $('link-section').hidden = true; $('email-section').hidden = false; }

const token = new URLSearchParams(location.hash.slice(1)).get('t');

if (token) {
  $('link-section').hidden = false;
  const button = $('signin-button');
  button.addEventListener('click', async () => {
    button.disabled = true;
    say('Signing you in…');
    try {
      const { status, data } = await post('/api/auth/session', { token });
      if (status === 200) {
        dropFragment();
        location.replace('/');
        return;
      }
      dropFragment(); // the token is spent or useless either way
      if (status === 404) say('This sign-in link is not valid. Ask for a new one below.', 'error');
      else if (data.error === 'link_used') say('This sign-in link has already been used. Ask for a new one below.', 'error');
      else if (status === 410) say('This sign-in link has expired. Ask for a new one below.', 'error');
      else say(data.message || `Sign-in failed (${status}). Ask for a new link below.`, 'error');
      showEmailForm();
      $('email').focus();
    } catch {
      button.disabled = false;
      say('Could not reach the server. Check your connection and press "Sign in" again.', 'error');
    }
  });
} else {
  showEmailForm();
}

const form = $('email-form');
const email = $('email');

function fieldError(text) {
  $('email-error')?.remove();
  email.removeAttribute('aria-invalid');
  email.removeAttribute('aria-describedby');
  if (!text) return;
  const p = Object.assign(document.createElement('p'), { id: 'email-error', className: 'field-error', textContent: text });
  email.after(p);
  email.setAttribute('aria-invalid', 'true');
  email.setAttribute('aria-describedby', 'email-error');
  email.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  fieldError('');
  const value = email.value.trim();
  if (!value) return fieldError('Enter your email address');
  const submit = form.querySelector('button[type=submit]');
  submit.disabled = true;
  say('Sending…');
  try {
    const { status, data } = await post('/api/auth/link', { email: value });
    if (status === 202) {
      say('If this address may sign in, a link is on its way. Check your inbox (and the spam folder).', 'ok');
      form.reset();
    } else if (status === 429) {
      say('Too many requests. Please try again later.', 'error');
    } else if (status === 400) {
      const fields = Array.isArray(data.fields) ? data.fields : [];
      const text = fields.map((f) => f.message).join('. ') || data.message || 'Check the address';
      say(text, 'error');
      fieldError(text);
    } else {
      say(data.message || `Something went wrong (${status}). Please try again.`, 'error');
    }
  } catch {
    say('Could not reach the server. Check your connection and try again.', 'error');
  } finally {
    submit.disabled = false;
  }
});
