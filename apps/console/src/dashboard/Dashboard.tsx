import { Alert, Box, LinearProgress, MenuItem, Stack, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useLiveRefetch } from '../live/LiveUpdates';
import { PageHeader } from '../common/PageHeader';
import { useApi } from '../common/useApi';
import type { Metrics } from '../dataProvider/api';
import { DailyChart, FunnelChart, OwnerChart, SourceChart } from './Charts';
import { lastDays, PRESET_DAYS, rangeFromInputs, toInputDate } from './dateRange';
import { ScoringCharts } from './ScoringCharts';
import { Kpi } from './Kpi';

const minutes = (value: number | null) =>
  value === null ? '—' : value < 1 ? '< 1 min' : value < 60 ? `${Math.round(value)} min` : `${(value / 60).toFixed(1)} h`;

function Kpis({ m }: { m: Metrics }) {
  const t = useTranslate();
  const compliance = m.slaCompliance === null ? '—' : `${Math.round(m.slaCompliance * 100)}%`;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' } }}>
      <Kpi testId="kpi-compliance" label={t('leadops.dashboard.sla_compliance')} value={compliance}
        hint={t('leadops.dashboard.met_breached', { met: m.slaMet, breached: m.slaBreached })}
        tone={m.slaCompliance === null ? undefined : m.slaCompliance >= 0.9 ? 'good' : 'bad'} />
      <Kpi label={t('leadops.dashboard.first_response')} value={minutes(m.firstResponseP50Minutes)} hint={t('leadops.dashboard.p90', { value: minutes(m.firstResponseP90Minutes) })} />
      <Kpi label={t('leadops.dashboard.breaches_open')} value={String(m.breachesOpen)} tone={m.breachesOpen ? 'bad' : 'good'} />
      <Kpi label={t('leadops.dashboard.breaches_in_range')} value={String(m.breachesInRange)}
        hint={t('leadops.dashboard.leads_created', { smart_count: m.leadsCreated })} />
    </Box>
  );
}

/**
 * Managers' and sales ops' numbers: funnel, first response, SLA compliance, breaches, where leads come from and who has them,
 * and the days the model and the rules disagreed on a stage (the early warning that one of them drifted).
 */
export function Dashboard() {
  const t = useTranslate();
  const [preset, setPreset] = useState<string>('30');
  const initial = lastDays(30);
  const [fromText, setFromText] = useState(toInputDate(initial.from));
  const [toText, setToText] = useState(toInputDate(initial.to));
  const range = useMemo(
    () => (preset === 'custom' ? rangeFromInputs(fromText, toText) : lastDays(Number(preset))),
    // A preset's "now" is taken when it is chosen, so the query key stays stable between renders.
    [preset, fromText, toText],
  );
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const refetchMetrics = useLiveRefetch(30_000);
  const metrics = useApi(['metrics', range?.from.toISOString(), range?.to.toISOString(), timeZone], (api) => api.metrics(range!.from, range!.to, timeZone), {
    enabled: !!range, refetchInterval: refetchMetrics,
  });
  const m = metrics.data;
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader
        title={t('leadops.menu.dashboard')}
        help={t('leadops.dashboard.help')}
        actions={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <TextField select size="small" label={t('leadops.dashboard.range')} value={preset} onChange={(e) => setPreset(e.target.value)} sx={{ minWidth: 150 }}>
              {PRESET_DAYS.map((d) => <MenuItem key={d} value={String(d)}>{t('leadops.dashboard.last_days', { smart_count: d })}</MenuItem>)}
              <MenuItem value="custom">{t('leadops.dashboard.custom')}</MenuItem>
            </TextField>
            {preset === 'custom' && (
              <>
                <TextField size="small" type="date" label={t('leadops.dashboard.from')} value={fromText} onChange={(e) => setFromText(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
                <TextField size="small" type="date" label={t('leadops.dashboard.to')} value={toText} onChange={(e) => setToText(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
              </>
            )}
          </Stack>
        }
      />
      {!range && <Alert severity="warning">{t('leadops.dashboard.bad_range')}</Alert>}
      {metrics.error && <Alert severity="error">{(metrics.error as Error).message}</Alert>}
      {metrics.isPending && range && <LinearProgress />}
      {m && (
        <Stack spacing={2} data-testid="dashboard">
          <Kpis m={m} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
            <FunnelChart funnel={m.funnel} />
            <DailyChart testId="chart-leads-by-day" title={t('leadops.dashboard.leads_by_day')} data={m.leadsByDay} range={range!} color="#0288d1" />
            <DailyChart testId="chart-breaches-by-day" title={t('leadops.dashboard.breaches_by_day')} data={m.breachesByDay} range={range!} color="#c62828" />
            <DailyChart testId="chart-disagreements-by-day" title={t('leadops.dashboard.disagreements_by_day')} data={m.stageDisagreementsByDay} range={range!} color="#ef6c00" />
            <SourceChart data={m.leadsBySource} />
            <OwnerChart data={m.leadsByOwner} />
          </Box>
          <ScoringCharts />
        </Stack>
      )}
    </Box>
  );
}

export default Dashboard;
