import { useRecordContext, useTranslate } from 'react-admin';

/** A stored code shown in words (`leadops.<group>.<value>`), or the stored text itself when it is free text. */
export function TranslatedValue({ group, value }: { group: string; value: string | null | undefined }) {
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') return <>—</>;
  return <>{translate(`leadops.${group}.${value}`, { _: value })}</>;
}

export function TranslatedField({ group, source }: { group: string; source: string; label?: string }) {
  const record = useRecordContext();
  return <TranslatedValue group={group} value={record?.[source]} />;
}
