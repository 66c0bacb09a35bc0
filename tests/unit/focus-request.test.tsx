// @vitest-environment happy-dom
/**
 * useFocusRequest without a browser (happy-dom): the control named takes the focus after the
 * render that shows it, once per request; a request `ifLost` leaves the focus where a person put it.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFocusRequest, type FocusRequest } from '../../web/src/components/focus-request';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const request = signal<FocusRequest | undefined>(undefined);
const rows = signal(['a']);

function List() {
  useFocusRequest(request.value);
  return (
    <>
      <button type="button" id="first">
        First
      </button>
      {rows.value.map((r) => (
        <button key={r} type="button" id={`row-${r}`}>
          {r}
        </button>
      ))}
    </>
  );
}

describe('useFocusRequest', () => {
  it('focuses a control that the same change adds, once it is rendered', async () => {
    render(<List />, root);

    rows.value = ['a', 'b'];
    request.value = { id: 'row-b' };

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('row-b'));
  });

  it('leaves the focus where it is when asked to take it only if it was lost', async () => {
    render(<List />, root);
    document.getElementById('first')!.focus();

    request.value = { id: 'row-a', ifLost: true };
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.activeElement?.id).toBe('first');

    (document.activeElement as HTMLElement).blur();
    request.value = { id: 'row-a', ifLost: true };
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('row-a'));
  });
});
