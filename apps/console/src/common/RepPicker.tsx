import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { User } from '../dataProvider/api';

/** Choose a rep (active reps the caller may assign to), or "next rep by routing" when `allowRouting`. */
export function RepPicker({ value, onChange, allowRouting = false, label }: {
  value: string;
  onChange: (repId: string) => void;
  allowRouting?: boolean;
  label?: string;
}) {
  const translate = useTranslate();
  const { data: reps = [], isPending } = useGetList<User>('users', {
    filter: { role: 'REP', active: true }, sort: { field: 'displayName', order: 'ASC' }, pagination: { page: 1, perPage: 200 },
  });
  return (
    <TextField
      select
      fullWidth
      label={label ?? translate('leadops.reassign.to')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={isPending}
      margin="dense"
      slotProps={{ htmlInput: { 'data-testid': 'rep-picker' } }}
    >
      {allowRouting && <MenuItem value="">{translate('leadops.reassign.by_routing')}</MenuItem>}
      {reps.map((rep) => (
        <MenuItem key={rep.id} value={rep.id} data-email={rep.email}>
          {rep.displayName}
          {typeof rep.openLeads === 'number' ? ` · ${translate('leadops.reassign.open_leads', { count: rep.openLeads, capacity: rep.capacity })}` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}
