import RouteIcon from '@mui/icons-material/AltRoute';
import type { ResourceProps } from 'react-admin';
import type { RoutingRule } from '../dataProvider/types';
import { RoutingRuleCreate, RoutingRuleEdit } from './RoutingRuleEdit';
import { RoutingRuleList } from './RoutingRuleList';

export const routingRules: Omit<ResourceProps, 'name'> = {
  list: RoutingRuleList,
  edit: RoutingRuleEdit,
  create: RoutingRuleCreate,
  icon: RouteIcon,
  recordRepresentation: (rule: RoutingRule) => rule.name,
};
