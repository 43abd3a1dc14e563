// Values typed only to get past a form: "N/A", "asdf", "test", keyboard mashing.
import type { CompiledPolicy } from '../policy/compiled-policy';
import { normalizeText } from '../text/normalize';

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
// Company-name endings that say nothing by themselves ("Prueba SA").
const LEGAL_SUFFIXES = new Set(['sa', 'cv', 'de', 'rl', 'llc', 'inc', 'ltd', 'ltda', 'sl', 'srl', 'sapi', 'sas', 'corp', 'co', 'gmbh', 'me', 'eireli']);

// Every run of 3+ keys along one keyboard row ("asd", "asdf", "jkl", "qwerty").
const ROW_RUNS = new Set(KEYBOARD_ROWS.flatMap((row) => [...row].flatMap((_, i) => [...row.slice(i)].map((__, j) => row.slice(i, i + j + 1)))).filter((run) => run.length >= 3));

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
}

/** A held key ("aaaa"), five consonants in a row, or a long word without vowels. */
function hasMashShape(word: string): boolean {
  let same = 1;
  let consonants = 0;
  let vowels = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isVowel(code)) {
      vowels++;
      consonants = 0;
    } else if (++consonants >= 5) return true;
    same = i > 0 && code === word.charCodeAt(i - 1) ? same + 1 : 1;
    if (same >= 4) return true;
  }
  return vowels === 0 && word.length >= 5;
}

/** A word made by running fingers along the keyboard or holding a key: "asdf", "jkl", "aaaa", "sdfgh". */
export function isKeyboardMash(word: string): boolean {
  if (word.length < 3 || /\d/.test(word)) return false;
  if (ROW_RUNS.has(word) || hasMashShape(word)) return true;
  const half = word.length / 2;
  return word.length % 2 === 0 && word.slice(0, half) === word.slice(half) && isKeyboardMash(word.slice(0, half));
}

/** Most of the words of the (normalised) text are keyboard mashing. */
export function isGibberish(normalized: string): boolean {
  if (!normalized) return false;
  let words = 0;
  let mashed = 0;
  for (const word of normalized.split(' ')) {
    if (word.length < 3) continue;
    words++;
    if (isKeyboardMash(word)) mashed++;
  }
  return words > 0 && mashed * 2 >= words;
}

/** The normalised field holds a placeholder rather than data ("n a", "", "test", "prueba sa", "asdf asdf"). */
export function isPlaceholderText(text: string, policy: CompiledPolicy): boolean {
  if (policy.placeholders.has(text)) return true;
  const words = text.split(' ').filter((w) => !LEGAL_SUFFIXES.has(w));
  return words.length > 0 && words.every((w) => policy.placeholders.has(w) || isKeyboardMash(w));
}

/** The field holds a placeholder rather than data ("N/A", "-", "test", "Prueba SA", "asdf asdf"). */
export function isPlaceholder(value: string | null | undefined, policy: CompiledPolicy): boolean {
  if (value === null || value === undefined || !value.trim()) return false;
  return isPlaceholderText(normalizeText(value), policy);
}
