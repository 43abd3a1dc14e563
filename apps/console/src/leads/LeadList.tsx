import OpenIcon from '@mui/icons-material/OpenInBrowser';
import { Box, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { ColumnsButton, CreateButton, DataTable, ExportButton, FilterButton, List, TopToolbar, useCreatePath, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { PriorityChip, StageChip, StatusChip } from '../common/chips';
import { DateTimeText } from '../common/DateTimeText';
import { SlaChip } from '../common/SlaChip';
import { TranslatedValue } from '../common/TranslatedValue';
import { useMobile } from '../common/useMobile';
import { useCan } from '../common/useRole';
import type { Lead } from '../dataProvider/api';
import { useLiveRefetch } from '../live/LiveUpdates';
import { BulkReassignButton } from './BulkReassignButton';
import { ImportLeadsButton } from './ImportLeadsButton';
import { LeadCards } from './LeadCards';
import { leadExporter } from './leadExporter';
import { leadFilters } from './leadFilters';

const Column = DataTable.Col<Lead>;

/** A main line and a quieter second line, cut with an ellipsis rather than widening the table. */
function TwoLines({ first, second }: { first: string | null; second: string | null }) {
  return (
    <Box sx={{ maxWidth: 190, minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{first || '—'}</Typography>
      {second && <Typography variant="caption" color="text.secondary" noWrap component="div" title={second}>{second}</Typography>}
    </Box>
  );
}

function OpenLeadButton({ id }: { id: string }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Tooltip title={translate('leadops.action.open')}>
      <IconButton size="small" component={Link} to={createPath({ resource: 'leads', id, type: 'show' })} aria-label={translate('leadops.action.open')} onClick={(e) => e.stopPropagation()}>
        <OpenIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

function LeadListActions() {
  const canExport = useCan('leads', 'export');
  const canImport = useCan('leads', 'import');
  const isMobile = useMobile();
  return (
    <TopToolbar>
      <FilterButton />
      {!isMobile && <ColumnsButton />}
      {canImport && <ImportLeadsButton />}
      {canExport && <ExportButton />}
      <CreateButton label="leadops.lead.add" />
    </TopToolbar>
  );
}

/** The brief's lead list (ID, Name, Company, Email, Location, Gender, Status, Action) plus stage, priority, owner and SLA. */
export function LeadList() {
  const isMobile = useMobile();
  const byOwner = useCan('leads', 'filterByOwner');
  const canBulkReassign = useCan('leads', 'bulkReassign');
  const refetchInterval = useLiveRefetch(10_000);
  const translate = useTranslate();
  return (
    <List
      title="leadops.lead.list_title"
      filters={leadFilters({ byOwner, translate })}
      actions={<LeadListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={leadExporter}
      perPage={25}
      queryOptions={{ refetchInterval }}
      empty={false}
    >
      {isMobile ? (
        <LeadCards />
      ) : (
        <DataTable
          rowClick="show"
          bulkActionButtons={canBulkReassign ? <BulkReassignButton /> : false}
          size="small"
          hiddenColumns={['createdAt']}
          sx={{ '& .RaDataTable-tableWrapper': { overflowX: 'auto', contain: 'inline-size' }, '& .MuiTableCell-root': { px: 1 } }}
        >
          <Column source="id" label="resources.leads.fields.id" disableSort render={(lead) => <code title={lead.id}>{lead.id.slice(0, 8)}</code>} />
          <Column source="fullName" label="resources.leads.fields.name" disableSort render={(lead) => <TwoLines first={lead.fullName} second={lead.email} />} />
          <Column source="companyName" label="resources.leads.fields.company" disableSort render={(lead) => <TwoLines first={lead.companyName} second={lead.location} />} />
          <Column source="gender" disableSort render={(lead) => <TranslatedValue group="gender" value={lead.gender} />} />
          <Column source="status" disableSort render={(lead) => <StatusChip value={lead.status} />} />
          <Column source="priority" label="resources.leads.fields.priority_stage" disableSort render={(lead) => (
            <Stack direction="row" spacing={0.5}><PriorityChip value={lead.priority} /><StageChip value={lead.stage} /></Stack>
          )} />
          <Column source="listScore.probability" label="leadops.score.title" sortByOrder="DESC" render={(lead) => (
            lead.listScore?.probability != null ? <span data-score={lead.listScore.probability}>{Math.round(lead.listScore.probability * 100)} %</span> : '—'
          )} />
          <Column source="owner.displayName" label="resources.leads.fields.owner" disableSort render={(lead) => lead.owner?.displayName ?? translate('leadops.lead.unassigned')} />
          <Column source="slaDueAt" label="resources.leads.fields.sla" sortByOrder="ASC" render={(lead) => <SlaChip lead={lead} />} />
          <Column source="createdAt" sortByOrder="DESC" render={(lead) => <DateTimeText value={lead.createdAt} />} />
          <Column label="resources.leads.fields.action" disableSort render={(lead) => <OpenLeadButton id={lead.id} />} />
        </DataTable>
      )}
    </List>
  );
}

