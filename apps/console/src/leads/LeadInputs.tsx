import { Box } from '@mui/material';
import { email, maxValue, minValue, NumberInput, number, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { genderChoices } from '../common/choices';

const validateFullName = [required('leadops.validation.full_name_required')];
const validateEmail = [required('leadops.validation.email_required'), email('leadops.validation.email_format')];
const validateNotifyEmail = [email('leadops.validation.email_format')];
const wholeNumber = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isInteger(Number(value)) ? undefined : 'leadops.validation.age_range';
const validateAge = [number('leadops.validation.age_range'), wholeNumber, minValue(0, 'leadops.validation.age_range'), maxValue(130, 'leadops.validation.age_range')];

/** Labels sit above the inputs so the brief's placeholders ("City, Country", "e.g. CEO, Manager") stay visible. */
const labelAbove = { inputLabel: { shrink: true } } as const;

/** The brief's "+ Add Lead" fields, in its order, two columns on a wide screen and one on a phone. */
export function LeadInputs() {
  const translate = useTranslate();
  const hint = (key: string) => translate(`leadops.lead.placeholder.${key}`);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      <TextInput source="fullName" validate={validateFullName} placeholder={hint('full_name')} slotProps={labelAbove} autoFocus />
      <NumberInput source="age" validate={validateAge} placeholder={hint('age')} slotProps={labelAbove} min={0} max={130} step={1} />
      <SelectInput source="gender" choices={genderChoices} emptyText="leadops.lead.placeholder.gender" slotProps={{ ...labelAbove, select: { displayEmpty: true } }} />
      <TextInput source="location" placeholder={hint('location')} slotProps={labelAbove} />
      <TextInput source="email" type="email" validate={validateEmail} placeholder={hint('email')} slotProps={labelAbove} />
      <TextInput source="jobPosition" placeholder={hint('job_position')} slotProps={labelAbove} />
      <TextInput source="phone" type="tel" placeholder={hint('phone')} slotProps={labelAbove} />
      <Box sx={{ display: { xs: 'none', sm: 'block' } }} />
      <TextInput source="companyName" placeholder={hint('company_name')} slotProps={labelAbove} />
      <TextInput source="industry" placeholder={hint('industry')} slotProps={labelAbove} />
      <TextInput source="notifyEmail" type="email" validate={validateNotifyEmail} placeholder={hint('notify_email')} slotProps={labelAbove} sx={{ gridColumn: '1 / -1' }} />
      <TextInput source="description" multiline minRows={4} placeholder={hint('description')} slotProps={labelAbove} sx={{ gridColumn: '1 / -1' }} />
    </Box>
  );
}
