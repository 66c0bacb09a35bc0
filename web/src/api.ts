/**
 * The pages' typed API client. Routes are named as the server declares them (`'GET /partners/:id'`)
 * and typed from shared/api-contract.ts: the body a route takes and what each success answers come
 * from the same zod schemas the server is checked against, imported as types only (no bytes).
 *
 *   const answer = await api('GET /partners/:id', { params: { id } });
 *   if (answer.ok) show(answer.data);          // Partner
 *   else say(answer.data.message);             // the refusal: error code, message, field errors
 */
import type { ApiBody, ApiOk, ApiRoute } from '../../shared/api-contract';
import type { FieldError } from '../../shared/errors';

/** A refusal as the API words it (functions/api/errors.ts); a 409 also carries the current state. */
export type ApiRefusalBody = {
  error?: string;
  message?: string;
  fields?: FieldError[];
  requestId?: string;
  /** On a 429: seconds to wait. */
  retryAfter?: number;
  /** On a 409 about an item's state: the status it is in now. */
  status?: string;
  /** On a 410: whether a fresh link can be asked for. */
  freshLink?: boolean;
} & Record<string, unknown>;

export type ApiAnswer<K extends ApiRoute> = (ApiOk<K> & { ok: true }) | { ok: false; status: number; data: ApiRefusalBody };

/** `'/partners/:id'` → `'id'`; `'/agreements/:id/versions/:from/diff/:to'` → `'id' | 'from' | 'to'`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never;
type PathOf<K extends string> = K extends `${string} ${infer P}` ? P : never;

/** A GET's query parameters (the statistics' `years`, `by`; the annual report's `year`), each encoded; an undefined one is left out. */
export type Query = Record<string, string | number | undefined>;

/** `?a=1&b=2` of the parameters that have a value, or nothing. */
export function queryString(query: Query | undefined): string {
  const pairs = Object.entries(query ?? {}).filter((e): e is [string, string | number] => e[1] !== undefined);
  return pairs.length ? `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

/** The routes whose body is a file as it is (an import's CSV or XLSX, a partner's EWP IIA), not JSON. */
export type FileRoute = 'POST /imports/dry-run' | 'POST /imports/apply' | 'POST /agreements/:id/ewp-approval' | 'POST /ewp/iias/agreements';

type Options<K extends ApiRoute> = ([ParamNames<PathOf<K>>] extends [never] ? { params?: undefined } : { params: Record<ParamNames<PathOf<K>>, string | number> }) &
  ([K] extends [FileRoute] ? { body?: undefined; file: Blob } : ApiBody<K> extends undefined ? { body?: undefined } : { body: ApiBody<K> }) & {
    headers?: Record<string, string>;
    /** The query string's parameters (`?kind=mobilities&fileName=…`), each encoded. */
    query?: Query;
  };

/** Options are needed only where the route has path parameters, a body or a file. */
type Args<K extends ApiRoute> = [K] extends [FileRoute]
  ? [options: Options<K>]
  : [ParamNames<PathOf<K>>] extends [never]
    ? ApiBody<K> extends undefined
      ? [options?: Options<K>]
      : [options: Options<K>]
    : [options: Options<K>];

/**
 * One request: JSON both ways (or a file up, for an import), the session cookie sent (same origin only). The answer is always
 * `{status, data}`, `data` being `{}` when the body is not JSON (a proxy's error page).
 */
async function request(method: string, path: string, body?: unknown, headers?: Record<string, string>, file?: Blob): Promise<{ status: number; data: unknown }> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json', ...headers } };
  if (file) {
    // The file's bytes as they are: the server reads CSV or XLSX by its content, not by this type.
    init.headers = { ...init.headers, 'content-type': file.type || 'application/octet-stream' };
    init.body = file;
  } else if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init);
  return { status: res.status, data: await res.json().catch(() => ({})) };
}

/**
 * One call of a route, at its address with the parameters filled in (each encoded): the answer
 * is always `{ok, status, data}`, typed by the route's schemas. Every success a route declares is
 * a 2xx (200, 201, 202), and only those.
 */
export async function api<K extends ApiRoute>(route: K, ...[options]: Args<K>): Promise<ApiAnswer<K>> {
  const [method, path] = route.split(' ') as [string, string];
  const params: Record<string, string | number> | undefined = options?.params;
    const file: Blob | undefined = options && 'file' in options ? options.file : undefined;
    const address = `/api${path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params?.[name])))}${queryString(options?.query)}`;
    const { status, data } = await request(method, address, options?.body, options?.headers, file);
  return { ok: status > 199 && status < 300, status, data } as ApiAnswer<K>;
}

/** The routes that answer a file for a JSON body (the annual report's workbook). */
export type FileAnswerRoute = 'POST /exports/workbook';

/** One call of such a route: the file, or the refusal as `api` words it. */
export async function apiFile<K extends FileAnswerRoute>(route: K, options: { body: ApiBody<K> }): Promise<{ ok: true; file: Blob } | { ok: false; status: number; data: ApiRefusalBody }> {
  const [method, path] = route.split(' ') as [string, string];
  const res = await fetch(`/api${path}`, { method, credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.body) });
  if (res.ok) return { ok: true, file: await res.blob() };
  return { ok: false, status: res.status, data: ((await res.json().catch(() => ({}))) as ApiRefusalBody) };
}

/** Hands a file to the browser to save under `name`, as a download link would. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file over: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
