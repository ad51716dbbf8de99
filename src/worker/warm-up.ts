/**
 * A new worker's compiled code is cold: V8 optimises the engine's functions only after they have run many
 * times, and until then an edit in a long document costs two to three times what it costs later. While the
 * worker has nothing else to do, it analyses a long invented article of its own and edits it, one small step
 * per event-loop turn, so that a request arriving meanwhile waits for one step at most (under 0.1 s).
 * It works in a session of its own: what the engine keeps about the user's documents is left as it was.
 */
import { analyze } from '../engine/analyze';
import { createSession } from '../engine/reuse/session';

/** An invented article; each copy fills in people, days and numbers of its own, so no paragraph repeats. */
function article(k: number): string {
  const person = (p: number): [string, string] => {
    const n = k * 3 + p;
    return [`${FIRST_NAMES[n % FIRST_NAMES.length]} ${SURNAMES[(n * 7) % SURNAMES.length]}`, SURNAMES[(n * 7) % SURNAMES.length]];
  };
  const [[A, a], [B, b], [C, c]] = [person(0), person(1), person(2)];
  const day = DAYS[k % DAYS.length];
  const month = MONTHS[k % MONTHS.length];
  const n = k + 2;
  return `Port Authority Weighs ${month} Ferry Fares as Bridge Repairs Loom

By Staff Desk, ${day}

Harbor Commissioner ${A} told the port board on ${day} that ferry fares would rise in ${month}, a plan that ${n} members said came too soon.

"We have carried the bridge traffic for ${n} years," ${a} said. "The boats cannot do it for free."

She added that the board would publish the fare tables within ${n} days, and that the city would cover half of the increase for students.

Board member ${B}, who represents the river wards, said the schedule ignored the night crews. "Nobody asked the people who ride at ${n} in the morning," he said.

"The first ${n} boats are already full.

"If fares rise in ${month}, the crews will pay more than anyone," ${b} said.

According to the port's own engineer, ${C}, "the north ramp needs ${n} weeks of work before the summer crowds."

${a} later called on "every member of this board to read the engineers' memo." ${c} told reporters on ${day} that the memo, titled ‘Ramp Load Review ${n}’, was public.

The mayor's office said in a statement that it "supports a gradual increase of ${n} percent." ${b} disagreed: "Gradual is still an increase."`;
}

const FIRST_NAMES = ['Ada', 'Tomas', 'Mira', 'Nora', 'Samuel', 'Lena', 'Grace', 'Dmitri', 'Ines', 'Helen', 'Pavel', 'Rosa', 'Irene', 'Oscar', 'Talia'];
const SURNAMES = ['Lindqvist', 'Reyna', 'Castell', 'Whitfield', 'Ortega', 'Brandt', 'Okafor', 'Volkov', 'Duarte', 'Marsh', 'Novak', 'Quintero', 'Sato', 'Lindahl', 'Cohen', 'Berger', 'Hale', 'Diallo', 'Moreau', 'Kowalski', 'Haddad'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['March', 'April', 'May', 'June', 'July', 'August', 'September'];
/** About 1.4 KB each: some 65 KB in all, a long document's worth of paragraphs. */
const COPIES = 48;

/** The article in `copies` copies, one after another. */
export function warmUpDocument(copies = COPIES): string {
  return Array.from({ length: copies }, (_, k) => article(k)).join('\n\n');
}

/** Edits of every kind the engine tells apart: letters in words and in names, spaces, commas, new words. */
const EDITS = ['x', 'e', ' ', ',', ' the', 'n'];
/** The document grows an eighth at a time (so that no step is long), then takes this many edits. */
const GROWTH = Array.from({ length: 8 }, (_, i) => ((i + 1) * COPIES) / 8);
const EDIT_STEPS = 96;

/**
 * Runs the warm-up one step per call of `schedule`: the first steps analyse the document as it grows, each
 * next one makes an edit and analyses again. `done` is called with the time spent once every step has run.
 */
export function warmUp(schedule: (step: () => void) => void, done: (elapsedMs: number, steps: number) => void): void {
  const session = createSession();
  let text = '';
  let state = 20_261_128;
  const random = (): number => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
  let step = 0;
  let elapsedMs = 0;
  const run = (): void => {
    const started = performance.now();
    if (step < GROWTH.length) text = warmUpDocument(GROWTH[step]);
    else {
      const edit = EDITS[step % EDITS.length];
      // Every third edit lands in a capitalised word (most likely a name): the entity paths run too.
      let at = Math.floor(random() * text.length);
      if (step % 3 === 0) {
        const capital = text.slice(at).search(/\p{Lu}\p{Ll}/u);
        if (capital >= 0) at += capital + 2;
      }
      text = text.slice(0, at) + edit + text.slice(at);
    }
    analyze(text, {}, session);
    elapsedMs += performance.now() - started;
    step++;
    if (step < GROWTH.length + EDIT_STEPS) schedule(run);
    else done(elapsedMs, step);
  };
  schedule(run);
}
