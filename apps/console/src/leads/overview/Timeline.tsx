import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import type { TimelineEvent } from '../../dataProvider/api';
import { Section } from './Section';
import { useExplain } from './useExplain';

/** Everything that happened to the lead, newest first. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslate();
  const explain = useExplain();
  const newestFirst = [...events].sort((a, b) => b.at.localeCompare(a.at) || Number(b.id) - Number(a.id));
  return (
    <Section title={t('leadops.overview.timeline')} testId="timeline">
      {newestFirst.length === 0 && <Typography variant="body2">—</Typography>}
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {newestFirst.map((event) => (
          <Box component="li" key={event.id} sx={{ display: 'flex', gap: 1.5, py: 0.75, borderLeft: 2, borderColor: 'divider', pl: 1.5 }} data-event={event.type}>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="caption" color="text.secondary">
                <DateTimeText value={event.at} /> · {t(`leadops.event.${event.type}`, { _: event.type })}
              </Typography>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{explain(event.message, event)}</Typography>
            </Box>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
