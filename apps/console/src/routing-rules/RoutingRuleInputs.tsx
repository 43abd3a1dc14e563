import { Box, Typography } from '@mui/material';
import {
  AutocompleteArrayInput, BooleanInput, FormDataConsumer, ReferenceArrayInput, ReferenceInput, required, SelectArrayInput, SelectInput, TextArrayInput,
  TextInput, useTranslate, AutocompleteInput,
} from 'react-admin';
import { levelChoices, priorityChoices, sourceChoices, stageChoices, strategyChoices } from '../common/choices';

/** A routing rule: when it applies (every set condition must match) and how it picks the rep. */
export function RoutingRuleInputs() {
  const t = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <TextInput source="name" validate={required()} />
      <BooleanInput source="enabled" defaultValue />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>{t('leadops.routing.when')}</Typography>
      <Typography variant="caption" color="text.secondary">{t('leadops.routing.when_help')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        <SelectArrayInput source="conditions.stages" choices={stageChoices} />
        <SelectArrayInput source="conditions.priorities" choices={priorityChoices} />
        <TextArrayInput source="conditions.industries" helperText="leadops.company.enter_to_add" />
        <TextArrayInput source="conditions.countries" helperText="leadops.company.enter_to_add" />
        <TextArrayInput source="conditions.languages" helperText="leadops.routing.languages_help" />
        <SelectArrayInput source="conditions.sources" choices={sourceChoices} />
        <SelectArrayInput source="conditions.dealSizes" choices={levelChoices} />
      </Box>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>{t('leadops.routing.then')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        <SelectInput source="strategy" choices={strategyChoices} validate={required()} defaultValue="ROUND_ROBIN" />
        <ReferenceInput source="teamId" reference="teams">
          <AutocompleteInput optionText="name" />
        </ReferenceInput>
      </Box>
      <FormDataConsumer>
        {({ formData }) => (
          <ReferenceArrayInput source="repIds" reference="users" filter={{ role: 'REP' }} sort={{ field: 'displayName', order: 'ASC' }}>
            <AutocompleteArrayInput
              optionText="displayName"
              helperText={formData.strategy === 'SPECIFIC_REP' ? 'leadops.routing.specific_rep_help' : 'leadops.routing.reps_help'}
              validate={formData.strategy === 'SPECIFIC_REP' ? required('leadops.routing.specific_rep_required') : undefined}
            />
          </ReferenceArrayInput>
        )}
      </FormDataConsumer>
    </Box>
  );
}
