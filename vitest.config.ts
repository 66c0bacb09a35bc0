import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // DynamoDB Local and the local SES server, started once; each test file makes its own table.
    globalSetup: ['tests/support/global-setup.ts'],
    // Twice the slowest story's time on a machine twice as busy as CI's: a slow runner should
    // make the suite slower, not red.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    // The SDK's notice that its 2027 releases need Node 22 (Lambda runs 22; laptops may run 20)
    // would otherwise be printed by every test file.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
