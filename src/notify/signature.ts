import { createHmac, timingSafeEqual } from 'node:crypto';

// Signed as Stripe and GitHub sign theirs: an HMAC-SHA256 over "<unix seconds>.<raw body>", so a
// receiver can refuse a forged body and, by the timestamp, a replayed one.

export const SIGNATURE_HEADER = 'X-Token-Admin-Signature';
export const DELIVERY_HEADER = 'X-Token-Admin-Delivery';

export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

/** What a receiver does (README): recompute, compare in constant time, and refuse old timestamps. */
export function verifySignature(secret: string, body: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds || typeof parts.v1 !== 'string') return false;
  const expected = Buffer.from(signatureHeader(secret, body, t).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
