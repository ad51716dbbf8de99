import { analyzeFromScratch } from './src/engine/analyze';
const cases: Record<string, [(n: number) => string, boolean?]> = {
  nested: [(n) => 'He said ' + Array.from({ length: n }, (_, i) => (i % 2 ? '‘a ' : '“a ')).join('') + 'x' + Array.from({ length: n }, (_, i) => (i % 2 ? '’' : '”')).reverse().join('')],
  dots: [(n) => 'a' + '.'.repeat(n) + 'x'],
  bangs: [(n) => 'a' + '!?'.repeat(n / 2) + 'x'],
  newlines: [(n) => '\n'.repeat(n), true],
  codeblock: [(n) => 'Intro.\n\n```\n' + 'code line here\n'.repeat(n / 15) + '```\n\nEnd.', true],
  backticks: [(n) => '`'.repeat(n) + 'a' + 'b'.repeat(n), true],
  linktargets: [(n) => ']('.repeat(n), true],
  quotepairs: [(n) => `'"`.repeat(n)],
  closers: [(n) => '”'.repeat(n)],
  saidparas: [(n) => '"We will see," he said.\n\n'.repeat(n / 25)],
};
const which = process.argv[2];
const n = Number(process.argv[3] ?? 20000);
for (const [name, [make, md]] of Object.entries(cases)) {
  if (which && which !== 'all' && name !== which) continue;
  const times: string[] = [];
  for (const k of [n, 2 * n]) {
    const text = make(k);
    const t = performance.now();
    analyzeFromScratch(text, md ? { language: 'markdown' } : {});
    times.push(`${k}:${(performance.now() - t).toFixed(0)}ms`);
  }
  console.log(name.padEnd(12), times.join(' '));
}
