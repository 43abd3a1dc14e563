import PeopleIcon from '@mui/icons-material/PeopleAlt';
import type { ResourceProps } from 'react-admin';
import type { Lead } from '../dataProvider/api';
import { LeadCreate } from './LeadCreate';
import { LeadList } from './LeadList';
import { LeadShow } from './LeadShow';

export const leads: Omit<ResourceProps, 'name'> = {
  list: LeadList,
  show: LeadShow,
  create: LeadCreate,
  icon: PeopleIcon,
  recordRepresentation: (lead: Lead) => lead.fullName,
};
