import { analyze as analyzeFromScratch } from './src/engine/analyze';
const which = process.argv[2];
const n = Number(process.argv[3]);
const make: Record<string, (n: number) => string> = {
  quotepairs: (n) => `'"`.repeat(n),
  saidparas: (n) => '"We will see," he said.\n\n'.repeat(n),
};
analyzeFromScratch(make[which](n));
