import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { LeadOpsDataProvider } from '../dataProvider';

/** Saves one settings document through the data provider, then reloads what depends on it. */
export function useSaveSettings<I, O>(key: string[], save: (api: LeadOpsDataProvider, input: I) => Promise<O>, doneMessage: string) {
  const dataProvider = useDataProvider<LeadOpsDataProvider>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (input: I) => save(dataProvider, input),
    onSuccess: () => {
      notify(doneMessage, { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['leadops', ...key] });
    },
  });
  /** For react-admin forms: resolves to field errors (shown under the inputs) instead of throwing. */
  const submit = async (input: I) => {
    try {
      await mutation.mutateAsync(input);
      return undefined;
    } catch (error) {
      const fieldErrors = (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
      notify((error as Error).message, { type: 'error' });
      return fieldErrors;
    }
  };
  return { submit, saving: mutation.isPending };
}
