import WebhookIcon from '@mui/icons-material/Webhook';
import type { ResourceProps } from 'react-admin';
import { guarded } from '../common/Guard';
import { WebhookCreate, WebhookList } from './WebhookList';

export const webhookSubscriptions: Omit<ResourceProps, 'name'> = {
  list: guarded('webhookSubscriptions', 'list', WebhookList),
  create: guarded('webhookSubscriptions', 'create', WebhookCreate),
  icon: WebhookIcon,
};
