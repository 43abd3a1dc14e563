// The Temporal UI decodes sealed payloads by calling our codec endpoint from the browser. It cannot send our bearer
// token (it only passes its own OIDC token), but it can send cookies (TEMPORAL_CODEC_INCLUDE_CREDENTIALS=true): sales
// ops get their session as a cookie that only the codec endpoint ever sees.
import { parse, serialize } from 'cookie';
import type { LeadOpsConfig } from '@leadops/config';

export const CODEC_COOKIE = 'leadops_codec';
export const CODEC_PATH = '/temporal-codec';

/**
 * The Set-Cookie value carrying a sales-ops token for the codec endpoint: HttpOnly (no script reads it), limited to the
 * codec's path (the browser sends it nowhere else), SameSite=Strict (sent only from pages of the same site, so the
 * Temporal UI must be served from the API's site, e.g. temporal.example.com beside api.example.com), Secure whenever
 * the API is served over https.
 */
export function codecCookie(config: LeadOpsConfig, token: string, maxAgeSeconds: number): string {
  return serialize(CODEC_COOKIE, token, {
    httpOnly: true, sameSite: 'strict', path: CODEC_PATH, maxAge: maxAgeSeconds,
    secure: config.production || config.api.publicUrl.startsWith('https:'),
  });
}

/** The token in the codec cookie of a request to the codec endpoint; null anywhere else, so it never acts as a login. */
export function codecCookieToken(path: string | undefined, cookieHeader: string | undefined): string | null {
  if (!path?.startsWith(`${CODEC_PATH}/`) || !cookieHeader) return null;
  return parse(cookieHeader)[CODEC_COOKIE] ?? null;
}
