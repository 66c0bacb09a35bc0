import { defineConfig } from 'vitest/config';
import { languageChunks } from './web/language-chunks.ts';

/**
 * Tests in layers, each a vitest project that runs alone (`npm run test:unit` …) or with the
 * others (`npm test`):
 * - unit: no services, no build, no I/O — seconds;
 * - integration: DynamoDB Local, the local SES server and s3rver, started once (each test file
 *   makes its own table, bucket and sender), and the pages built once (G1 fetches the approval page);
 * - e2e: the same services and build, the pages driven in Chromium;
 * - infra: the CDK app synthesized offline (the synth builds its own copy of the pages);
 * - load: the few files that put thousands of items or emails through the services (a 20,000-row
 *   import, SES throttling), run after the others and one at a time: beside other files they
 *   starved them of DynamoDB Local, and a busy CI machine timed out what they shared it with.
 * Only the projects that run start their global setup; integration, e2e and load share one set of
 * services and one build.
 */
const services = 'tests/support/services-setup.ts';
const webBuild = 'tests/support/web-build-setup.ts';

export default defineConfig({
  // The Preact pages' JSX and words per language, as the web build has them (web/vite.config.ts),
  // for their component tests in the unit project.
  plugins: [languageChunks()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // Twice the slowest story's time on a machine twice as busy as CI's: a slow runner should
    // make the suite slower, not red.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll's own default is 1 s, which a page still settling after `page.goBack()` on a
    // loaded CI machine outlasted (office-reports read an empty table). Ten seconds is what most
    // polls already asked for by hand; a poll that passes returns as soon as it passes, so only a
    // failing one waits the full time.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    fileParallelism: true,
    maxWorkers: 2,
    // The SDK's notice that its 2027 releases need Node 22 (Lambda runs 22; laptops may run 20)
    // would otherwise be printed by every test file.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      // Built before the services start, so a page that does not build fails the run at once.
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], globalSetup: [webBuild, services] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: [webBuild, services] } },
      { extends: true, test: { name: 'infra', include: ['tests/infra/**/*.test.ts'] } },
      { extends: true, test: { name: 'load', include: ['tests/load/**/*.test.ts'], globalSetup: [webBuild, services], maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
