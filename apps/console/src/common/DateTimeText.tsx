import { useDateLocale } from './useRole';

/** A timestamp in the user's language: "23/11/2026 14:05" in Spanish, "11/23/2026 2:05 PM" in English. */
export function DateTimeText({ value, dateOnly = false }: { value: string | null | undefined; dateOnly?: boolean }) {
  const locale = useDateLocale();
  if (!value) return <>—</>;
  const date = new Date(value);
  const text = dateOnly
    ? date.toLocaleDateString(locale)
    : `${date.toLocaleDateString(locale)} ${date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}`;
  return <time dateTime={date.toISOString()} title={date.toLocaleString(locale)}>{text}</time>;
}
