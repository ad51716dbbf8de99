/** Numbers written as words read as digits ("twenty-five" is "25", "three million" is "3000000"). */

// Maps, not objects: a word such as "constructor" must not be found in them.
const UNITS = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));
const TENS = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const SCALES = new Map(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));
const ORDINALS = new Map(Object.entries({
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th',
  ninth: '9th', tenth: '10th',
}));

const DIGITS = /^\d+(?:\.\d+)?$/;

function isDigits(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57 && DIGITS.test(word);
}

export function ordinalDigits(word: string): string | undefined {
  return ORDINALS.get(word);
}

/** Whether `word` (normalised) can take part in a number. */
export function isNumberWord(word: string): boolean {
  return UNITS.has(word) || TENS.has(word) || word === 'hundred' || SCALES.has(word) || isDigits(word);
}

export function isNumeric(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * Reads the longest number starting at `words[from]`: its value as digits and how many words it took, or null.
 * "one two" is two numbers, not one; "3 million" and "1.5 billion" are one; "and" joins "one hundred and five".
 */
export function readNumber(words: readonly string[], from: number): { digits: string; length: number } | null {
  const first = words[from];
  if (first === undefined || !isNumberWord(first) || SCALES.has(first) || first === 'hundred') return null;
  let total = 0;
  let current = 0;
  let length = 0;
  // What the previous word was: a number word may only follow the kinds that can precede it.
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'digits' = 'none';
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    const unit = UNITS.get(word);
    const tens = TENS.get(word);
    const scale = SCALES.get(word);
    if (isDigits(word)) {
      if (last !== 'none') break;
      current = Number(word);
      last = 'digits';
    } else if (unit !== undefined) {
      if (last === 'unit' || last === 'digits' || (last === 'tens' && (unit >= 10 || unit === 0))) break;
      current += unit;
      last = 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'tens' || last === 'digits') break;
      current += tens;
      last = 'tens';
    } else if (word === 'hundred') {
      if (last !== 'unit' && last !== 'tens') break;
      current *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === 'none' || last === 'scale') break;
      total += current * scale;
      current = 0;
      last = 'scale';
    } else if (word === 'and' && (last === 'hundred' || last === 'scale') && isNumberWord(words[i + 1] ?? '')) {
      length++;
      continue;
    } else {
      break;
    }
    length = i - from + 1;
  }
  if (length === 0) return null;
  const value = total + current;
  return { digits: String(Math.round(value * 1000) / 1000), length };
}
