import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ArrayInput, minValue, maxValue, NumberInput, required, SimpleForm, SimpleFormIterator, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { PageHeader } from '../common/PageHeader';
import { useApi } from '../common/useApi';
import { useSaveSettings } from '../common/useSaveSettings';
import type { LeadOpsDataProvider } from '../dataProvider';
import type { PolicyDraft, PolicyDraftInput, PolicySimulation } from '../dataProvider/api';
import { toPolicyDraftInput } from './policyDraftInput';
import { RoutingRuleInputs } from '../routing-rules/RoutingRuleInputs';

const score = [required(), minValue(0), maxValue(100)];
const minutes = [required(), minValue(1)];
const KEY = ['policy-draft'];

function Figure({ label, happened, before, after, extra }: { label: string; happened: number; before: number; after: number; extra?: string }) {
  const t = useTranslate();
  const delta = after - before;
  return (
    <Card variant="outlined" sx={{ minWidth: 180 }} data-figure={label}>
      <CardContent>
        <Typography variant="caption" color="text.secondary">{label}</Typography>
        <Typography variant="h6">
          {before.toLocaleString()} → {after.toLocaleString()} {delta !== 0 && <Chip size="small" color={delta > 0 ? 'warning' : 'info'} label={`${delta > 0 ? '+' : ''}${delta.toLocaleString()}`} />}
        </Typography>
        <Typography variant="caption" color="text.secondary">{t('leadops.policy_draft.happened', { n: happened.toLocaleString() })}{extra ? ` · ${extra}` : ''}</Typography>
      </CardContent>
    </Card>
  );
}

/** A phone scrolls a wide table sideways, not the whole page (width 0 keeps the table's width out of the layout's). */
const ScrollX = ({ children }: { children: ReactNode }) => <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>{children}</Box>;

/** The draft against the published version: counts, per-rep load and every changed lead with the reason. */
function SimulationResult({ sim }: { sim: PolicySimulation }) {
  const t = useTranslate();
  const decision = (d: { stage?: string | null; priority?: string | null; ownerName?: string | null; queued: boolean }) =>
    `${d.stage ?? '—'} ${d.priority ?? ''} · ${d.ownerName ?? (d.queued ? t('leadops.policy_draft.queue') : '—')}`;
  return (
    <Box data-simulation sx={{ mt: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('leadops.policy_draft.result_title', { leads: sim.leads.toLocaleString(), days: sim.days, ms: sim.durationMs })}
      </Typography>
      {sim.llmClassifiedLeads > 0 && <Alert severity="info" sx={{ my: 1 }}>{t('leadops.policy_draft.llm_note', { n: sim.llmClassifiedLeads })}</Alert>}
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ my: 1 }}>
        <Figure label={t('leadops.policy_draft.sqls')} {...sim.sql} extra={t('leadops.policy_draft.sqls_added_missed', { added: sim.sql.added, missed: sim.sql.missed })} />
        <Figure label={t('leadops.policy_draft.sla_minutes')} {...sim.slaMinutesOwed} />
        <Figure label={t('leadops.policy_draft.leads_with_sla')} {...sim.leadsWithSla} />
        <Figure label={t('leadops.policy_draft.queued')} {...sim.queued} />
      </Stack>
      <Typography variant="body2" data-changed-counts>
        {t('leadops.policy_draft.changed', { any: sim.changed.any, stage: sim.changed.stage, priority: sim.changed.priority, owner: sim.changed.owner })}
      </Typography>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('leadops.policy_draft.rep_load')}</Typography>
      <ScrollX>
        <Table size="small" sx={{ maxWidth: 640 }} data-rep-load>
          <TableHead>
            <TableRow>
              <TableCell>{t('leadops.policy_draft.rep')}</TableCell>
              <TableCell align="right">{t('leadops.policy_draft.col_happened')}</TableCell>
              <TableCell align="right">{t('leadops.policy_draft.col_published')}</TableCell>
              <TableCell align="right">{t('leadops.policy_draft.col_draft')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sim.repLoad.map((r) => (
              <TableRow key={r.repId} data-rep={r.displayName}>
                <TableCell>{r.displayName}</TableCell>
                <TableCell align="right">{r.happened}</TableCell>
                <TableCell align="right">{r.before}</TableCell>
                <TableCell align="right">{r.after}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollX>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('leadops.policy_draft.changes', { shown: sim.changes.length, total: sim.changed.any })}</Typography>
      <ScrollX>
        <Table size="small" data-changes>
          <TableHead>
            <TableRow>
              <TableCell>{t('leadops.policy_draft.lead')}</TableCell>
              <TableCell>{t('leadops.policy_draft.col_published')}</TableCell>
              <TableCell>{t('leadops.policy_draft.col_draft')}</TableCell>
              <TableCell>{t('leadops.policy_draft.why')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sim.changes.map((c) => (
              <TableRow key={c.leadId} data-change={c.leadId}>
                <TableCell>{c.fullName}{c.companyName ? ` (${c.companyName})` : ''}</TableCell>
                <TableCell>{decision(c.before)}</TableCell>
                <TableCell>{decision(c.after)}</TableCell>
                <TableCell>{c.reasons.map((r) => <Typography key={r} variant="caption" component="div">{r}</Typography>)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollX>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        {t('leadops.policy_draft.assumptions')}: {sim.assumptions.join(' ')}
      </Typography>
    </Box>
  );
}

/**
 * Sales ops edit the classification policy's numbers and the routing rules as a draft (the routing rules screen's own
 * inputs), simulate it over the last days of leads, publish it, or restore an earlier version.
 */
export function PolicyDraftPage() {
  const t = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const api = useDataProvider<LeadOpsDataProvider>();
  const draft = useApi(KEY, (a) => a.policyDraft());
  const versions = useApi([...KEY, 'versions'], (a) => a.policyVersions());
  const { submit } = useSaveSettings<PolicyDraftInput, PolicyDraft>(KEY, (a, input) => a.savePolicyDraft(input), 'leadops.policy_draft.saved');
  const [days, setDays] = useState(30);
  const [sim, setSim] = useState<PolicySimulation | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      if (done) notify(done, { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['leadops', ...KEY] });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const simulate = () => run(async () => setSim(await api.simulatePolicyDraft(days)));
  const publish = () => run(async () => {
    await api.publishPolicyDraft(null);
    setSim(null);
  }, 'leadops.policy_draft.published');
  const discard = () => run(async () => {
    await api.discardPolicyDraft();
    setSim(null);
  }, 'leadops.policy_draft.discarded');
  const restore = (version: number) => run(() => api.restorePolicyVersion(version), 'leadops.policy_draft.restored');

  const d = draft.data;
  const isDraft = d?.state === 'DRAFT';
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader
        title={t('leadops.menu.policy_draft')}
        help={t('leadops.policy_draft.help')}
        actions={d && (
          <Chip
            data-state={d.state}
            color={isDraft ? 'warning' : 'success'}
            label={isDraft
              ? t('leadops.policy_draft.state_draft', { version: d.basedOnVersion ?? '—' })
              : t('leadops.policy_draft.state_published', { version: d.publishedVersion ?? '—' })}
          />
        )}
      />
      {(draft.error || versions.error) && <Alert severity="error">{((draft.error ?? versions.error) as Error).message}</Alert>}
      {(draft.isPending || busy) && <LinearProgress />}
      {d && (
        <Card variant="outlined" sx={{ maxWidth: 1100 }}>
          <SimpleForm record={d} onSubmit={(values: Record<string, unknown>) => submit(toPolicyDraftInput(values as unknown as PolicyDraft))}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{t('leadops.policy_draft.thresholds')}</Typography>
            <Typography variant="caption" color="text.secondary">{t('leadops.policy_draft.thresholds_help')}</Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' }, columnGap: 2, width: '100%' }}>
              <NumberInput source="policy.fit.A" label="leadops.policy_draft.fit_a" validate={score} step={1} />
              <NumberInput source="policy.fit.B" label="leadops.policy_draft.fit_b" validate={score} step={1} />
              <NumberInput source="policy.fit.C" label="leadops.policy_draft.fit_c" validate={score} step={1} />
              <NumberInput source="policy.urgency.CRITICAL" label="leadops.policy_draft.urgency_critical" validate={score} step={1} />
              <NumberInput source="policy.urgency.HIGH" label="leadops.policy_draft.urgency_high" validate={score} step={1} />
              <NumberInput source="policy.urgency.MEDIUM" label="leadops.policy_draft.urgency_medium" validate={score} step={1} />
              <NumberInput source="policy.dataQuality.GOOD" label="leadops.policy_draft.quality_good" validate={score} step={1} />
              <NumberInput source="policy.dataQuality.REVIEW" label="leadops.policy_draft.quality_review" validate={score} step={1} />
            </Box>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>{t('leadops.sla_settings.targets')}</Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' }, columnGap: 2, width: '100%' }}>
              <NumberInput source="policy.slaMinutes.P1" label="leadops.sla_settings.p1" validate={minutes} step={1} />
              <NumberInput source="policy.slaMinutes.P2" label="leadops.sla_settings.p2" validate={minutes} step={1} />
              <NumberInput source="policy.slaMinutes.P3" label="leadops.sla_settings.p3" validate={minutes} step={1} />
            </Box>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>{t('leadops.menu.routing_rules')}</Typography>
            <Typography variant="caption" color="text.secondary">{t('leadops.policy_draft.rules_help')}</Typography>
            <ArrayInput source="routingRules" label={false}>
              <SimpleFormIterator>
                <RoutingRuleInputs />
              </SimpleFormIterator>
            </ArrayInput>
          </SimpleForm>
        </Card>
      )}
      {d && (
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 2 }} useFlexGap flexWrap="wrap">
          <TextField
            size="small" type="number" label={t('leadops.policy_draft.days')} value={days} sx={{ width: 120 }}
            onChange={(e) => setDays(Math.max(1, Math.min(90, Number(e.target.value) || 30)))}
          />
          <Button variant="outlined" onClick={simulate} disabled={busy} data-action="simulate">{t('leadops.policy_draft.simulate')}</Button>
          <Button variant="contained" onClick={publish} disabled={busy || !isDraft} data-action="publish">{t('leadops.policy_draft.publish')}</Button>
          <Button color="inherit" onClick={discard} disabled={busy || !isDraft} data-action="discard">{t('leadops.policy_draft.discard')}</Button>
          {!isDraft && <Typography variant="caption" color="text.secondary">{t('leadops.policy_draft.save_first')}</Typography>}
        </Stack>
      )}
      {sim && <SimulationResult sim={sim} />}
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 3 }}>{t('leadops.policy_draft.versions')}</Typography>
      <ScrollX>
        <Table size="small" sx={{ maxWidth: 900 }} data-versions>
          <TableBody>
            {(versions.data ?? []).map((v) => (
              <TableRow key={v.version} data-version={v.version}>
                <TableCell>v{v.version} <Typography variant="caption" color="text.secondary">({v.policyVersion})</Typography></TableCell>
                <TableCell>{t(`leadops.policy_draft.action.${v.action}`, { version: v.restoredFrom ?? '' })}</TableCell>
                <TableCell>{new Date(v.publishedAt).toLocaleString()}</TableCell>
                <TableCell>{v.note ?? ''}</TableCell>
                <TableCell align="right">
                  {v.live
                    ? <Chip size="small" color="success" label={t('leadops.policy_draft.live')} />
                    : <Button size="small" onClick={() => restore(v.version)} disabled={busy}>{t('leadops.policy_draft.restore')}</Button>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollX>
    </Box>
  );
}
