import { createHmac } from 'node:crypto';

// Signed as Stripe and GitHub sign theirs: an HMAC-SHA256 over "<unix seconds>.<raw body>", so a
// receiver can refuse a forged body and, by the timestamp, a replayed one.

export const SIGNATURE_HEADER = 'X-Token-Admin-Signature';
export const DELIVERY_HEADER = 'X-Token-Admin-Delivery';

export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}
