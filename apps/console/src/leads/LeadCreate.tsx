import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Typography } from '@mui/material';
import { Create, SaveButton, SimpleForm, Toolbar, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { Lead } from '../dataProvider/api';
import { useCan } from '../common/useRole';
import { ImportLeadsButton } from './ImportLeadsButton';
import { LeadInputs } from './LeadInputs';

function AddLeadToolbar() {
  const redirect = useRedirect();
  const translate = useTranslate();
  return (
    <Toolbar sx={{ justifyContent: 'flex-end', gap: 1 }}>
      <Button onClick={() => redirect('list', 'leads')} data-testid="close-form">
        {translate('ra.action.close')}
      </Button>
      <SaveButton label="leadops.lead.add" icon={<AddIcon />} alwaysEnable />
    </Toolbar>
  );
}

/** "+ Add Lead": stores the lead and opens its overview, where the classification appears within seconds. */
export function LeadCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const canImport = useCan('leads', 'import');
  const onSuccess = (lead: Lead) => {
    notify('leadops.lead.created', { type: 'success' });
    redirect('show', 'leads', lead.id);
  };
  return (
    <Create title="leadops.lead.add" mutationOptions={{ onSuccess }} sx={{ maxWidth: 960 }}>
      <SimpleForm toolbar={<AddLeadToolbar />} reValidateMode="onChange" noValidate>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%', mb: 1, gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6">{translate('leadops.lead.add_title')}</Typography>
          {canImport && <ImportLeadsButton variant="outlined" />}
        </Box>
        <LeadInputs />
      </SimpleForm>
    </Create>
  );
}
