import { useLocaleState, useTranslate } from 'react-admin';
import { catalogueFor, renderExplained, type ExplainedLine } from '../../i18n/explanations';

/** Each line in the console's language: its code's message when it has one, else its stored text. */
export function useExplain(): (text: string, line?: ExplainedLine | null) => string {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const catalogue = catalogueFor(locale ?? 'en');
  const word = (group: string, value: string) => {
    const key = `leadops.${group}.${value}`;
    const named = translate(key, { _: key });
    return named === key ? undefined : named;
  };
  return (text, line) => (line?.code ? renderExplained(line, catalogue, word) : text);
}
