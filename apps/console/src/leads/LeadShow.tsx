import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Breadcrumbs, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { Loading, ShowBase, Title, useRedirect, useShowContext, useTranslate } from 'react-admin';
import { PriorityChip, StageChip, StatusChip } from '../common/chips';
import { SlaChip } from '../common/SlaChip';
import type { Lead } from '../dataProvider/api';
import { useLiveRefetch } from '../live/LiveUpdates';
import { LeadActions } from './LeadActions';
import { AiAnalysis } from './overview/AiAnalysis';
import { ContactProfile } from './overview/ContactProfile';
import { ConversionScore } from './overview/ConversionScore';
import { LeadInformation } from './overview/LeadInformation';
import { NextSteps } from './overview/NextSteps';
import { RoutingDecision } from './overview/RoutingDecision';
import { ScoreCards } from './overview/ScoreCards';
import { Timeline } from './overview/Timeline';

/** While the lead's workflow runs (anything but closed), the overview refreshes every 3 s so status and SLA update live. */
/** How often an open lead is re-read while the live stream is down. */
export const LIVE_REFRESH_MS = 3000;
const refetchWhileRunning = (query: { state: { data?: unknown } }) => ((query.state.data as Lead | undefined)?.status === 'CLOSED' ? false : LIVE_REFRESH_MS);

function OverviewHeader({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const redirect = useRedirect();
  return (
    <Box sx={{ mb: 2 }}>
      <Breadcrumbs sx={{ mb: 1, fontSize: 14 }}>
        <Typography variant="body2" color="text.secondary">{t('leadops.overview.crumb_crm')}</Typography>
        <Typography variant="body2" color="text.primary">{t('leadops.overview.title')}</Typography>
      </Breadcrumbs>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700, overflowWrap: 'anywhere' }} data-testid="lead-name">{lead.fullName}</Typography>
          <Typography variant="body1" color="text.secondary">{lead.companyName ?? lead.email}</Typography>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
            <StatusChip value={lead.status} />
            <StageChip value={lead.stage} />
            <PriorityChip value={lead.priority} />
            <SlaChip lead={lead} />
          </Stack>
        </Box>
        <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => redirect('list', 'leads')}>{t('leadops.overview.back_to_list')}</Button>
      </Box>
      <Box sx={{ mt: 2 }}>
        <LeadActions lead={lead} />
      </Box>
    </Box>
  );
}

function LeadOverview() {
  const { record: lead, isPending, error } = useShowContext<Lead>();
  const t = useTranslate();
  if (isPending) return <Loading />;
  if (error || !lead) return <Alert severity="error">{(error as Error | null)?.message ?? t('ra.page.not_found')}</Alert>;
  const c = lead.classification;
  return (
    <Box sx={{ py: 2, px: { xs: 0, sm: 1 } }} data-testid="lead-overview" data-status={lead.status} data-stage={lead.stage ?? ''} data-priority={lead.priority ?? ''}>
      <Title title={lead.fullName} />
      <OverviewHeader lead={lead} />
      <Stack spacing={2}>
        <LeadInformation lead={lead} />
        {c ? (
          <>
            <ContactProfile lead={lead} />
            <AiAnalysis classification={c} intent={lead.intent} />
            <ScoreCards classification={c} />
            <NextSteps lead={lead} />
            <ConversionScore score={lead.conversionScore} />
          </>
        ) : (
          <Alert severity="info" icon={false} data-testid="classifying">
            {t('leadops.overview.classifying')}
            <LinearProgress sx={{ mt: 1 }} />
          </Alert>
        )}
        <RoutingDecision decision={lead.routingDecision} />
        <Timeline events={lead.timeline ?? []} />
      </Stack>
    </Box>
  );
}

/** The brief's "Lead Overview". */
export function LeadShow() {
  const refetchInterval = useLiveRefetch(refetchWhileRunning);
  return (
    <ShowBase queryOptions={{ refetchInterval }}>
      <LeadOverview />
    </ShowBase>
  );
}
