import { Box, Typography } from '@mui/material';
import {
  ArrayInput, BooleanInput, DateInput, Edit, NumberInput, minValue, required, SelectInput, SimpleForm, SimpleFormIterator, TextArrayInput, TextInput,
  useRecordContext, useTranslate,
} from 'react-admin';
import { OpeningHoursInput } from '../common/OpeningHoursInput';
import type { Rep } from '../dataProvider/api';

/** The languages the rep's e-mails can be written in, each named in itself. */
const USER_LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'es', name: 'Español' },
  { id: 'pt-BR', name: 'Português (Brasil)' },
];

function RepTitle() {
  const rep = useRecordContext<Rep>();
  return <>{rep?.displayName ?? ''}</>;
}

/** What routing needs to know about a rep: capacity, weight, skills, languages, territories, hours and time off. */
export function RepEdit() {
  const t = useTranslate();
  return (
    <Edit title={<RepTitle />} mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
          <TextInput source="displayName" readOnly />
          <TextInput source="email" readOnly />
          <NumberInput source="capacity" validate={[required(), minValue(0)]} step={1} />
          <NumberInput source="routingWeight" validate={[required(), minValue(0)]} step={1} />
          <TextArrayInput source="skills" helperText="leadops.company.enter_to_add" />
          <TextArrayInput source="languages" helperText="leadops.routing.languages_help" />
          <TextArrayInput source="territories" helperText="leadops.reps.territories_help" />
          <TextInput source="timeZone" helperText="leadops.reps.time_zone_help" />
          <SelectInput source="language" label="leadops.locale.label" choices={USER_LANGUAGES} validate={required()} />
        </Box>
        <BooleanInput source="active" />
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{t('resources.reps.fields.workingHours')}</Typography>
        <Typography variant="caption" color="text.secondary">{t('leadops.reps.working_hours_help')}</Typography>
        <OpeningHoursInput source="workingHours" label={false} />
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2 }}>{t('resources.reps.fields.outOfOffice')}</Typography>
        <ArrayInput source="outOfOffice" label={false}>
          <SimpleFormIterator inline disableReordering>
            <DateInput source="from" validate={required()} />
            <DateInput source="to" validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
}
