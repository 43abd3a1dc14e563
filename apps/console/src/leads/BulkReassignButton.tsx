import SwapIcon from '@mui/icons-material/SwapHoriz';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useListContext, useNotify, useRefresh, useTranslate, useUpdateMany } from 'react-admin';
import { RepPicker } from '../common/RepPicker';

/** Sales ops: give every selected lead to one rep (or back to routing). */
export function BulkReassignButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  const [repId, setRepId] = useState('');
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [updateMany, { isPending }] = useUpdateMany();

  const confirm = () =>
    updateMany(
      'leads',
      { ids: selectedIds, data: { ownerId: repId || null }, meta: { action: 'reassign' } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('leadops.reassign.done', { type: 'success', messageArgs: { smart_count: selectedIds.length } });
          setOpen(false);
          onUnselectItems();
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  return (
    <>
      <Button size="small" startIcon={<SwapIcon />} onClick={() => setOpen(true)} data-testid="bulk-reassign">
        {translate('leadops.reassign.bulk')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('leadops.reassign.bulk_title', { smart_count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          <RepPicker value={repId} onChange={setRepId} allowRouting />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={confirm} disabled={isPending}>
            {translate('leadops.reassign.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
