/**
 * Every request schema and type in one import, for the pages, the tests and type imports. The Lambda
 * functions import schemas by file instead: building a schema is a call esbuild cannot prove free of
 * side effects, so a value imported through here puts every file below into the bundle (the
 * office's activity and people schemas into the API's; tests/infra/stack.test.ts checks it).
 */
export * from './common';
export * from './directory';
export * from './partner';
export * from './nomination';
export * from './agreement';
export * from './memorandum-submission';
export * from './entities';
export * from './api';
export * from './document';
export * from './office';
export * from './residence';
export * from './activity';
export * from './incoming';
export * from './partner-signing';
