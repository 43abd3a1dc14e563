import { ColumnsButton, CreateButton, DataTable, ExportButton, FilterButton, List, ShowButton, TopToolbar, useTranslate } from 'react-admin';
import { PriorityChip, StageChip, StatusChip } from '../common/chips';
import { DateTimeText } from '../common/DateTimeText';
import { SlaChip } from '../common/SlaChip';
import { TranslatedValue } from '../common/TranslatedValue';
import { useMobile } from '../common/useMobile';
import { useCan } from '../common/useRole';
import type { Lead } from '../dataProvider/types';
import { BulkReassignButton } from './BulkReassignButton';
import { ImportLeadsButton } from './ImportLeadsButton';
import { LeadCards } from './LeadCards';
import { leadFilters } from './leadFilters';

const Column = DataTable.Col<Lead>;

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
  const translate = useTranslate();
  return (
    <List
      title="leadops.lead.list_title"
      filters={leadFilters({ byOwner, translate })}
      actions={<LeadListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ refetchInterval: 10_000 }}
    >
      {isMobile ? (
        <LeadCards />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={canBulkReassign ? <BulkReassignButton /> : false} size="small">
          <Column source="id" label="resources.leads.fields.id" disableSort render={(lead) => <code title={lead.id}>{lead.id.slice(0, 8)}</code>} />
          <Column source="fullName" disableSort />
          <Column source="companyName" disableSort />
          <Column source="email" disableSort />
          <Column source="location" disableSort />
          <Column source="gender" disableSort render={(lead) => <TranslatedValue group="gender" value={lead.gender} />} />
          <Column source="status" disableSort render={(lead) => <StatusChip value={lead.status} />} />
          <Column source="stage" disableSort render={(lead) => <StageChip value={lead.stage} />} />
          <Column source="priority" disableSort render={(lead) => <PriorityChip value={lead.priority} />} />
          <Column source="owner.displayName" label="resources.leads.fields.owner" disableSort render={(lead) => lead.owner?.displayName ?? translate('leadops.lead.unassigned')} />
          <Column source="slaDueAt" label="resources.leads.fields.sla" sortByOrder="ASC" render={(lead) => <SlaChip lead={lead} />} />
          <Column source="createdAt" sortByOrder="DESC" render={(lead) => <DateTimeText value={lead.createdAt} />} />
          <Column label="resources.leads.fields.action" disableSort>
            <ShowButton label="leadops.action.open" />
          </Column>
        </DataTable>
      )}
    </List>
  );
}

