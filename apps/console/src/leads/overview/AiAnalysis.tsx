import { Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Classification } from '../../dataProvider/api';
import { Section } from './Section';

/** The AI's reading of the lead's message: summary, detected needs, and which of our services match. */
export function AiAnalysis({ classification }: { classification: Classification }) {
  const t = useTranslate();
  return (
    <Section title={t('leadops.overview.ai_analysis')} testId="ai-analysis">
      <Typography variant="subtitle2">{t('leadops.overview.summary')}</Typography>
      <Typography variant="body2" sx={{ mb: 1.5 }} data-testid="ai-summary">{classification.summary || '—'}</Typography>
      <Typography variant="subtitle2">{t('leadops.overview.detected_needs')}</Typography>
      {classification.detectedNeeds.length ? (
        <List dense disablePadding sx={{ mb: 1 }}>
          {classification.detectedNeeds.map((need) => (
            <ListItem key={need} disableGutters sx={{ py: 0 }}>
              <ListItemText primary={`• ${need}`} />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" sx={{ mb: 1 }}>—</Typography>
      )}
      <Typography variant="subtitle2">{t('leadops.overview.matched_services')}</Typography>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
        {classification.matchedServices.length
          ? classification.matchedServices.map((s) => <Chip key={s} label={s} size="small" color="primary" variant="outlined" />)
          : '—'}
      </Stack>
    </Section>
  );
}
