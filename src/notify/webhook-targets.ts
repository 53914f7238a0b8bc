// Webhook targets are a door into the operator's network: only origins the operator named may be
// called (WEBHOOK_ALLOWED_ORIGINS), so a policy editor cannot point deliveries at internal services.

/** Null when the URL may receive deliveries; otherwise why not. */
export function refusedWebhookUrl(url: string, allowedOrigins: readonly string[]): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not a URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'it is not an http(s) URL';
  if (parsed.username || parsed.password) return 'it carries credentials';
  if (allowedOrigins.length === 0) return 'webhooks are off on this server (WEBHOOK_ALLOWED_ORIGINS is empty)';
  if (!allowedOrigins.includes(parsed.origin)) return `its origin ${parsed.origin} is not in this server's WEBHOOK_ALLOWED_ORIGINS`;
  return null;
}
