import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TranslatedValue } from '../../common/TranslatedValue';
import type { RoutingDecision as Decision } from '../../dataProvider/api';
import { candidateReason, causeText, ruleName } from './routingWords';
import { Fact, Facts, Section } from './Section';

/** Why the lead went where it did: the rule, its strategy, and every rep it considered with why they were or were not chosen. */
export function RoutingDecision({ decision }: { decision: Decision | null | undefined }) {
  const t = useTranslate();
  if (!decision) return null;
  return (
    <Section title={t('leadops.overview.routing')} testId="routing-decision">
      <Facts>
        <Fact label={t('leadops.overview.routing_rule')} testId="routing-rule">{ruleName(t, decision.rule)}</Fact>
        <Fact label={t('leadops.overview.routing_strategy')} testId="routing-strategy"><TranslatedValue group="strategy" value={decision.strategy} /></Fact>
        <Fact label={t('leadops.overview.routing_decided_at')}>{new Date(decision.decidedAt).toLocaleString()}</Fact>
      </Facts>
      {decision.cause && (
        <Typography variant="body2" sx={{ mt: 1.5 }} data-testid="routing-cause">{causeText(t, decision.cause)}</Typography>
      )}
      {!decision.assigned && (
        <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>{t('leadops.overview.routing_queued')}</Typography>
      )}
      <Box sx={{ mt: 1.5, overflowX: 'auto' }}>
        <Table size="small" aria-label={t('leadops.overview.routing_candidates')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('leadops.overview.routing_rep')}</TableCell>
              <TableCell>{t('leadops.overview.routing_why')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {decision.candidates.map((c) => (
              <TableRow key={c.repId} data-testid="routing-candidate" data-outcome={c.outcome}>
                <TableCell>{c.repName}</TableCell>
                <TableCell>
                  {c.outcome === 'CHOSEN' ? <Chip size="small" color="success" label={candidateReason(t, c)} /> : candidateReason(t, c)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Section>
  );
}
