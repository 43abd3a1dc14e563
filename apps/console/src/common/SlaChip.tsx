import AlarmIcon from '@mui/icons-material/AlarmOutlined';
import CheckIcon from '@mui/icons-material/CheckCircleOutlined';
import WarningIcon from '@mui/icons-material/ReportProblemOutlined';
import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Lead } from '../dataProvider/api';
import { formatDuration, slaCountdown, type SlaTone } from './sla';
import { useNow } from './useNow';

const COLOR: Record<SlaTone, ChipProps['color']> = {
  ok: 'success', warning: 'warning', danger: 'error', breached: 'error', late: 'error', met: 'success', none: 'default',
};

/** A live countdown to the first-response deadline, green, then orange, then red as it nears the breach. */
export function SlaChip({ lead: given, size = 'small' }: { lead?: Lead; size?: ChipProps['size'] }) {
  const fromContext = useRecordContext<Lead>();
  const lead = given ?? fromContext;
  const translate = useTranslate();
  const now = useNow(1000);
  if (!lead) return null;
  const { tone, remainingMs } = slaCountdown(
    {
      slaState: lead.slaState, slaDueAt: lead.slaDueAt, startedAt: lead.assignedAt ?? lead.createdAt,
      respondedAt: lead.firstContactedAt, closed: lead.status === 'CLOSED',
    },
    now,
  );
  if (tone === 'none') return <Chip size={size} variant="outlined" label={translate('leadops.sla.none')} data-sla="none" />;
  const label =
    tone === 'met'
      ? translate('leadops.sla.met')
      : tone === 'late'
        ? translate('leadops.sla.late')
        : tone === 'breached'
          ? remainingMs === null
            ? translate('leadops.sla.breached')
            : translate('leadops.sla.overdue', { time: formatDuration(remainingMs) })
          : translate('leadops.sla.due_in', { time: formatDuration(remainingMs ?? 0) });
  const icon = tone === 'met' ? <CheckIcon /> : tone === 'breached' || tone === 'danger' || tone === 'late' ? <WarningIcon /> : <AlarmIcon />;
  return (
    <Chip
      size={size}
      color={COLOR[tone]}
      variant={tone === 'met' || tone === 'late' ? 'outlined' : 'filled'}
      icon={icon}
      label={label}
      data-sla={tone}
      sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 500 }}
    />
  );
}
