import { Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useCreatePath, useListContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { PriorityChip, StageChip, StatusChip } from '../common/chips';
import { SlaChip } from '../common/SlaChip';
import type { Lead } from '../dataProvider/api';

/** The lead list on a phone: one card per lead with the chips a rep scans for. */
export function LeadCards({ resource = 'leads' }: { resource?: string }) {
  const { data, isPending } = useListContext<Lead>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (isPending || !data) return null;
  return (
    <Stack spacing={1} sx={{ p: 1, contain: 'inline-size' }} data-testid="lead-cards">
      {data.map((lead) => (
        <RecordContextProvider key={lead.id} value={lead}>
          <Card variant="outlined">
            <CardActionArea component={Link} to={createPath({ resource: 'leads', id: lead.id, type: 'show' })} data-lead={lead.id} data-resource={resource}>
              <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                  <Typography variant="subtitle1" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {lead.fullName}
                  </Typography>
                  <PriorityChip value={lead.priority} />
                </Box>
                <Typography variant="body2" color="text.secondary" noWrap>
                  {[lead.companyName, lead.email].filter(Boolean).join(' · ')}
                </Typography>
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ mt: 1, flexWrap: 'wrap', rowGap: 0.5 }}>
                  <StageChip value={lead.stage} />
                  <StatusChip value={lead.status} />
                  <SlaChip lead={lead} />
                </Stack>
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
                  {translate('resources.leads.fields.owner')}: {lead.owner?.displayName ?? translate('leadops.lead.unassigned')}
                  {lead.listScore?.probability != null && ` · ${translate('leadops.score.title')}: ${Math.round(lead.listScore.probability * 100)} %`}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}
