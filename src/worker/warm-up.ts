/**
 * A new worker's compiled code is cold: V8 optimises the engine's functions only after they have run many
 * times, and until then an edit in a long document costs two to three times what it costs later. While the
 * worker has nothing else to do, it analyses an invented article of its own and edits it, one small step per
 * event-loop turn, so that a request arriving meanwhile waits for one step at most. It works in a session of
 * its own: what the engine keeps about the user's documents is left as it was.
 */
import { analyze } from '../engine/analyze';
import { createSession } from '../engine/session';

const ARTICLE = `Port Authority Weighs Ferry Fares as Bridge Repairs Loom

By Staff Desk

Harbor Commissioner Ada Lindqvist told the port board on Monday that ferry fares would rise in March, a plan that two members said came too soon.

"We have carried the bridge traffic for a decade," Lindqvist said. "The boats cannot do it for free."

She added that the board would publish the fare tables this week, and that the city would cover half of the increase for students.

Board member Tomas Reyna, who represents the river wards, said the schedule ignored the night crews. "Nobody asked the people who ride at five in the morning," he said.

"The first boat is already full.

"If fares rise in March, the crews will pay more than anyone," Reyna said.

According to the port's own engineer, Mira Castell, "the north ramp needs work before the summer crowds."

Lindqvist later called on "every member of this board to read the engineers' memo." Castell told reporters that the memo, titled ‘Ramp Load Review’, was public.

The mayor's office said in a statement that it "supports a gradual increase." Reyna disagreed: "Gradual is still an increase."`;

/** Names swapped in each copy, so that the copies are different paragraphs with their own entities. */
const NAMES = [
  ['Ada Lindqvist', 'Lindqvist', 'Tomas Reyna', 'Reyna', 'Mira Castell', 'Castell'],
  ['Nora Whitfield', 'Whitfield', 'Samuel Ortega', 'Ortega', 'Lena Brandt', 'Brandt'],
  ['Grace Okafor', 'Okafor', 'Dmitri Volkov', 'Volkov', 'Ines Duarte', 'Duarte'],
  ['Helen Marsh', 'Marsh', 'Pavel Novak', 'Novak', 'Rosa Quintero', 'Quintero'],
  ['Irene Sato', 'Sato', 'Oscar Lindahl', 'Lindahl', 'Talia Cohen', 'Cohen'],
  ['Julia Berger', 'Berger', 'Victor Hale', 'Hale', 'Amara Diallo', 'Diallo'],
];

/** The article in as many copies as there are name sets, each with its own names. */
export function warmUpDocument(): string {
  const [base] = NAMES;
  return NAMES.map((names) => names.reduce((text, name, i) => text.split(base[i]).join(name), ARTICLE)).join('\n\n');
}

/** Edits of every kind the engine tells apart: letters in words and in names, spaces, commas, new words. */
const EDITS = ['x', 'e', ' ', ',', ' the', 'n'];
const STEPS = 72;

/**
 * Runs the warm-up one step per call of `schedule`: the first analyses the document, each next one makes
 * an edit and analyses again. `done` is called with the time spent once every step has run.
 */
export function warmUp(schedule: (step: () => void) => void, done: (elapsedMs: number, steps: number) => void): void {
  const session = createSession();
  let text = warmUpDocument();
  let state = 20_261_128;
  const random = (): number => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
  let step = 0;
  let elapsedMs = 0;
  const run = (): void => {
    const started = performance.now();
    if (step > 0) {
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
    if (step < STEPS) schedule(run);
    else done(elapsedMs, step);
  };
  schedule(run);
}
