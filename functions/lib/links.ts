/**
 * One-time link tokens. A token is 32 random bytes (base64url) that travels only in a URL
 * fragment; the table stores nothing but its SHA-256, so a leaked table cannot be replayed.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The stored form of a token. A malformed token hashes like any other and simply finds
 * nothing, so a tampered token gets exactly the answer an unknown one gets.
 */
export function tokenHash(token: string): string {
  return sha256Hex(`hamkor-link:${token}`);
}

export function looksLikeToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * `partner`: a partner university's coordinator answering a nomination (no account, like an approver);
 * `study-plan`: the host faculty's coordinator approving an incoming student's study plan.
 */
export type LinkPurpose = 'signin' | 'action' | 'partner' | 'study-plan';

/** The study plan's coordinator opens the approver's page, which the fragment's `k=study-plan` turns to the plan. */
const LINK_PAGES: Record<LinkPurpose, string> = { signin: 'signin', action: 'act', partner: 'partner', 'study-plan': 'act' };
const PAGE_MARK: Partial<Record<LinkPurpose, string>> = { 'study-plan': '&k=study-plan' };

/**
 * `<app>/act#t=<token>` (`/partner#t=…` for a partner's link); with `language`, `&l=<language>`
 * follows in the fragment, so the page someone without an account opens speaks the language of
 * the email (it never reaches a server).
 */
export function linkUrl(appUrl: string, purpose: LinkPurpose, token: string, language?: string): string {
  return `${appUrl}/${LINK_PAGES[purpose]}#t=${token}${PAGE_MARK[purpose] ?? ''}${language ? `&l=${language}` : ''}`;
}
