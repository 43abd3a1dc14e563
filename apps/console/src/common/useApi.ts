import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { LeadOpsDataProvider } from '../dataProvider';

/** A refused request (bad input, forbidden) will not succeed on retry; a server or network failure may, once. */
export const retryServerErrorsOnce = (failures: number, error: unknown) => failures < 1 && ((error as { status?: number }).status ?? 500) >= 500;

/** react-query over one of the data provider's custom methods (settings, metrics, boards). */
export function useApi<T>(key: unknown[], call: (api: LeadOpsDataProvider) => Promise<T>, options: Omit<UseQueryOptions<T>, 'queryKey' | 'queryFn'> = {}) {
  const dataProvider = useDataProvider<LeadOpsDataProvider>();
  return useQuery<T>({ queryKey: ['leadops', ...key], queryFn: () => call(dataProvider), retry: retryServerErrorsOnce, ...options });
}
