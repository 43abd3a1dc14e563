import { Alert, Box, Card, LinearProgress, Typography } from '@mui/material';
import {
  ArrayInput, BooleanInput, minValue, NumberInput, required, SelectInput, SimpleForm, SimpleFormIterator, TextArrayInput, TextInput, useTranslate,
} from 'react-admin';
import { escalationActionChoices } from '../common/choices';
import { OpeningHoursInput } from '../common/OpeningHoursInput';
import { PageHeader } from '../common/PageHeader';
import { useApi } from '../common/useApi';
import { useSaveSettings } from '../common/useSaveSettings';
import type { SlaSettings as Settings } from '../dataProvider/api';

const minutes = [required(), minValue(1)];

export const toSlaSettingsInput = (s: Settings): Settings => ({
  businessHoursOnly: !!s.businessHoursOnly,
  minutesByPriority: { P1: Number(s.minutesByPriority.P1), P2: Number(s.minutesByPriority.P2), P3: Number(s.minutesByPriority.P3) },
  businessCalendar: {
    timeZone: s.businessCalendar.timeZone,
    hours: (s.businessCalendar.hours ?? []).map((h) => ({ weekday: Number(h.weekday), from: h.from, to: h.to })),
    holidays: s.businessCalendar.holidays ?? [],
  },
  escalationChain: (s.escalationChain ?? []).map((step) => ({ action: step.action, afterMinutes: Number(step.afterMinutes) })),
});

/** First-response targets per priority, the office calendar, and what happens after a breach. */
export function SlaSettings() {
  const t = useTranslate();
  const settings = useApi(['sla-settings'], (api) => api.slaSettings());
  const { submit } = useSaveSettings<Settings, Settings>(['sla-settings'], (api, input) => api.updateSlaSettings(input), 'leadops.settings.saved');
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader title={t('leadops.menu.sla_settings')} help={t('leadops.sla_settings.help')} />
      {settings.error && <Alert severity="error">{(settings.error as Error).message}</Alert>}
      {settings.isPending && <LinearProgress />}
      {settings.data && (
        <Card variant="outlined" sx={{ maxWidth: 960 }}>
          <SimpleForm record={settings.data} onSubmit={(values: Record<string, unknown>) => submit(toSlaSettingsInput(values as unknown as Settings))}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{t('leadops.sla_settings.targets')}</Typography>
            <Typography variant="caption" color="text.secondary">{t('leadops.sla_settings.targets_help')}</Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' }, columnGap: 2, width: '100%' }}>
              <NumberInput source="minutesByPriority.P1" label="leadops.sla_settings.p1" validate={minutes} step={1} />
              <NumberInput source="minutesByPriority.P2" label="leadops.sla_settings.p2" validate={minutes} step={1} />
              <NumberInput source="minutesByPriority.P3" label="leadops.sla_settings.p3" validate={minutes} step={1} />
            </Box>
            <BooleanInput source="businessHoursOnly" label="leadops.sla_settings.business_hours_only" helperText="leadops.sla_settings.business_hours_help" />
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>{t('leadops.sla_settings.calendar')}</Typography>
            <TextInput source="businessCalendar.timeZone" label="leadops.sla_settings.time_zone" validate={required()} helperText="leadops.reps.time_zone_help" />
            <OpeningHoursInput source="businessCalendar.hours" label="leadops.sla_settings.office_hours" />
            <TextArrayInput source="businessCalendar.holidays" label="leadops.sla_settings.holidays" helperText="leadops.sla_settings.holidays_help" />
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2 }}>{t('leadops.sla_settings.escalation')}</Typography>
            <Typography variant="caption" color="text.secondary">{t('leadops.sla_settings.escalation_help')}</Typography>
            <ArrayInput source="escalationChain" label={false}>
              <SimpleFormIterator inline>
                <SelectInput source="action" label="leadops.sla_settings.action" choices={escalationActionChoices} validate={required()} />
                <NumberInput source="afterMinutes" label="leadops.sla_settings.after_minutes" validate={[required(), minValue(0)]} step={1} />
              </SimpleFormIterator>
            </ArrayInput>
          </SimpleForm>
        </Card>
      )}
    </Box>
  );
}
