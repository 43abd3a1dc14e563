import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { LeadOpsDataProvider } from '../dataProvider';

/** react-query over one of the data provider's custom methods (settings, metrics, boards). */
export function useApi<T>(key: unknown[], call: (api: LeadOpsDataProvider) => Promise<T>, options: Omit<UseQueryOptions<T>, 'queryKey' | 'queryFn'> = {}) {
  const dataProvider = useDataProvider<LeadOpsDataProvider>();
  return useQuery<T>({ queryKey: ['leadops', ...key], queryFn: () => call(dataProvider), ...options });
}
