import DownIcon from '@mui/icons-material/ArrowDownward';
import UpIcon from '@mui/icons-material/ArrowUpward';
import { Box, Card, Chip, IconButton, Stack, Switch, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import {
  CreateButton, EditButton, ListBase, Title, TopToolbar, useDataProvider, useGetList, useListContext, useNotify, useRefresh, useTranslate, useUpdate,
} from 'react-admin';
import type { LeadOpsDataProvider } from '../dataProvider';
import type { RoutingRule, User } from '../dataProvider/api';
import { conditionsSummary, moved } from './ruleSummary';

const VALUE_GROUP: Record<string, string> = { stages: 'stage', priorities: 'priority', sources: 'source', dealSizes: 'level' };

function RuleCard({ rule, index, count, reps, onMove, busy }: {
  rule: RoutingRule;
  index: number;
  count: number;
  reps: Map<string, string>;
  onMove: (delta: -1 | 1) => void;
  busy: boolean;
}) {
  const t = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const summary = conditionsSummary(
    rule.conditions,
    (key) => t(`resources.routingRules.fields.conditions.${key}`),
    (key, value) => (VALUE_GROUP[key] ? t(`leadops.${VALUE_GROUP[key]}.${value}`, { _: value }) : value),
  );
  const toggle = () =>
    update('routingRules', { id: rule.id, data: { ...rule, enabled: !rule.enabled }, previousData: rule }, {
      mutationMode: 'pessimistic', onError: (e) => notify((e as Error).message, { type: 'error' }),
    });
  const repNames = rule.repIds.map((id) => reps.get(id) ?? id.slice(0, 8)).join(', ');
  return (
    <Card variant="outlined" sx={{ p: 1.5, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', opacity: rule.enabled ? 1 : 0.6 }} data-testid="routing-rule" data-name={rule.name}>
      <Stack direction="column">
        <IconButton size="small" aria-label={t('ra.action.move_up')} disabled={index === 0 || busy} onClick={() => onMove(-1)}><UpIcon fontSize="small" /></IconButton>
        <IconButton size="small" aria-label={t('ra.action.move_down')} disabled={index === count - 1 || busy} onClick={() => onMove(1)}><DownIcon fontSize="small" /></IconButton>
      </Stack>
      <Typography variant="h6" color="text.secondary" sx={{ width: 28, textAlign: 'center' }}>{index + 1}</Typography>
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{rule.name}</Typography>
        <Typography variant="body2" color="text.secondary">{summary || t('leadops.routing.every_lead')}</Typography>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap' }}>
          <Chip size="small" color="primary" label={t(`leadops.strategy.${rule.strategy}`, { _: rule.strategy })} />
          {repNames && <Chip size="small" variant="outlined" label={repNames} />}
        </Stack>
      </Box>
      <Tooltip title={t(rule.enabled ? 'leadops.routing.enabled' : 'leadops.routing.disabled')}>
        <Switch checked={rule.enabled} onChange={toggle} disabled={isPending} slotProps={{ input: { 'aria-label': t('resources.routingRules.fields.enabled') } }} />
      </Tooltip>
      <EditButton record={rule} />
    </Card>
  );
}

function RuleCards() {
  const { data, isPending } = useListContext<RoutingRule>();
  const dataProvider = useDataProvider<LeadOpsDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const t = useTranslate();
  const [busy, setBusy] = useState(false);
  const { data: reps = [] } = useGetList<User>('users', { filter: { role: 'REP' }, pagination: { page: 1, perPage: 200 } });
  const repNames = new Map(reps.map((r) => [r.id, r.displayName]));
  if (isPending || !data) return null;
  if (!data.length) return <Typography color="text.secondary">{t('leadops.routing.none')}</Typography>;
  const move = async (index: number, delta: -1 | 1) => {
    setBusy(true);
    try {
      await dataProvider.reorderRoutingRules(moved(data, index, delta));
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1} sx={{ contain: 'inline-size' }}>
      {data.map((rule, i) => (
        <RuleCard key={rule.id} rule={rule} index={i} count={data.length} reps={repNames} busy={busy} onMove={(d) => move(i, d)} />
      ))}
      <Typography variant="caption" color="text.secondary">{t('leadops.routing.fallback_help')}</Typography>
    </Stack>
  );
}

/** Routing rules in the order they are tried; the first enabled rule that matches a lead assigns it. */
export function RoutingRuleList() {
  const t = useTranslate();
  return (
    <ListBase sort={{ field: 'position', order: 'ASC' }} perPage={200} disableSyncWithLocation>
      <Title title={t('leadops.menu.routing_rules')} />
      <Box sx={{ py: 2 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <Box>
            <Typography variant="h5" component="h1">{t('leadops.menu.routing_rules')}</Typography>
            <Typography variant="body2" color="text.secondary">{t('leadops.routing.help')}</Typography>
          </Box>
          <TopToolbar sx={{ p: 0, minHeight: 0 }}><CreateButton /></TopToolbar>
        </Box>
        <RuleCards />
      </Box>
    </ListBase>
  );
}
