/**
 * The web front end as both of its hosts see it: where its sources and its Vite build live, its
 * page routes (which address is which HTML file) and its content security policy. The local
 * server (infra/local/server.ts) and CloudFront (infra/constructs/web.ts) read them here, so a
 * page added once is served the same way on a laptop and in AWS.
 *
 * Imports nothing of the CDK, so `npm start` and the tests stay light. It does import the API's
 * routes, to write their description beside the pages.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { apiDescription } from '../functions/api/openapi';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The sources: HTML entries, src/ (TypeScript and CSS), vite.config.ts. */
export const WEB_SOURCE = join(projectRoot, 'web');
/** The build the local server serves (git-ignored). */
export const WEB_DIST = join(WEB_SOURCE, 'dist');
const VITE_CONFIG = join(WEB_SOURCE, 'vite.config.ts');
const VITE_BIN = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');

/** Page routes → their HTML files in the build; everything else is a file of the build as it is. */
export const PAGE_FILES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/signin': 'signin.html',
  '/act': 'act.html',
  // The office console's landing page: its dashboard (a Preact page in the console's frame).
  '/office': 'office-dashboard.html',
  // The office console's agreements; one agreement is `?id=<id>` on the same page.
  '/office/agreements': 'office-agreements.html',
  // All nominations, with the partner's answer and the completion; the partners registry.
  '/office/nominations': 'office-nominations.html',
  '/office/partners': 'office-partners.html',
  // The registry of international activities: conferences, projects, delegations.
  '/office/activities': 'office-activities.html',
  // Administration: people and their roles, the approval chains (admins edit, the office reads).
  '/office/people': 'office-people.html',
  '/office/chains': 'office-chains.html',
  // The office's statistics (a Preact page in the console's frame).
  '/office/reports': 'office-reports.html',
  // The annual report for the rector (`?year=YYYY`): a route with a slash inside maps as the others do.
  '/office/reports/annual': 'office-annual.html',
  // The office's past brought in: a CSV or XLSX of agreements or mobilities, checked, then imported.
  '/office/import': 'office-import.html',
};
/** The signed-in pages' client-side routes (`/nominations/<id>`, `…/edit`), all `index.html`. */
export const APP_PREFIXES: readonly string[] = ['/nominations/', '/agreements/'];
/**
 * Any other address that names no file (no dot in its last part) and is not the API's: also
 * `index.html`, whose router says in the reader's language that there is no page there, rather
 * than the bare "Not found" of the host (S3's AccessDenied in AWS). A missing file keeps the
 * host's own answer: a script or image that is not there is not a page.
 */
export const OTHER_PAGE_ADDRESS = /^(?!\/api\/)(?:.*\/)?[^./]*$/;

/**
 * Only our own scripts, styles and API; no framing, no plugins, no inline code. The pages may
 * also send to the documents store, `documentsOrigin` (s3rver's address on a laptop, the
 * bucket's regional endpoint in AWS): the browser puts a nomination's attachments there itself,
 * with the presigned URLs the API hands out. That one origin and no other, so a script that
 * slipped in could not send a file to a bucket of its choosing.
 */
export function contentSecurityPolicy(documentsOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    documentsOrigin ? `connect-src 'self' ${documentsOrigin}` : "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy without a documents store: pages that upload nothing. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export class WebBuildError extends Error {
  override readonly name = 'WebBuildError';
}

function viteArgs(outDir: string): string[] {
  if (!existsSync(VITE_BIN)) throw new WebBuildError(`Vite is not installed (${VITE_BIN} is missing): run npm ci first`);
  return [VITE_BIN, 'build', '--config', VITE_CONFIG, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
}

/** Vite's messages without colour codes (its code frames still carry some: stripped in `failure`). */
const plainOutput = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function failure(error: unknown): WebBuildError {
  const e = error as { stderr?: Buffer | string; stdout?: Buffer | string; message?: string };
  const output = stripVTControlCharacters(`${e.stderr ?? ''}${e.stdout ?? ''}`).trim() || e.message || String(error);
  return new WebBuildError(`Building the web pages (vite build --config web/vite.config.ts) failed:\n${output}`);
}

/**
 * The API's description, a file beside the pages (`/openapi.json`): made here from the routes, so
 * the API function never builds it (functions/api/openapi.ts).
 */
export const OPENAPI_FILE = 'openapi.json';

function writeApiDescription(outDir: string): void {
  writeFileSync(join(outDir, OPENAPI_FILE), `${JSON.stringify(apiDescription(), null, 2)}\n`);
}

/** Builds the pages into `outDir`, blocking: for CDK's asset bundling, which is synchronous. */
export function buildWebSync(outDir: string): void {
  try {
    execFileSync(process.execPath, viteArgs(outDir), { cwd: projectRoot, stdio: 'pipe', env: plainOutput });
  } catch (error) {
    throw error instanceof WebBuildError ? error : failure(error);
  }
  writeApiDescription(outDir);
}

/**
 * Builds the pages into web/dist for the local server and the browser tests. The build goes to
 * a folder of its own and then takes web/dist's place, so a server already serving web/dist (a
 * test run next to `npm start`) never sees it half-written.
 */
export async function buildWeb(): Promise<void> {
  const fresh = join(WEB_SOURCE, `.dist-${randomBytes(4).toString('hex')}`);
  try {
    await promisify(execFile)(process.execPath, viteArgs(fresh), { cwd: projectRoot, env: plainOutput });
    writeApiDescription(fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error instanceof WebBuildError ? error : failure(error);
  }
  const old = `${fresh}-old`;
  try {
    renameSync(WEB_DIST, old);
  } catch {
    /* no earlier build */
  }
  try {
    renameSync(fresh, WEB_DIST);
  } catch {
    // Another build took the place in between: the same sources make the same files.
    rmSync(fresh, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}
