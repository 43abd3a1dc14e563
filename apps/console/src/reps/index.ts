import GroupsIcon from '@mui/icons-material/Groups';
import type { ResourceProps } from 'react-admin';
import { guarded } from '../common/Guard';
import type { Rep } from '../dataProvider/api';
import { RepEdit } from './RepEdit';
import { RepList } from './RepList';

export const reps: Omit<ResourceProps, 'name'> = {
  list: guarded('reps', 'list', RepList),
  edit: guarded('reps', 'edit', RepEdit),
  icon: GroupsIcon,
  recordRepresentation: (rep: Rep) => rep.displayName,
};
