export * from './types';
export { analyze, analyzeFromScratch } from './analyze';
