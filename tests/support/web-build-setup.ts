/**
 * The pages built into web/dist once, before the tests that load them: the browser tests (`e2e`)
 * and the one integration test that fetches the approval page as a mail scanner would (G1 in
 * guarantees.test.ts). Vitest runs a global setup once per project; the build is kept on
 * `globalThis` (the module itself is loaded once per project), so `npm test` builds once.
 */
import { buildWeb } from '../../infra/web-site';

const KEY = Symbol.for('hamkor.tests.webBuild');
const store = globalThis as typeof globalThis & { [KEY]?: Promise<void> };

export default async function setup() {
  await (store[KEY] ??= buildWeb());
}
