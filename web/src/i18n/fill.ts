/**
 * A sentence's `{name}` slots filled from `params`, numbers written the page's way. A value that
 * ends a sentence itself (a Russian date ends in "г.") takes the place of the sentence's own full
 * stop, so it does not read "2027 г..". Shared by both kinds of page while the old ones remain.
 */
export type Params = Record<string, string | number | undefined>;

export const fillParams = (text: string, params: Params | undefined, number: (n: number) => string): string =>
  params
    ? text.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        const filled = typeof value === 'number' ? number(value) : String(value);
        return filled.endsWith('.') ? filled : filled + stop;
      })
    : text;
