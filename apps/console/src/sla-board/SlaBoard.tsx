import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { PriorityChip } from '../common/chips';
import { PageHeader } from '../common/PageHeader';
import { SlaChip } from '../common/SlaChip';
import { useApi } from '../common/useApi';
import { useLiveRefetch } from '../live/LiveUpdates';
import type { BoardLead, Lead, SlaBoardRow } from '../dataProvider/api';

const REFRESH_MS = 3000;
/** While live, changes and breaches arrive as events; a lead only drifts into "at risk" with the clock, which this catches. */
const AT_RISK_DRIFT_MS = 60_000;

const CountChip = ({ count, color }: { count: number; color: 'warning' | 'error' }) => (count ? <Chip size="small" color={color} label={count} /> : <>0</>);

function RepLoad({ rows }: { rows: SlaBoardRow[] }) {
  const t = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="sla-board-reps">
        <TableHead>
          <TableRow>
            <TableCell>{t('leadops.sla_board.rep')}</TableCell>
            <TableCell align="right">{t('leadops.sla_board.open_leads')}</TableCell>
            <TableCell align="right">{t('leadops.sla_board.at_risk')}</TableCell>
            <TableCell align="right">{t('leadops.sla_board.breached')}</TableCell>
            <TableCell sx={{ minWidth: 120, display: { xs: 'none', sm: 'table-cell' } }}>{t('leadops.sla_board.load')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const load = row.rep.capacity > 0 ? Math.min(100, (row.openLeads / row.rep.capacity) * 100) : 0;
            return (
              <TableRow key={row.rep.id} data-rep={row.rep.email}>
                <TableCell>{row.rep.displayName}</TableCell>
                <TableCell align="right">{row.openLeads}</TableCell>
                <TableCell align="right"><CountChip count={waiting(row.atRisk).length} color="warning" /></TableCell>
                <TableCell align="right" data-testid="rep-breached"><CountChip count={waiting(row.breached).length} color="error" /></TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  <LinearProgress variant="determinate" value={load} color={load >= 90 ? 'error' : load >= 70 ? 'warning' : 'primary'} sx={{ height: 8, borderRadius: 4 }} />
                  <Typography variant="caption" color="text.secondary">{row.openLeads}/{row.rep.capacity}</Typography>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

function LeadLines({ leads, empty, testId }: { leads: BoardLead[]; empty: string; testId: string }) {
  const t = useTranslate();
  const createPath = useCreatePath();
  if (!leads.length) return <Typography variant="body2" color="text.secondary" data-testid={`${testId}-empty`}>{empty}</Typography>;
  return (
    <Stack spacing={1} data-testid={testId} sx={{ contain: 'inline-size' }}>
      {leads.map((lead) => (
        <Box key={lead.id} component={Link} to={createPath({ resource: 'leads', id: lead.id, type: 'show' })} data-email={lead.email}
          sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', textDecoration: 'none', color: 'inherit', p: 1, borderRadius: 1, border: 1, borderColor: 'divider', '&:hover': { bgcolor: 'action.hover' } }}>
          <PriorityChip value={lead.priority} />
          <Typography variant="body2" sx={{ fontWeight: 600, flex: '1 1 160px', minWidth: 0 }} noWrap>{lead.fullName} · {lead.companyName ?? lead.email}</Typography>
          <Typography variant="caption" color="text.secondary">{lead.owner?.displayName ?? t('leadops.lead.unassigned')}</Typography>
          <SlaChip lead={lead as Lead} />
        </Box>
      ))}
    </Stack>
  );
}

const byDue = (a: BoardLead, b: BoardLead) => (a.slaDueAt ?? '').localeCompare(b.slaDueAt ?? '');
/** A breached lead someone has since contacted is late, not waiting: the board shows the ones still waiting. */
const waiting = (leads: BoardLead[]) => leads.filter((l) => !l.firstContactedAt);

/** Managers: who is about to miss a first-response SLA, and who already did. Live while the stream is up; polled every few seconds while it is down. */
export function SlaBoard() {
  const t = useTranslate();
  const live = useLiveRefetch(REFRESH_MS) === false;
  const board = useApi(['sla-board'], (api) => api.slaBoard(), { refetchInterval: live ? AT_RISK_DRIFT_MS : REFRESH_MS });
  const rows = board.data ?? [];
  const breached = waiting(rows.flatMap((r) => r.breached)).sort(byDue);
  const atRisk = waiting(rows.flatMap((r) => r.atRisk)).sort(byDue);
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader title={t('leadops.menu.sla_board')} help={t('leadops.sla_board.help')} />
      {board.error && <Alert severity="error">{(board.error as Error).message}</Alert>}
      {board.isPending && <LinearProgress />}
      {board.data && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" sx={{ fontSize: '1.05rem', mb: 1 }}>{t('leadops.sla_board.breached_now')} ({breached.length})</Typography>
              <LeadLines leads={breached} empty={t('leadops.sla_board.no_breaches')} testId="breached-leads" />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" sx={{ fontSize: '1.05rem', mb: 1 }}>{t('leadops.sla_board.at_risk_now')} ({atRisk.length})</Typography>
              <LeadLines leads={atRisk} empty={t('leadops.sla_board.none_at_risk')} testId="at-risk-leads" />
            </CardContent>
          </Card>
          <Card variant="outlined" sx={{ gridColumn: '1 / -1' }}>
            <CardContent>
              <Typography variant="h6" sx={{ fontSize: '1.05rem', mb: 1 }}>{t('leadops.sla_board.by_rep')}</Typography>
              <RepLoad rows={rows} />
            </CardContent>
          </Card>
        </Box>
      )}
    </Box>
  );
}
