import { useTranslate } from 'react-admin';
import { EnumChip, LevelChip } from '../../common/chips';
import { TranslatedValue } from '../../common/TranslatedValue';
import type { Lead } from '../../dataProvider/api';
import { Fact, Facts, Section } from './Section';

/** Who the contact is and whether they can buy: seniority, role, decision power, e-mail type. */
export function ContactProfile({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const f = (field: string) => t(`resources.leads.fields.${field}`);
  const profile = lead.classification?.contactProfile;
  return (
    <Section title={t('leadops.overview.contact_profile')} testId="contact-profile">
      <Facts>
        <Fact label={f('fullName')}>{lead.fullName}</Fact>
        <Fact label={f('jobPosition')}>{lead.jobPosition}</Fact>
        <Fact label={t('leadops.overview.seniority')} testId="seniority"><TranslatedValue group="seniority" value={profile?.seniorityLevel} /></Fact>
        <Fact label={t('leadops.overview.role_type')}><EnumChip group="role_type" value={profile?.roleType} variant="outlined" /></Fact>
        <Fact label={t('leadops.overview.decision_power')}><LevelChip group="level" value={profile?.decisionPower} /></Fact>
        <Fact label={f('age')}>{lead.age ?? '—'}</Fact>
        <Fact label={f('email')} wide>{lead.email}</Fact>
        <Fact label={t('leadops.overview.email_type')}><EnumChip group="email_type" value={profile?.emailType} variant="outlined" /></Fact>
        <Fact label={f('location')}>{lead.location}</Fact>
        <Fact label={f('companyName')}>{lead.companyName}</Fact>
        <Fact label={f('industry')}>{lead.industry}</Fact>
        {lead.companySize ? <Fact label={f('companySize')}>{lead.companySize}</Fact> : null}
      </Facts>
    </Section>
  );
}
