import { Alert, Box, Button, Card, CardContent, Chip, FormControlLabel, LinearProgress, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { DateTimeText } from '../common/DateTimeText';
import { PageHeader } from '../common/PageHeader';
import { useApi } from '../common/useApi';
import { useDateLocale } from '../common/useRole';
import type { LeadOpsDataProvider } from '../dataProvider';

const KEY = ['scoring'];
const fixed = (value: number, digits: number) => value.toFixed(digits);

/** Sales ops: the conversion models trained so far, train one now, roll back to an earlier one, and the queue-order setting. */
export function ScoringModelsPage() {
  const t = useTranslate();
  const notify = useNotify();
  const locale = useDateLocale();
  const queryClient = useQueryClient();
  const api = useDataProvider<LeadOpsDataProvider>();
  const status = useApi([...KEY, 'status'], (a) => a.scoringStatus());
  // A training run is a Temporal workflow: the list refreshes until its version appears.
  const [waitingFor, setWaitingFor] = useState<number | null>(null);
  const models = useApi([...KEY, 'models'], (a) => a.scoringModels(), { refetchInterval: waitingFor !== null ? 2000 : false });
  const [busy, setBusy] = useState(false);
  const newest = models.data?.[0]?.version ?? 0;
  // The run is done when its version is listed and the promotion step has decided (live, or refused with a reason).
  const decided = !!models.data?.[0] && (models.data[0].promoted || models.data[0].refusal !== null);
  useEffect(() => {
    if (waitingFor === null || newest <= waitingFor || !decided) return;
    setWaitingFor(null);
    void queryClient.invalidateQueries({ queryKey: ['leadops', ...KEY] });
  }, [newest, decided, waitingFor, queryClient]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done, { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['leadops', ...KEY] });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const train = () => run(async () => {
    await api.trainScoringModel();
    setWaitingFor(newest);
  }, 'leadops.scoring.training_started');
  const rollback = (version: number) => run(() => api.rollbackScoringModel(version), 'leadops.scoring.rolled_back');
  const setOrder = (enabled: boolean) => run(() => api.setOrderQueueByScore(enabled), 'leadops.settings.saved');

  const s = status.data;
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader
        title={t('leadops.menu.scoring_models')}
        help={t('leadops.scoring.help')}
        actions={<Button variant="contained" onClick={train} disabled={busy || waitingFor !== null} data-action="train">{t('leadops.scoring.train')}</Button>}
      />
      {(status.error || models.error) && <Alert severity="error">{((status.error ?? models.error) as Error).message}</Alert>}
      {(status.isPending || models.isPending || busy || waitingFor !== null) && <LinearProgress />}
      {s && (
        <Card variant="outlined" sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="body1" data-testid="scoring-status">
              {s.promoted
                ? t('leadops.scoring.live', { version: s.promoted.version, closed: s.promoted.closedLeads.toLocaleString(locale), auc: fixed(s.promoted.auc, 2) })
                : t('leadops.score.not_enough', { n: s.closedLeads.toLocaleString(locale), min: s.minClosedLeads.toLocaleString(locale) })}
            </Typography>
            <Typography variant="caption" color="text.secondary">{t('leadops.scoring.closed_so_far', { n: s.closedLeads.toLocaleString(locale), min: s.minClosedLeads.toLocaleString(locale) })}</Typography>
            <FormControlLabel
              sx={{ display: 'flex', mt: 1 }}
              control={<Switch checked={s.orderQueueByScore} onChange={(e) => setOrder(e.target.checked)} disabled={busy} data-setting="orderQueueByScore" />}
              label={t('leadops.scoring.order_queue')}
            />
            <Typography variant="caption" color="text.secondary">{t('leadops.score.never_stage')}</Typography>
          </CardContent>
        </Card>
      )}
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
        <Table size="small" data-testid="scoring-models">
          <TableHead>
            <TableRow>
              <TableCell>{t('leadops.scoring.version')}</TableCell>
              <TableCell>{t('leadops.scoring.trained_at')}</TableCell>
              <TableCell align="right">{t('leadops.scoring.closed_leads')}</TableCell>
              <TableCell align="right">AUC</TableCell>
              <TableCell align="right">Brier</TableCell>
              <TableCell align="right">{t('leadops.scoring.calibration_error')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(models.data ?? []).map((m) => (
              <TableRow key={m.version} data-model={m.version} data-promoted={m.promoted}>
                <TableCell>v{m.version}</TableCell>
                <TableCell><DateTimeText value={m.trainedAt} /></TableCell>
                <TableCell align="right">{m.closedLeads.toLocaleString(locale)}</TableCell>
                <TableCell align="right">{fixed(m.auc, 3)}</TableCell>
                <TableCell align="right">{fixed(m.brier, 3)}</TableCell>
                <TableCell align="right">{fixed(m.ece, 3)}</TableCell>
                <TableCell align="right">
                  {m.promoted ? (
                    <Chip size="small" color="success" label={t('leadops.scoring.promoted')} />
                  ) : m.refusal ? (
                    <Stack direction="row" spacing={1} alignItems="center" justifyContent="flex-end">
                      <Typography variant="caption" color="text.secondary">{t('leadops.scoring.refused', { reason: m.refusal })}</Typography>
                    </Stack>
                  ) : (
                    <Button size="small" onClick={() => rollback(m.version)} disabled={busy} data-action="rollback">{t('leadops.scoring.rollback')}</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {models.data?.length === 0 && <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>{t('leadops.scoring.none')}</Typography>}
    </Box>
  );
}
