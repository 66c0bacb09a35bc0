export * from './common';
export * from './directory';
export * from './partner';
export * from './nomination';
export * from './agreement';
export * from './entities';
export * from './api';
