import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { StatusChip } from '../../common/chips';
import { DateTimeText } from '../../common/DateTimeText';
import { TranslatedValue } from '../../common/TranslatedValue';
import type { Lead } from '../../dataProvider/api';
import { Fact, Facts, Section } from './Section';

/** What the lead sent us: the brief's "Lead Information" and "Description". */
export function LeadInformation({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const f = (field: string) => t(`resources.leads.fields.${field}`);
  return (
    <Section title={t('leadops.overview.lead_information')} testId="lead-information">
      <Facts>
        <Fact label={f('id')} wide><code>{lead.id}</code></Fact>
        <Fact label={f('status')} testId="lead-status"><StatusChip value={lead.status} /></Fact>
        <Fact label={f('email')} wide>{lead.email}</Fact>
        <Fact label={f('phone')}>{lead.phoneE164 ?? lead.phone}</Fact>
        <Fact label={f('companyName')}>{lead.companyName}</Fact>
        <Fact label={f('location')}>{lead.location}</Fact>
        <Fact label={f('gender')}><TranslatedValue group="gender" value={lead.gender} /></Fact>
        <Fact label={f('source')}><TranslatedValue group="source" value={lead.source} /></Fact>
        <Fact label={f('notifyEmail')}>{lead.notifyEmail}</Fact>
        <Fact label={f('createdAt')}><DateTimeText value={lead.createdAt} /></Fact>
        <Fact label={f('updatedAt')}><DateTimeText value={lead.updatedAt} /></Fact>
        {lead.outcome && (
          <Fact label={f('outcome')}>
            <TranslatedValue group="outcome" value={lead.outcome} />
            {lead.outcomeReason ? ` · ${lead.outcomeReason}` : ''}
          </Fact>
        )}
      </Facts>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{f('description')}</Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="lead-description">
        {lead.description || '—'}
      </Typography>
    </Section>
  );
}
