import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { LeadOpsDataProvider } from '../dataProvider';

/** Runs one of the sales team's actions on a lead, tells the user how it went, and refreshes what is on screen. */
export function useLeadAction() {
  const dataProvider = useDataProvider<LeadOpsDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (action: (api: LeadOpsDataProvider) => Promise<unknown>, doneMessage: string): Promise<boolean> => {
    setBusy(true);
    try {
      await action(dataProvider);
      notify(doneMessage, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
