import { Box, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TranslatedValue } from '../../common/TranslatedValue';
import type { Classification, LeadIntent } from '../../dataProvider/api';
import { Section } from './Section';

/** The classifier hands the lead's words over in straight double quotes; the page quotes them itself (<q>, by language). */
const unquote = (words: string) => /^"([\s\S]*)"$/.exec(words)?.[1] ?? words;

/**
 * Who is writing (a buyer, a job seeker, a vendor...) in the console's language, and the lead's own words that showed
 * it, quoted as they were written (in the lead's language: `lang` lets the browser pick the quotation marks).
 */
function Intent({ intent, language }: { intent: LeadIntent | null | undefined; language: string | null | undefined }) {
  const t = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }} data-testid="lead-intent" data-intent={intent?.kind ?? ''}>
      <Typography variant="subtitle2">{t('leadops.overview.intent')}</Typography>
      {intent ? (
        <Chip
          size="small"
          sx={{ mt: 0.5 }}
          color={intent.kind === 'BUYER' ? 'success' : intent.kind === 'UNCLEAR' ? 'default' : 'warning'}
          label={<TranslatedValue group="intent" value={intent.kind} />}
        />
      ) : (
        <Typography variant="body2">—</Typography>
      )}
      {intent && intent.evidence.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary">{t('leadops.overview.intent_evidence')}</Typography>
          <List dense disablePadding>
            {intent.evidence.map((words) => (
              <ListItem key={words} disableGutters sx={{ py: 0 }}>
                <Typography variant="body2" component="q" lang={language ?? undefined} sx={{ fontStyle: 'italic' }} data-testid="intent-evidence">{unquote(words)}</Typography>
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </Box>
  );
}

/** The AI's reading of the lead's message: summary, who is writing, detected needs, and which of our services match. */
export function AiAnalysis({ classification, intent }: { classification: Classification; intent?: LeadIntent | null }) {
  const t = useTranslate();
  return (
    <Section title={t('leadops.overview.ai_analysis')} testId="ai-analysis">
      <Typography variant="subtitle2">{t('leadops.overview.summary')}</Typography>
      <Typography variant="body2" sx={{ mb: 1.5 }} data-testid="ai-summary">{classification.summary || '—'}</Typography>
      <Intent intent={intent} language={classification.language} />
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
