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

/** A held key ("aaaa"), six consonants in a row ("Lindstrom" and "strengths" have five), or a long word without vowels; never a word with digits. */
function hasMashShape(word: string): boolean {
  let same = 1;
  let consonants = 0;
  let vowels = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97) return false;
    if (isVowel(code)) {
      vowels++;
      consonants = 0;
    } else if (++consonants >= 6) return true;
    same = i > 0 && code === word.charCodeAt(i - 1) ? same + 1 : 1;
    if (same >= 4) return true;
  }
  return vowels === 0 && word.length >= 5;
}

/** A word made by running fingers along the keyboard or holding a key: "asdf", "jkl", "aaaa", "sdfgh". */
export function isKeyboardMash(word: string): boolean {
  if (word.length < 3) return false;
  if (ROW_RUNS.has(word) || hasMashShape(word)) return true;
  const half = word.length / 2;
  return word.length % 2 === 0 && word.charCodeAt(0) === word.charCodeAt(half) && word.slice(0, half) === word.slice(half) && isKeyboardMash(word.slice(0, half));
}

/** Most of the words are keyboard mashing ("asdfasdf jkl"); `isMash` may be a cached isKeyboardMash. */
export function isGibberishWords(words: readonly string[], isMash: (word: string) => boolean = isKeyboardMash): boolean {
  let long = 0;
  for (const word of words) if (word.length >= 3) long++;
  if (!long) return false;
  // Stop as soon as real words are the majority: most text is settled after a few words.
  let real = 0;
  for (const word of words) {
    if (word.length >= 3 && !isMash(word) && ++real * 2 > long) return false;
  }
  return true;
}

/** Most of the words of the (normalised) text are keyboard mashing. */
export function isGibberish(normalized: string, isMash: (word: string) => boolean = isKeyboardMash): boolean {
  return normalized !== '' && isGibberishWords(normalized.split(' '), isMash);
}

/** The normalised field holds a placeholder ("n a", "", "test", "prueba sa", "asdf asdf") or keyboard mashing. */
export function isPlaceholderText(text: string, policy: CompiledPolicy, isMashWord: (word: string) => boolean = isKeyboardMash): boolean {
  if (policy.placeholders.has(text)) return true;
  let content = 0;
  let long = 0;
  let mash = 0;
  let allFake = true;
  for (const word of text.split(' ')) {
    if (LEGAL_SUFFIXES.has(word)) continue;
    content++;
    const isMash = isMashWord(word);
    if (word.length >= 3) long++;
    if (isMash) mash++;
    if (!isMash && !policy.placeholders.has(word)) allFake = false;
  }
  return (content > 0 && allFake) || (long > 0 && mash * 2 >= long);
}

/** The field holds a placeholder rather than data ("N/A", "-", "test", "Prueba SA", "asdf asdf"). */
export function isPlaceholder(value: string | null | undefined, policy: CompiledPolicy): boolean {
  if (value === null || value === undefined || !value.trim()) return false;
  return isPlaceholderText(normalizeText(value), policy);
}
