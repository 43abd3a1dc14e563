// Which of the three languages a lead wrote in, so the summary and next steps speak it.
import { tokenize } from '../text/normalize';

export type LeadLanguage = 'es' | 'en' | 'pt';

// Frequent words that are (mostly) peculiar to one language; words shared by two count for neither.
const MARKERS: Record<LeadLanguage, readonly string[]> = {
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'una', 'con', 'por', 'para', 'es', 'estamos', 'necesitamos', 'queremos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'ustedes', 'hola', 'pero', 'muy', 'sus', 'hay', 'tenemos', 'somos', 'solo', 'como', 'cuando', 'informacion', 'necesito', 'quiero', 'gracias', 'buenas', 'tardes', 'esta', 'este', 'hoy', 'ya', 'mi', 'me', 'nos', 'sin', 'empresa', 'sistema', 'año', 'ano', 'solucion', 'cotizacion', 'servicios', 'urgente', 'favor', 'podrian', 'pueden'],
  en: ['the', 'and', 'to', 'of', 'for', 'we', 'our', 'is', 'are', 'with', 'you', 'your', 'please', 'need', 'this', 'that', 'have', 'from', 'would', 'like', 'can', 'it', 'on', 'at', 'be', 'an', 'in', 'looking', 'hi', 'hello', 'thanks', 'just', 'want', 'about', 'any', 'all', 'next', 'year', 'company', 'us', 'my', 'i', 'not', 'send', 'quote', 'help'],
  pt: ['os', 'as', 'do', 'da', 'dos', 'das', 'em', 'um', 'uma', 'com', 'nao', 'voces', 'voce', 'nosso', 'nossa', 'nossos', 'nossas', 'estamos', 'precisamos', 'queremos', 'gostaria', 'obrigado', 'obrigada', 'ola', 'solucao', 'solucoes', 'tambem', 'isso', 'ate', 'ano', 'sistema', 'empresa', 'operacao', 'meu', 'minha', 'preciso', 'atendem', 'para', 'por', 'que', 'mais', 'muito', 'sou', 'temos', 'somos', 'so', 'enquanto', 'futuro', 'conhecer', 'avaliando', 'tivemos', 'desde'],
};

// Word -> the languages it points to; a word shared by two languages counts half for each.
const WEIGHTS = new Map<string, LeadLanguage[]>();
for (const [language, words] of Object.entries(MARKERS) as [LeadLanguage, readonly string[]][]) {
  for (const word of words) WEIGHTS.set(word, [...(WEIGHTS.get(word) ?? []), language]);
}

const PORTUGUESE_LETTERS = /[ãõçÃÕÇ]/;
const SPANISH_LETTERS = /[ñÑ¿¡]/;

/** The languages a normalised word is a marker of (undefined for most words). */
export function languageMarkers(word: string): readonly LeadLanguage[] | undefined {
  return WEIGHTS.get(word);
}

/**
 * es, en or pt for a description (normalised text or its words, plus the raw text for letters like "ç", "ã", "ñ"),
 * or null when there is too little text to tell. `markers`, when given, holds languageMarkers(word) for each of
 * the words (read once per distinct word by the caller).
 */
export function detectLanguage(raw: string, normalized: string | readonly string[], markers?: readonly (readonly LeadLanguage[] | undefined)[]): LeadLanguage | null {
  const score: Record<LeadLanguage, number> = { es: 0, en: 0, pt: 0 };
  const words = typeof normalized === 'string' ? tokenize(normalized) : normalized;
  for (let i = 0; i < words.length; i++) {
    const languages = markers ? markers[i] : WEIGHTS.get(words[i]!);
    if (!languages) continue;
    for (const language of languages) score[language] += 1 / languages.length;
  }
  // Letters that only one of the languages writes.
  if (PORTUGUESE_LETTERS.test(raw)) score.pt += 2;
  if (SPANISH_LETTERS.test(raw)) score.es += 2;
  const best = (Object.keys(score) as LeadLanguage[]).reduce((a, b) => (score[b] > score[a] ? b : a));
  return score[best] > 0 ? best : null;
}
