import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { refusedAddressReason, RefusedDestinationError, type AllowedNetwork } from '@leadops/config';

export interface WebhookPostOptions {
  timeoutMs: number;
  /** Resolves the target's name and refuses what it may not reach (guardedLookup over the same networks). */
  lookup: LookupFunction;
  /** Checked here for an IP written in the URL: Node connects to those without a lookup. */
  allowedPrivateNetworks: readonly AllowedNetwork[];
  httpsOnly: boolean;
}

/**
 * One signed POST to a subscriber; answers its HTTP status. Redirects are not followed (a 3xx is a failed delivery):
 * a redirect could point a delivery at an address the target check would refuse.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, options: WebhookPostOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return reject(new RefusedDestinationError(`refused: "${url}" is not a URL`));
    }
    if (target.protocol !== 'https:' && (options.httpsOnly || target.protocol !== 'http:')) {
      return reject(new RefusedDestinationError(`refused: ${target.protocol}// targets are not allowed${options.httpsOnly ? ' in production (https only)' : ''}`));
    }
    const literal = target.hostname.replace(/^\[|\]$/g, '');
    const refused = isIP(literal) ? refusedAddressReason(literal, options.allowedPrivateNetworks) : null;
    if (refused) return reject(new RefusedDestinationError(`refused: ${refused}`));
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: options.lookup,
      timeout: options.timeoutMs,
      // A fresh connection per delivery: a pooled socket would skip the address check of the lookup.
      agent: false,
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', reject);
    req.on('response', (res) => {
      res.resume(); // the body is not needed; drain it so the socket closes
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.end(body);
  });
}
