import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { API_URL } from '../config';
import { currentToken } from '../session';
import { LeadStream, type LeadChange, type StreamState } from './leadStream';
import { isStaleAfter } from './staleQueries';

/** Changes arriving this close together (a CSV import, a bulk reassign) cost one refetch per page, not one each. */
const BATCH_MS = 150;

const LiveContext = createContext<StreamState>('down');

/** Keeps the console's queries fresh from the API's live stream while the user is logged in (mounted by the layout). */
export function LiveUpdates({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  useEffect(() => {
    let pending: LeadChange[] = [];
    let flush: ReturnType<typeof setTimeout> | null = null;
    const stream = new LeadStream({
      apiUrl: API_URL,
      getToken: currentToken,
      onState: setState,
      onChange: (change) => {
        pending.push(change);
        flush ??= setTimeout(() => {
          const changes = pending;
          pending = [];
          flush = null;
          void queryClient.invalidateQueries({ predicate: (query) => isStaleAfter(changes, query.queryKey) });
        }, BATCH_MS);
      },
    });
    stream.start();
    return () => {
      stream.stop();
      if (flush) clearTimeout(flush);
    };
  }, [queryClient]);
  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

/** The stream's state, for a page that shows it. */
export const useLiveState = () => useContext(LiveContext);

/**
 * A page's refetchInterval: nothing while the live stream is up (changes arrive as events), `fallbackMs` while it is
 * down or still connecting, so a page never goes stale for longer than it did when the console only polled.
 */
export function useLiveRefetch<T>(fallback: T): T | false {
  return useContext(LiveContext) === 'live' ? false : fallback;
}
