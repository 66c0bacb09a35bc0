/**
 * Moving the focus after an action whose result only shows once the page has rendered again: a
 * step moved, a row added or removed, a form saved (GOV.UK: focus goes to what the action left).
 * A page keeps the request in a signal, naming the control by its id; the hook focuses it after
 * the render that follows. `ifLost`: only if nothing holds the focus meanwhile, as when the button
 * pressed was disabled while sending and the focus fell to the page's start.
 */
import { useLayoutEffect } from 'preact/hooks';

export type FocusRequest = { id: string; ifLost?: boolean };

export function useFocusRequest(request: FocusRequest | undefined): void {
  useLayoutEffect(() => {
    if (!request) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!request.ifLost || lost) document.getElementById(request.id)?.focus();
  }, [request]);
}
