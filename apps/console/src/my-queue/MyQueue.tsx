import InboxIcon from '@mui/icons-material/MoveToInbox';
import { Box, Button, Card, Stack, Typography } from '@mui/material';
import { ListBase, Pagination, Title, useCreatePath, useListContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { PriorityChip, StageChip, StatusChip } from '../common/chips';
import { SlaChip } from '../common/SlaChip';
import type { Lead } from '../dataProvider/api';
import { useLiveRefetch } from '../live/LiveUpdates';
import { CloseLeadButton, MarkContactedButton } from '../leads/LeadActions';

/** One lead of the queue: who, how urgent, time left, and the one-click actions. */
function QueueItem({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const createPath = useCreatePath();
  return (
    <Card variant="outlined" sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }} data-testid="queue-item" data-lead={lead.id} data-email={lead.email}>
      <Box sx={{ flex: '1 1 240px', minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <PriorityChip value={lead.priority} />
          <Typography variant="subtitle1" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{lead.fullName}</Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary" noWrap>
          {[lead.jobPosition, lead.companyName].filter(Boolean).join(' · ') || lead.email}
        </Typography>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap' }}>
          <StageChip value={lead.stage} />
          <StatusChip value={lead.status} />
        </Stack>
      </Box>
      <Box sx={{ flex: '0 0 auto' }}>
        <SlaChip lead={lead} size="medium" />
      </Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flex: { xs: '1 1 100%', sm: '0 0 auto' }, flexWrap: 'wrap', alignItems: 'center' }}>
        <MarkContactedButton lead={lead} />
        <CloseLeadButton lead={lead} />
        <Button size="small" component={Link} to={createPath({ resource: 'leads', id: lead.id, type: 'show' })}>{t('leadops.action.open')}</Button>
      </Stack>
    </Card>
  );
}

function QueueItems() {
  const { data, isPending, total } = useListContext<Lead>();
  const t = useTranslate();
  if (isPending) return null;
  if (!data?.length) {
    return (
      <Box sx={{ textAlign: 'center', py: 6, color: 'text.secondary' }} data-testid="queue-empty">
        <InboxIcon sx={{ fontSize: 56, opacity: 0.5 }} />
        <Typography>{t('leadops.queue.empty')}</Typography>
      </Box>
    );
  }
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('leadops.queue.count', { smart_count: total ?? 0 })}</Typography>
      <Stack spacing={1} sx={{ contain: 'inline-size' }}>
        {data.map((lead) => <QueueItem key={lead.id} lead={lead} />)}
      </Stack>
    </>
  );
}

/** A rep's open leads, soonest SLA first, refreshed every few seconds. */
export function MyQueue() {
  const refetchInterval = useLiveRefetch(5000);
  const t = useTranslate();
  return (
    <ListBase resource="my-queue" perPage={50} sort={{ field: 'slaDueAt', order: 'ASC' }} queryOptions={{ refetchInterval }} disableSyncWithLocation>
      <Title title={t('leadops.menu.my_queue')} />
      <Box sx={{ py: 2 }}>
        <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>{t('leadops.menu.my_queue')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('leadops.queue.help')}</Typography>
        <QueueItems />
        <Pagination rowsPerPageOptions={[25, 50, 100]} />
      </Box>
    </ListBase>
  );
}
