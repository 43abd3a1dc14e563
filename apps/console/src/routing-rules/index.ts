import RouteIcon from '@mui/icons-material/AltRoute';
import type { ResourceProps } from 'react-admin';
import { guarded } from '../common/Guard';
import type { RoutingRule } from '../dataProvider/api';
import { RoutingRuleCreate, RoutingRuleEdit } from './RoutingRuleEdit';
import { RoutingRuleList } from './RoutingRuleList';

export const routingRules: Omit<ResourceProps, 'name'> = {
  list: guarded('routingRules', 'list', RoutingRuleList),
  edit: guarded('routingRules', 'edit', RoutingRuleEdit),
  create: guarded('routingRules', 'create', RoutingRuleCreate),
  icon: RouteIcon,
  recordRepresentation: (rule: RoutingRule) => rule.name,
};
