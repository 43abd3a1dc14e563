import ArrowDownIcon from '@mui/icons-material/SouthEast';
import ArrowUpIcon from '@mui/icons-material/NorthEast';
import { Box, LinearProgress, List, ListItem, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ConversionScore as Score } from '../../dataProvider/api';
import { useDateLocale } from '../../common/useRole';
import { scoreFactorText } from './scoreFactors';
import { Section } from './Section';

/** How many of the factors that moved this lead's score most are listed. */
const TOP_FACTORS = 5;

/** "34 % likely to convert, model v7, trained on 1,240 closed leads", with the factors that moved it, or why there is no score yet. */
export function ConversionScore({ score }: { score: Score | null | undefined }) {
  const t = useTranslate();
  const locale = useDateLocale();
  if (!score) return null;
  const n = (value: number) => value.toLocaleString(locale);
  return (
    <Section title={t('leadops.score.title')} testId="conversion-score">
      <Box data-state={score.state} data-probability={score.probability ?? ''}>
        {score.state === 'SCORED' && score.probability !== null ? (
          <>
            <Typography variant="body1" sx={{ fontWeight: 600 }} data-testid="score-headline">
              {t('leadops.score.headline', { percent: Math.round(score.probability * 100), version: score.modelVersion ?? '—', closed: n(score.closedLeads) })}
            </Typography>
            <LinearProgress variant="determinate" value={score.probability * 100} sx={{ my: 1, height: 8, borderRadius: 4, maxWidth: 360 }} />
            {score.factors.length > 0 && (
              <>
                <Typography variant="subtitle2" sx={{ mt: 1 }}>{t('leadops.score.factors')}</Typography>
                <List dense disablePadding data-testid="score-factors">
                  {score.factors.slice(0, TOP_FACTORS).map((f) => (
                    <ListItem key={f.feature} disableGutters sx={{ py: 0, gap: 1 }} data-feature={f.feature}>
                      {f.weight >= 0 ? <ArrowUpIcon fontSize="small" color="success" /> : <ArrowDownIcon fontSize="small" color="error" />}
                      <Typography variant="body2">
                        {scoreFactorText(t, f.feature)} <Typography component="span" variant="caption" color="text.secondary">
                          ({t(f.weight >= 0 ? 'leadops.score.raises' : 'leadops.score.lowers')})
                        </Typography>
                      </Typography>
                    </ListItem>
                  ))}
                </List>
              </>
            )}
          </>
        ) : score.state === 'NOT_ENOUGH_OUTCOMES' ? (
          <Typography variant="body2" color="text.secondary" data-testid="score-headline">
            {t('leadops.score.not_enough', { n: n(score.closedLeads), min: n(score.minClosedLeads) })}
          </Typography>
        ) : (
          <Typography variant="body2" color="text.secondary" data-testid="score-headline">{t('leadops.score.not_scored', { version: score.modelVersion ?? '—' })}</Typography>
        )}
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>{t('leadops.score.never_stage')}</Typography>
      </Box>
    </Section>
  );
}
