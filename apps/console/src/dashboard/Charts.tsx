import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import {
  Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { useDateLocale } from '../common/useRole';
import type { Metrics } from '../dataProvider/api';
import { fillDays, type DateRange } from './dateRange';

const STAGE_COLORS: Record<string, string> = { SQL: '#2e7d32', MQL: '#0288d1', NURTURE: '#6a1b9a', REVIEW: '#ed6c02', DISQUALIFIED: '#9e9e9e' };
const PALETTE = ['#1a2a4f', '#0288d1', '#2e7d32', '#ed6c02', '#6a1b9a', '#c62828', '#00838f', '#5d4037'];

export function ChartCard({ title, children, testId, empty = false }: { title: string; children: ReactNode; testId?: string; empty?: boolean }) {
  const t = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{title}</Typography>
        <div style={{ width: '100%', height: 260 }}>
          {empty ? (
            <Typography variant="body2" color="text.secondary" sx={{ pt: 12, textAlign: 'center' }}>{t('leadops.dashboard.no_data')}</Typography>
          ) : (
            <ResponsiveContainer width="100%" height="100%" minWidth={0} initialDimension={{ width: 320, height: 260 }}>
              {children as never}
            </ResponsiveContainer>
          )}
        </div>
      </CardContent>
    </Card>
  );
}

/** Per stage: how many leads arrived, how many were contacted, how many converted. */
export function FunnelChart({ funnel }: { funnel: Metrics['funnel'] }) {
  const t = useTranslate();
  const data = funnel.map((s) => ({ ...s, label: s.stage ? t(`leadops.stage.${s.stage}`, { _: s.stage }) : t('leadops.dashboard.unclassified') }));
  return (
    <ChartCard title={t('leadops.dashboard.funnel')} testId="chart-funnel" empty={data.length === 0}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="leads" name={t('leadops.dashboard.leads')} isAnimationActive={false}>
          {data.map((s) => <Cell key={s.stage ?? 'none'} fill={STAGE_COLORS[s.stage ?? ''] ?? '#bdbdbd'} />)}
        </Bar>
        <Bar dataKey="contacted" name={t('leadops.dashboard.contacted')} fill="#1a2a4f" isAnimationActive={false} />
        <Bar dataKey="converted" name={t('leadops.dashboard.converted')} fill="#ffb300" isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}

/** A count per day of the range (days without any shown as zero). */
export function DailyChart({ title, data, range, color, testId }: {
  title: string;
  data: Array<{ day: string; count: number }>;
  range: DateRange;
  color: string;
  testId: string;
}) {
  const locale = useDateLocale();
  const t = useTranslate();
  const rows = fillDays(range, data).map((d) => ({ ...d, label: new Date(`${d.day}T00:00:00`).toLocaleDateString(locale, { month: 'short', day: 'numeric' }) }));
  return (
    <ChartCard title={title} testId={testId}>
      <BarChart data={rows} margin={{ left: -16, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" minTickGap={16} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={t('leadops.dashboard.count')} fill={color} isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}

export function SourceChart({ data }: { data: Metrics['leadsBySource'] }) {
  const t = useTranslate();
  const rows = data.map((d) => ({ name: t(`leadops.source.${d.source}`, { _: d.source }), value: d.count }));
  return (
    <ChartCard title={t('leadops.dashboard.by_source')} testId="chart-source" empty={rows.length === 0}>
      <PieChart>
        <Pie data={rows} dataKey="value" nameKey="name" innerRadius={50} outerRadius={90} paddingAngle={2} isAnimationActive={false}>
          {rows.map((r, i) => <Cell key={r.name} fill={PALETTE[i % PALETTE.length]} />)}
        </Pie>
        <Tooltip />
        <Legend />
      </PieChart>
    </ChartCard>
  );
}

export function OwnerChart({ data }: { data: Metrics['leadsByOwner'] }) {
  const t = useTranslate();
  const rows = data.map((d) => ({ name: d.ownerId ? d.displayName : t('leadops.lead.unassigned'), count: d.count }));
  return (
    <ChartCard title={t('leadops.dashboard.by_owner')} testId="chart-owner" empty={rows.length === 0}>
      <BarChart data={rows} margin={{ left: -16, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={t('leadops.dashboard.leads')} fill={PALETTE[0]} isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}
