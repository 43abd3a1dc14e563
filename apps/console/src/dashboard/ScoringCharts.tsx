import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useApi } from '../common/useApi';
import type { ScoreBand, ScoringModel } from '../dataProvider/api';
import { ChartCard } from './Charts';

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** Held-out AUC and calibration error of every model version, oldest first: does the score keep learning? */
function ModelQualityChart({ models }: { models: ScoringModel[] }) {
  const t = useTranslate();
  const rows = [...models].reverse().map((m) => ({ label: `v${m.version}`, auc: Number(m.auc.toFixed(3)), ece: Number(m.ece.toFixed(3)) }));
  return (
    <ChartCard title={t('leadops.dashboard.model_quality')} testId="chart-model-quality" empty={rows.length === 0}>
      <LineChart data={rows} margin={{ left: -16, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 1]} />
        <Tooltip />
        <Legend />
        <Line dataKey="auc" name="AUC" stroke="#2e7d32" isAnimationActive={false} />
        <Line dataKey="ece" name={t('leadops.scoring.calibration_error')} stroke="#ef6c00" isAnimationActive={false} />
      </LineChart>
    </ChartCard>
  );
}

/** The live model's calibration on its held-out leads: predicted against observed conversion, per bin. */
function CalibrationChart({ model }: { model: ScoringModel | undefined }) {
  const t = useTranslate();
  const rows = (model?.calibration ?? []).filter((b) => b.count > 0).map((b) => ({
    label: `${Math.round(b.from * 100)}-${Math.round(b.to * 100)}`, predicted: Number(b.meanPredicted.toFixed(3)), observed: Number(b.observedRate.toFixed(3)),
  }));
  return (
    <ChartCard title={t('leadops.dashboard.calibration', { version: model?.version ?? '—' })} testId="chart-calibration" empty={rows.length === 0}>
      <BarChart data={rows} margin={{ left: -16, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 1]} tickFormatter={percent} />
        <Tooltip formatter={(v) => percent(Number(v))} />
        <Legend />
        <Bar dataKey="predicted" name={t('leadops.dashboard.predicted')} fill="#0288d1" isAnimationActive={false} />
        <Bar dataKey="observed" name={t('leadops.dashboard.observed')} fill="#2e7d32" isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}

/** How often closed leads converted, by band of their score. */
function ScoreBandChart({ bands, heldOut }: { bands: ScoreBand[]; heldOut: boolean }) {
  const t = useTranslate();
  const rows = bands.map((b) => ({ label: `${b.band} %`, rate: b.conversionRate ?? 0, leads: b.leads }));
  return (
    <ChartCard title={t(heldOut ? 'leadops.dashboard.conversion_by_band_held_out' : 'leadops.dashboard.conversion_by_band')} testId="chart-score-bands" empty={bands.every((b) => b.leads === 0)}>
      <BarChart data={rows} margin={{ left: -16, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 1]} tickFormatter={percent} />
        <Tooltip formatter={(v, name) => (name === 'rate' ? percent(Number(v)) : v)} />
        <Bar dataKey="rate" name={t('leadops.dashboard.conversion_rate')} fill="#ffb300" isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}

/** The conversion score on the dashboard: model quality over versions, the live model's calibration, conversion by band. */
export function ScoringCharts() {
  const models = useApi(['scoring', 'models'], (a) => a.scoringModels());
  const bands = useApi(['scoring', 'bands'], (a) => a.conversionByScoreBand());
  if (!models.data || !bands.data) return null;
  const live = models.data.find((m) => m.promoted);
  // Until scored leads close, the live model's held-out leads show what each band converts at.
  const heldOut = bands.data.every((b) => b.leads === 0) && !!live;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }} data-testid="scoring-charts">
      <ModelQualityChart models={models.data} />
      <CalibrationChart model={live} />
      <ScoreBandChart bands={heldOut ? live.heldOutScoreBands : bands.data} heldOut={heldOut} />
    </Box>
  );
}
