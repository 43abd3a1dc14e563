/** Coloured, translated chips for the lead's stage, priority, status and the AI's labels. */
import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

type Color = ChipProps['color'];

const STAGE_COLOR: Record<string, Color> = { SQL: 'success', MQL: 'info', NURTURE: 'secondary', REVIEW: 'warning', DISQUALIFIED: 'default' };
const PRIORITY_COLOR: Record<string, Color> = { P1: 'error', P2: 'warning', P3: 'info', P4: 'default' };
const STATUS_COLOR: Record<string, Color> = {
  NEW: 'default', CLASSIFIED: 'info', QUEUED: 'warning', ASSIGNED: 'primary', CONTACTED: 'success', NURTURING: 'secondary', CLOSED: 'default',
};
const LEVEL_COLOR: Record<string, Color> = { HIGH: 'success', MEDIUM: 'warning', LOW: 'default', CRITICAL: 'error' };

/** A value of one of the API's enums, translated from `leadops.<group>.<value>` (falls back to the raw value). */
export function EnumChip({ group, value, color, variant = 'filled', size = 'small' }: {
  group: string;
  value: string | null | undefined;
  color?: Color;
  variant?: ChipProps['variant'];
  size?: ChipProps['size'];
}) {
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size={size} color={color ?? 'default'} variant={variant} label={translate(`leadops.${group}.${value}`, { _: value })} data-value={value} />;
}

export const StageChip = ({ value }: { value: string | null | undefined }) => <EnumChip group="stage" value={value} color={STAGE_COLOR[value ?? '']} />;
export const PriorityChip = ({ value }: { value: string | null | undefined }) => <EnumChip group="priority" value={value} color={PRIORITY_COLOR[value ?? '']} />;
export const StatusChip = ({ value }: { value: string | null | undefined }) => (
  <EnumChip group="status" value={value} color={STATUS_COLOR[value ?? '']} variant="outlined" />
);
export const LevelChip = ({ group, value }: { group: string; value: string | null | undefined }) => (
  <EnumChip group={group} value={value} color={LEVEL_COLOR[value ?? '']} />
);

/** Field versions that read the record from context, for list columns. */
export const StageField = ({ source = 'stage' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return <StageChip value={record?.[source]} />;
};
export const PriorityField = ({ source = 'priority' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return <PriorityChip value={record?.[source]} />;
};
export const StatusField = ({ source = 'status' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  return <StatusChip value={record?.[source]} />;
};
