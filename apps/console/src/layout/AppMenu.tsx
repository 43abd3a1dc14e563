import AddIcon from '@mui/icons-material/PersonAddAlt1';
import BusinessIcon from '@mui/icons-material/Business';
import DashboardIcon from '@mui/icons-material/InsertChartOutlined';
import EmailIcon from '@mui/icons-material/MarkEmailReadOutlined';
import GroupsIcon from '@mui/icons-material/Groups';
import InboxIcon from '@mui/icons-material/MoveToInbox';
import PeopleIcon from '@mui/icons-material/PeopleAlt';
import RouteIcon from '@mui/icons-material/AltRoute';
import ScienceIcon from '@mui/icons-material/ScienceOutlined';
import ScoreIcon from '@mui/icons-material/QueryStats';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import TimelapseIcon from '@mui/icons-material/Timelapse';
import WebhookIcon from '@mui/icons-material/Webhook';
import { Divider, ListSubheader } from '@mui/material';
import type { ReactElement } from 'react';
import { Menu, useSidebarState, useTranslate } from 'react-admin';
import { canAccess, type Resource } from '../access';
import { useRole } from '../common/useRole';

interface Entry {
  to: string;
  label: string;
  icon: ReactElement;
  resource: Resource;
  action?: string;
}

const WORK: Entry[] = [
  { to: '/my-queue', label: 'leadops.menu.my_queue', icon: <InboxIcon />, resource: 'my-queue' },
  { to: '/leads', label: 'leadops.menu.leads', icon: <PeopleIcon />, resource: 'leads' },
  { to: '/leads/create', label: 'leadops.menu.add_lead', icon: <AddIcon />, resource: 'leads', action: 'create' },
  { to: '/sla-board', label: 'leadops.menu.sla_board', icon: <TimerIcon />, resource: 'sla-board' },
  { to: '/dashboard', label: 'leadops.menu.dashboard', icon: <DashboardIcon />, resource: 'dashboard' },
];

const CONFIGURATION: Entry[] = [
  { to: '/company-info', label: 'leadops.menu.company_info', icon: <BusinessIcon />, resource: 'company-info' },
  { to: '/routingRules', label: 'leadops.menu.routing_rules', icon: <RouteIcon />, resource: 'routingRules' },
  { to: '/policy-draft', label: 'leadops.menu.policy_draft', icon: <ScienceIcon />, resource: 'policy-draft' },
  { to: '/scoring-models', label: 'leadops.menu.scoring_models', icon: <ScoreIcon />, resource: 'scoring-models' },
  { to: '/reps', label: 'leadops.menu.reps', icon: <GroupsIcon />, resource: 'reps' },
  { to: '/sla-settings', label: 'leadops.menu.sla_settings', icon: <TimelapseIcon />, resource: 'sla-settings' },
  { to: '/nurture', label: 'leadops.menu.nurture', icon: <EmailIcon />, resource: 'nurture' },
  { to: '/webhookSubscriptions', label: 'leadops.menu.webhooks', icon: <WebhookIcon />, resource: 'webhookSubscriptions' },
];

/** The side menu: only what the user's role may open (access.ts). */
export function AppMenu() {
  const role = useRole();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const allowed = (entries: Entry[]) => entries.filter((e) => canAccess(role, e.resource, e.action ?? 'list'));
  // Long Spanish labels wrap onto a second line instead of being cut.
  const item = (e: Entry) => (
    <Menu.Item key={e.to} to={e.to} primaryText={translate(e.label)} leftIcon={e.icon} data-menu={e.to} sx={{ '& .MuiTypography-root': { whiteSpace: 'normal' } }} />
  );
  const configuration = allowed(CONFIGURATION);
  return (
    <Menu>
      {allowed(WORK).map(item)}
      {configuration.length > 0 && <Divider sx={{ my: 1 }} />}
      {configuration.length > 0 && open && (
        <ListSubheader sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>{translate('leadops.menu.configuration')}</ListSubheader>
      )}
      {configuration.map(item)}
    </Menu>
  );
}
