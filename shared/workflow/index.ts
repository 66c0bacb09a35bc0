export * from './types';
export * from './engine';
export * from './snapshot';
export * from './quota';
export * from './mobility';
export * from './agreement-life';
export * from './versions';
export * from './chain-check';
