import CheckIcon from '@mui/icons-material/PhoneInTalk';
import CloseIcon from '@mui/icons-material/DoNotDisturbOn';
import NoteIcon from '@mui/icons-material/NoteAdd';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import RefreshIcon from '@mui/icons-material/AutoFixHigh';
import SwapIcon from '@mui/icons-material/SwapHoriz';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Menu, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { RepPicker } from '../common/RepPicker';
import { useCan } from '../common/useRole';
import type { Lead, Outcome } from '../dataProvider/api';
import { useLeadAction } from './useLeadActions';

function AskDialog({ open, title, confirmLabel, onClose, onConfirm, children, disabled }: {
  open: boolean;
  title: string;
  confirmLabel: string;
  onClose: () => void;
  onConfirm: () => void;
  children: ReactNode;
  disabled?: boolean;
}) {
  const t = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={onConfirm} disabled={disabled} data-testid="dialog-confirm">{confirmLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}

export function MarkContactedButton({ lead, variant = 'contained' }: { lead: Lead; variant?: 'contained' | 'outlined' }) {
  const t = useTranslate();
  const { run, busy } = useLeadAction();
  if (lead.status === 'CLOSED' || lead.firstContactedAt || lead.status === 'CONTACTED') return null;
  return (
    <Button size="small" variant={variant} color="success" startIcon={<CheckIcon />} disabled={busy} data-testid="mark-contacted"
      onClick={() => run((api) => api.markContacted(lead.id), 'leadops.action.contacted_done')}>
      {t('leadops.action.mark_contacted')}
    </Button>
  );
}

/** Close as converted, lost (a reason is required) or disqualified. */
export function CloseLeadButton({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const { run, busy } = useLeadAction();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState('');
  if (lead.status === 'CLOSED') return null;
  const choose = (chosen: Outcome) => {
    setAnchor(null);
    setReason('');
    setOutcome(chosen);
  };
  const reasonMissing = outcome === 'LOST' && !reason.trim();
  const confirm = async () => {
    if (!outcome || reasonMissing) return;
    if (await run((api) => api.closeLead(lead.id, outcome, reason), 'leadops.action.closed_done')) setOutcome(null);
  };
  return (
    <>
      <Button size="small" variant="outlined" color="inherit" startIcon={<CloseIcon />} disabled={busy} onClick={(e) => setAnchor(e.currentTarget)} data-testid="close-lead">
        {t('leadops.action.close')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => choose('CONVERTED')} data-outcome="CONVERTED">{t('leadops.action.close_converted')}</MenuItem>
        <MenuItem onClick={() => choose('LOST')} data-outcome="LOST">{t('leadops.action.close_lost')}</MenuItem>
        <MenuItem onClick={() => choose('DISQUALIFIED')} data-outcome="DISQUALIFIED">{t('leadops.action.close_disqualified')}</MenuItem>
      </Menu>
      <AskDialog
        open={!!outcome}
        title={t('leadops.action.close_title', { outcome: outcome ? t(`leadops.outcome.${outcome}`) : '' })}
        confirmLabel={t('leadops.action.close')}
        onClose={() => setOutcome(null)}
        onConfirm={confirm}
        disabled={busy || reasonMissing}
      >
        <TextField
          autoFocus fullWidth multiline minRows={2} margin="dense" value={reason} onChange={(e) => setReason(e.target.value)}
          label={t(outcome === 'LOST' ? 'leadops.action.reason_required' : 'leadops.action.reason_optional')}
          error={reasonMissing && reason.length > 0}
          slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'close-reason' } }}
        />
      </AskDialog>
    </>
  );
}

function AddNoteButton({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const { run, busy } = useLeadAction();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const confirm = async () => {
    if (await run((api) => api.addNote(lead.id, text.trim()), 'leadops.action.note_done')) {
      setOpen(false);
      setText('');
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<NoteIcon />} onClick={() => setOpen(true)} data-testid="add-note">{t('leadops.action.add_note')}</Button>
      <AskDialog open={open} title={t('leadops.action.add_note')} confirmLabel={t('ra.action.save')} onClose={() => setOpen(false)} onConfirm={confirm} disabled={busy || !text.trim()}>
        <TextField autoFocus fullWidth multiline minRows={3} margin="dense" value={text} onChange={(e) => setText(e.target.value)}
          label={t('leadops.action.note')} slotProps={{ htmlInput: { maxLength: 5000, 'data-testid': 'note-text' } }} />
      </AskDialog>
    </>
  );
}

function ReassignButton({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const { run, busy } = useLeadAction();
  const [open, setOpen] = useState(false);
  const [repId, setRepId] = useState('');
  if (lead.status === 'CLOSED') return null;
  const confirm = async () => {
    if (await run((api) => api.reassign(lead.id, repId || null), 'leadops.action.reassign_done')) setOpen(false);
  };
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<SwapIcon />} onClick={() => setOpen(true)} data-testid="reassign">{t('leadops.action.reassign')}</Button>
      <AskDialog open={open} title={t('leadops.action.reassign')} confirmLabel={t('leadops.reassign.confirm')} onClose={() => setOpen(false)} onConfirm={confirm} disabled={busy}>
        <RepPicker value={repId} onChange={setRepId} allowRouting />
      </AskDialog>
    </>
  );
}

function ReclassifyButton({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const { run, busy } = useLeadAction();
  if (lead.status === 'CLOSED') return null;
  return (
    <Button size="small" variant="outlined" startIcon={<RefreshIcon />} disabled={busy} data-testid="reclassify"
      onClick={() => run((api) => api.reclassify(lead.id), 'leadops.action.reclassify_done')}>
      {t('leadops.action.reclassify')}
    </Button>
  );
}

/** The overview's action bar: what the rep does next, plus the manager's and sales ops' tools. */
export function LeadActions({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const canReassign = useCan('leads', 'reassign');
  const canReclassify = useCan('leads', 'reclassify');
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="lead-actions">
      <MarkContactedButton lead={lead} />
      <AddNoteButton lead={lead} />
      <CloseLeadButton lead={lead} />
      {canReassign && <ReassignButton lead={lead} />}
      {canReclassify && <ReclassifyButton lead={lead} />}
      {lead.temporalUrl && (
        <Button size="small" href={lead.temporalUrl} target="_blank" rel="noopener noreferrer" endIcon={<OpenInNewIcon />} data-testid="temporal-link">
          {t('leadops.action.open_in_temporal')}
        </Button>
      )}
    </Stack>
  );
}
