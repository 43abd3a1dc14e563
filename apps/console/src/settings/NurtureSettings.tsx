import { Alert, Box, Card, CardContent, LinearProgress, List, ListItemButton, ListItemText, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { ArrayInput, BooleanInput, minValue, NumberInput, required, SelectInput, SimpleForm, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { PageHeader } from '../common/PageHeader';
import { useApi } from '../common/useApi';
import { useSaveSettings } from '../common/useSaveSettings';
import { TEMPLATE_LANGUAGES, type EmailTemplate, type NurtureSequence, type TemplateLanguage } from '../dataProvider/api';

const toSequenceInput = (s: NurtureSequence): NurtureSequence => ({
  businessDaysOnly: !!s.businessDaysOnly,
  steps: (s.steps ?? []).map((step) => ({ templateKey: step.templateKey, waitDays: Number(step.waitDays) })),
});

function SequenceForm({ sequence, templateKeys }: { sequence: NurtureSequence; templateKeys: string[] }) {
  const t = useTranslate();
  const { submit } = useSaveSettings<NurtureSequence, NurtureSequence>(['nurture'], (api, input) => api.updateNurtureSequence(input), 'leadops.settings.saved');
  return (
    <Card variant="outlined">
      <SimpleForm record={sequence} onSubmit={(values: Record<string, unknown>) => submit(toSequenceInput(values as unknown as NurtureSequence))}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{t('leadops.nurture.sequence')}</Typography>
        <Typography variant="caption" color="text.secondary">{t('leadops.nurture.sequence_help')}</Typography>
        <BooleanInput source="businessDaysOnly" label="leadops.nurture.business_days_only" />
        <ArrayInput source="steps" label={false}>
          <SimpleFormIterator inline>
            <SelectInput source="templateKey" label="leadops.nurture.template" choices={templateKeys.map((key) => ({ id: key, name: key }))} validate={required()} translateChoice={false} sx={{ minWidth: 220 }} />
            <NumberInput source="waitDays" label="leadops.nurture.wait_days" validate={[required(), minValue(0)]} step={1} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Card>
  );
}

function TemplateEditor({ template }: { template: EmailTemplate }) {
  const t = useTranslate();
  const [language, setLanguage] = useState<TemplateLanguage>('es');
  const { submit } = useSaveSettings<EmailTemplate, EmailTemplate>(['nurture', 'templates'], (api, { key, ...input }) => api.updateEmailTemplate(key, input), 'leadops.settings.saved');
  return (
    <SimpleForm key={template.key} record={template} onSubmit={(values: Record<string, unknown>) => submit(values as unknown as EmailTemplate)}>
      <Typography variant="subtitle2">{template.key}</Typography>
      <Tabs value={language} onChange={(_, v) => setLanguage(v)} variant="scrollable">
        {TEMPLATE_LANGUAGES.map((l) => <Tab key={l} value={l} label={t(`leadops.language.${l}`)} />)}
      </Tabs>
      {TEMPLATE_LANGUAGES.map((l) => (
        <Box key={l} sx={{ display: l === language ? 'block' : 'none', width: '100%' }}>
          <TextInput source={`subject.${l}`} label="leadops.nurture.subject" validate={required()} />
          <TextInput source={`body.${l}`} label="leadops.nurture.body" validate={required()} multiline minRows={5} />
        </Box>
      ))}
      <Typography variant="caption" color="text.secondary">{t('leadops.nurture.placeholders')}</Typography>
    </SimpleForm>
  );
}

function Templates({ templates }: { templates: EmailTemplate[] }) {
  const t = useTranslate();
  const [selected, setSelected] = useState(templates[0]?.key ?? '');
  const template = templates.find((x) => x.key === selected);
  return (
    <Card variant="outlined">
      <CardContent sx={{ pb: 0 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{t('leadops.nurture.templates')}</Typography>
        <List dense sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {templates.map((x) => (
            <ListItemButton key={x.key} selected={x.key === selected} onClick={() => setSelected(x.key)} sx={{ flex: '0 0 auto', borderRadius: 1 }}>
              <ListItemText primary={x.key} />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
      {template && <TemplateEditor template={template} />}
    </Card>
  );
}

/** What leads not ready for sales receive, and when; the e-mails in Spanish, English and Portuguese. */
export function NurtureSettings() {
  const t = useTranslate();
  const sequence = useApi(['nurture'], (api) => api.nurtureSequence());
  const templates = useApi(['nurture', 'templates'], (api) => api.emailTemplates());
  const error = sequence.error ?? templates.error;
  return (
    <Box sx={{ py: 2 }}>
      <PageHeader title={t('leadops.menu.nurture')} help={t('leadops.nurture.help')} />
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {(sequence.isPending || templates.isPending) && <LinearProgress />}
      {sequence.data && templates.data && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(0, 3fr)' }, alignItems: 'start' }}>
          <SequenceForm sequence={sequence.data} templateKeys={templates.data.map((x) => x.key)} />
          <Templates templates={templates.data} />
        </Box>
      )}
    </Box>
  );
}
