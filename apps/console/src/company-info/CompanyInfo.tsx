import HistoryIcon from '@mui/icons-material/History';
import { Alert, Box, Card, CardContent, LinearProgress, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useState } from 'react';
import { ArrayInput, required, SaveButton, SimpleForm, SimpleFormIterator, TextArrayInput, TextInput, Toolbar, useTranslate } from 'react-admin';
import { DateTimeText } from '../common/DateTimeText';
import { PageHeader } from '../common/PageHeader';
import { useApi } from '../common/useApi';
import { useSaveSettings } from '../common/useSaveSettings';
import type { CompanyProfile, CompanyProfileInput } from '../dataProvider/api';

type ProfileForm = Omit<CompanyProfile, 'mainServices'> & { mainServices: Array<{ text: string }> };

const toForm = (p: CompanyProfile): ProfileForm => ({ ...p, mainServices: p.mainServices.map((text) => ({ text })) });
const toInput = (f: ProfileForm): CompanyProfileInput => ({
  companyName: f.companyName?.trim() ?? '',
  shortDescription: f.shortDescription?.trim() ?? '',
  mainServices: (f.mainServices ?? []).map((s) => s?.text?.trim() ?? '').filter(Boolean),
  targetAudience: f.targetAudience?.trim() ?? '',
  targetIndustries: f.targetIndustries ?? [],
  targetCountries: f.targetCountries ?? [],
  excludedIndustries: f.excludedIndustries ?? [],
  competitorDomains: f.competitorDomains ?? [],
  buyerAreas: f.buyerAreas ?? [],
});
/** The API names a service "mainServices.2"; in this form it is the text input "mainServices.2.text". */
const servicePaths = (errors: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [/^mainServices\.\d+$/.test(path) ? `${path}.text` : path, message]));

const atLeastOneService = (services: Array<{ text: string }> | undefined) =>
  (services ?? []).some((s) => s?.text?.trim()) ? undefined : 'leadops.company.services_required';

function ProfileToolbar() {
  return (
    <Toolbar>
      <SaveButton label="leadops.company.update" />
    </Toolbar>
  );
}

function History({ versions, current, onPick }: { versions: CompanyProfile[]; current: number | null; onPick: (p: CompanyProfile) => void }) {
  const t = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, display: 'flex', alignItems: 'center', gap: 1 }}>
          <HistoryIcon fontSize="small" /> {t('leadops.company.history')}
        </Typography>
        <List dense data-testid="profile-history">
          {versions.map((v) => (
            <ListItemButton key={v.version} selected={v.version === current} onClick={() => onPick(v)}>
              <ListItemText primary={t('leadops.company.version', { version: v.version })} secondary={<DateTimeText value={v.createdAt} />} />
            </ListItemButton>
          ))}
        </List>
        <Typography variant="caption" color="text.secondary">{t('leadops.company.history_help')}</Typography>
      </CardContent>
    </Card>
  );
}

/** "Company Info": the seller's profile the classifier judges fit against; every save is a new version. */
export function CompanyInfo() {
  const t = useTranslate();
  const profile = useApi(['company-profile'], (api) => api.companyProfile());
  const history = useApi(['company-profile', 'history'], (api) => api.companyProfileHistory());
  const [picked, setPicked] = useState<CompanyProfile | null>(null);
  const { submit } = useSaveSettings<CompanyProfileInput, CompanyProfile>(
    ['company-profile'], (api, input) => api.updateCompanyProfile(input), 'leadops.company.saved',
  );
  const shown = picked ?? profile.data ?? null;
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader title={t('leadops.company.title')} help={t('leadops.company.help')} />
      {profile.error && <Alert severity="error">{(profile.error as Error).message}</Alert>}
      {profile.isPending && <LinearProgress />}
      {!profile.isPending && !profile.error && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
          <Card variant="outlined">
            {picked && picked.version !== profile.data?.version && (
              <Alert severity="info" sx={{ m: 2, mb: 0 }}>{t('leadops.company.viewing_old', { version: picked.version })}</Alert>
            )}
            <SimpleForm
              key={shown?.version ?? 'new'}
              record={shown ? toForm(shown) : { mainServices: [{ text: '' }] }}
              onSubmit={async (values: Record<string, unknown>) => {
                const errors = await submit(toInput(values as unknown as ProfileForm));
                if (!errors) setPicked(null);
                return errors ? servicePaths(errors) : undefined;
              }}
              toolbar={<ProfileToolbar />}
            >
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{t('leadops.company.edit_title')}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('leadops.company.edit_help')}</Typography>
              <TextInput source="companyName" label="leadops.company.company_name" validate={required()} />
              <TextInput source="shortDescription" label="leadops.company.short_description" validate={required()} multiline minRows={3} />
              <ArrayInput source="mainServices" label="leadops.company.main_services" validate={atLeastOneService}>
                <SimpleFormIterator fullWidth>
                  <TextInput source="text" label="leadops.company.service" multiline fullWidth />
                </SimpleFormIterator>
              </ArrayInput>
              <TextInput source="targetAudience" label="leadops.company.target_audience" validate={required()} multiline minRows={2} />
              <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('leadops.company.hints')}</Typography>
              <Typography variant="caption" color="text.secondary">{t('leadops.company.hints_help')}</Typography>
              <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
                <TextArrayInput source="targetIndustries" label="leadops.company.target_industries" helperText="leadops.company.enter_to_add" />
                <TextArrayInput source="targetCountries" label="leadops.company.target_countries" helperText="leadops.company.enter_to_add" />
                <TextArrayInput source="excludedIndustries" label="leadops.company.excluded_industries" helperText="leadops.company.enter_to_add" />
                <TextArrayInput source="competitorDomains" label="leadops.company.competitor_domains" helperText="leadops.company.enter_to_add" />
                <TextArrayInput source="buyerAreas" label="leadops.company.buyer_areas" helperText="leadops.company.buyer_areas_help" />
              </Box>
            </SimpleForm>
          </Card>
          <History versions={history.data ?? []} current={shown?.version ?? null} onPick={setPicked} />
        </Box>
      )}
    </Box>
  );
}
