import UploadIcon from '@mui/icons-material/UploadFile';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { LeadOpsDataProvider } from '../dataProvider';
import type { ImportResult } from '../dataProvider';

/** The brief's "Upload": a CSV of leads (same columns as the form) sent to POST /imports/leads, with a per-row report. */
export function ImportLeadsButton({ variant = 'text' }: { variant?: 'text' | 'outlined' }) {
  const dataProvider = useDataProvider<LeadOpsDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const answer = await dataProvider.importLeadsCsv(await file.text());
      setResult(answer);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <Button size="small" variant={variant} startIcon={<UploadIcon />} onClick={() => input.current?.click()} disabled={busy} data-testid="import-leads">
        {translate('leadops.import.button')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <Dialog open={!!result} onClose={() => setResult(null)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('leadops.import.title')}</DialogTitle>
        <DialogContent>
          {result && (
            <>
              <Alert severity={result.failed ? 'warning' : 'success'} sx={{ mb: 2 }}>
                {translate('leadops.import.summary', { imported: result.imported, duplicates: result.duplicates, failed: result.failed })}
              </Alert>
              {result.ignoredColumns.length > 0 && (
                <Alert severity="info" sx={{ mb: 2 }}>{translate('leadops.import.ignored_columns', { columns: result.ignoredColumns.join(', ') })}</Alert>
              )}
              {!result.complete && <Alert severity="error" sx={{ mb: 2 }}>{translate('leadops.import.incomplete')}</Alert>}
              {result.rows.length > 0 && (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('leadops.import.row')}</TableCell>
                      <TableCell>{translate('leadops.import.field')}</TableCell>
                      <TableCell>{translate('leadops.import.reason')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {result.rows.map((r) => (
                      <TableRow key={`${r.row}-${r.field}`}>
                        <TableCell>{r.row}</TableCell>
                        <TableCell>{r.field ?? '—'}</TableCell>
                        <TableCell>{r.reason}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {result.truncated && <Typography variant="caption" sx={{ display: 'block' }}>{translate('leadops.import.truncated')}</Typography>}
              <Typography variant="caption" color="text.secondary">{translate('leadops.import.columns_help')}</Typography>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setResult(null)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
