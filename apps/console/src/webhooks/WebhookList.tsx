import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import {
  Create, CreateButton, DataTable, DeleteButton, List, minLength, required, SelectArrayInput, SimpleForm, SimpleList, TextInput, TopToolbar, useTranslate,
} from 'react-admin';
import { DateTimeText } from '../common/DateTimeText';
import { useMobile } from '../common/useMobile';
import { WEBHOOK_EVENTS, type WebhookSubscription } from '../dataProvider/api';

const Column = DataTable.Col<WebhookSubscription>;
const eventChoices = WEBHOOK_EVENTS.map((id) => ({ id, name: id }));
const httpsUrl = (value: string) => (value && !/^https?:\/\/\S+$/i.test(value.trim()) ? 'leadops.webhooks.url_format' : undefined);

function Deliveries({ subscription }: { subscription: WebhookSubscription }) {
  const t = useTranslate();
  const recent = subscription.recentDeliveries.slice(0, 10);
  if (!recent.length) return <Typography variant="caption" color="text.secondary">{t('leadops.webhooks.no_deliveries')}</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {recent.map((d) => (
        <Tooltip key={d.id} title={`${d.event} · ${d.statusCode ?? '—'} · ${d.error ?? 'OK'}`}>
          <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: d.ok ? 'success.main' : 'error.main' }} />
        </Tooltip>
      ))}
    </Stack>
  );
}

/** Where LeadOps posts lead events, and how the latest deliveries went. */
export function WebhookList() {
  const isMobile = useMobile();
  return (
    <List title="leadops.menu.webhooks" perPage={50} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }} actions={<TopToolbar><CreateButton /></TopToolbar>}>
      {isMobile ? (
        <SimpleList<WebhookSubscription> primaryText={(w) => w.url} secondaryText={(w) => w.events.join(', ')} linkType={false} />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false} size="small">
          <Column source="url" />
          <Column source="events" disableSort render={(w) => (
            <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>{w.events.map((e) => <Chip key={e} size="small" label={e} />)}</Stack>
          )} />
          <Column source="recentDeliveries" disableSort render={(w) => <Deliveries subscription={w} />} />
          <Column source="createdAt" render={(w) => <DateTimeText value={w.createdAt} />} />
          <Column disableSort><DeleteButton mutationMode="pessimistic" /></Column>
        </DataTable>
      )}
    </List>
  );
}

export const WebhookCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ events: [...WEBHOOK_EVENTS] }}>
      <TextInput source="url" validate={[required(), httpsUrl]} placeholder="https://crm.example.com/hooks/leadops" />
      <SelectArrayInput source="events" choices={eventChoices} validate={required()} translateChoice={false} />
      <TextInput source="secret" type="password" validate={[required(), minLength(16)]} helperText="leadops.webhooks.secret_help" autoComplete="new-password" />
    </SimpleForm>
  </Create>
);
