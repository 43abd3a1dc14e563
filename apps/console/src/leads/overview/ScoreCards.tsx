import { Box, Card, CardContent, LinearProgress, List, ListItem, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { EnumChip, LevelChip } from '../../common/chips';
import type { Classification } from '../../dataProvider/api';
import { useExplain } from './useExplain';

type BarColor = 'success' | 'warning' | 'error' | 'info';
/** The policy's bands: fit A/B ≥ 55, data quality GOOD ≥ 70 / REVIEW ≥ 40; urgency is hotter (redder) the higher it is. */
const fitColor = (score: number): BarColor => (score >= 55 ? 'success' : score >= 35 ? 'warning' : 'error');
const qualityColor = (score: number): BarColor => (score >= 70 ? 'success' : score >= 40 ? 'warning' : 'error');
const urgencyColor = (score: number): BarColor => (score >= 80 ? 'error' : score >= 60 ? 'warning' : 'info');

function ScoreCard({ title, help, score, barColor, badge, reasons, testId, children }: {
  title: string;
  help: string;
  score?: number;
  barColor?: BarColor;
  badge: ReactNode;
  reasons: string[];
  testId: string;
  children?: ReactNode;
}) {
  return (
    <Card variant="outlined" data-testid={testId} sx={{ height: '100%' }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{title}</Typography>
          {badge}
        </Box>
        {typeof score === 'number' && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 1 }}>
            <Typography variant="h5" component="span" sx={{ minWidth: 48 }} data-testid={`${testId}-score`}>{Math.round(score)}</Typography>
            <LinearProgress variant="determinate" value={Math.max(0, Math.min(100, score))} color={barColor ?? 'info'} sx={{ flex: 1, height: 8, borderRadius: 4 }} />
          </Box>
        )}
        {children}
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 0.5 }}>{help}</Typography>
        <List dense disablePadding>
          {reasons.map((reason) => (
            <ListItem key={reason} disableGutters sx={{ py: 0, display: 'list-item', listStyle: 'disc', ml: 2 }}>
              <Typography variant="body2">{reason}</Typography>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

/** Fit, Urgency, Opportunity and Data quality, each with its score and the reasons behind it. */
export function ScoreCards({ classification: c }: { classification: Classification }) {
  const t = useTranslate();
  const explain = useExplain();
  const fitReasons = c.fit.reasons.map((reason, i) => explain(reason, c.fit.reasonCodes?.[i]));
  const urgencySignals = c.urgency.signals.map((signal, i) => explain(signal, c.urgency.signalCodes?.[i]));
  const missing = c.dataQuality.missing.map((field) => t('leadops.overview.missing_field', { field: t(`resources.leads.fields.${field}`, { _: field }) }));
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' } }}>
      <ScoreCard
        testId="fit-card" title={t('leadops.overview.fit')} help={t('leadops.overview.fit_help')} score={c.fit.score} barColor={fitColor(c.fit.score)}
        badge={<EnumChip group="fit_grade" value={c.fit.grade} color={c.fit.grade === 'A' || c.fit.grade === 'B' ? 'success' : 'default'} />}
        reasons={fitReasons}
      />
      <ScoreCard
        testId="urgency-card" title={t('leadops.overview.urgency')} help={t('leadops.overview.urgency_help')} score={c.urgency.score} barColor={urgencyColor(c.urgency.score)}
        badge={<LevelChip group="urgency" value={c.urgency.level} />}
        reasons={urgencySignals}
      />
      <ScoreCard
        testId="opportunity-card" title={t('leadops.overview.opportunity')} help={t('leadops.overview.opportunity_help')}
        badge={<LevelChip group="level" value={c.opportunity.dealSize} />}
        reasons={[]}
      >
        <Typography variant="body2" sx={{ my: 1 }}>
          {t('leadops.overview.deal_size')}: <b>{t(`leadops.level.${c.opportunity.dealSize}`, { _: c.opportunity.dealSize })}</b>
          <br />
          {t('leadops.overview.complexity')}: <b>{t(`leadops.level.${c.opportunity.complexity}`, { _: c.opportunity.complexity })}</b>
        </Typography>
      </ScoreCard>
      <ScoreCard
        testId="data-quality-card" title={t('leadops.overview.data_quality')} help={t('leadops.overview.data_quality_help')} score={c.dataQuality.score} barColor={qualityColor(c.dataQuality.score)}
        badge={<EnumChip group="data_quality" value={c.dataQuality.label} color={c.dataQuality.label === 'GOOD' ? 'success' : c.dataQuality.label === 'POOR' ? 'error' : 'warning'} />}
        reasons={missing}
      />
    </Box>
  );
}
