import type { AccessReviewQuery, AuditSeverity, CapabilityName, LastAccess } from 'datocms-token-admin/sdk';

// The access review as an auditor reads it: one self-contained HTML page (inline CSS, no script,
// nothing from another host, a print stylesheet for PDF) or CSV. Built from what the SDK's
// accessReview() returns, which asks for no secret: none can end up here.

/** What the SDK's accessReview() returns: the query's data, the policy present. */
export type AccessReview = Omit<AccessReviewQuery, 'tokenPolicy'> & { tokenPolicy: NonNullable<AccessReviewQuery['tokenPolicy']> };
type Token = AccessReview['accessTokens'][number];
type Finding = AccessReview['accessTokenAudit'][number];

export type ReportContext = { generatedAt: Date; source: string };

type CapabilityColumn = { label: string; group: 'APIs' | 'Content' | 'Project'; risk: 'read' | 'write' | 'admin' };

/** Every capability, in the matrix's order; a capability added to the schema fails the typecheck until placed here. */
const CAPABILITY_COLUMNS = {
  CALL_CDA: { label: 'CDA', group: 'APIs', risk: 'read' },
  CALL_CDA_PREVIEW: { label: 'CDA drafts', group: 'APIs', risk: 'read' },
  CALL_CMA: { label: 'CMA', group: 'APIs', risk: 'write' },
  READ_PUBLISHED_CONTENT: { label: 'Read published', group: 'Content', risk: 'read' },
  READ_DRAFT_CONTENT: { label: 'Read drafts', group: 'Content', risk: 'read' },
  CREATE_RECORDS: { label: 'Create records', group: 'Content', risk: 'write' },
  UPDATE_RECORDS: { label: 'Edit records', group: 'Content', risk: 'write' },
  PUBLISH_RECORDS: { label: 'Publish', group: 'Content', risk: 'write' },
  DELETE_RECORDS: { label: 'Delete records', group: 'Content', risk: 'write' },
  MANAGE_UPLOADS: { label: 'Uploads', group: 'Content', risk: 'write' },
  EDIT_SCHEMA: { label: 'Schema', group: 'Project', risk: 'write' },
  EDIT_PROJECT_SETTINGS: { label: 'Settings', group: 'Project', risk: 'write' },
  MANAGE_ENVIRONMENTS: { label: 'Environments', group: 'Project', risk: 'write' },
  MANAGE_BUILD_TRIGGERS: { label: 'Build triggers', group: 'Project', risk: 'write' },
  MANAGE_WEBHOOKS: { label: 'Webhooks', group: 'Project', risk: 'write' },
  MANAGE_ACCESS_TOKENS: { label: 'API tokens', group: 'Project', risk: 'admin' },
  MANAGE_USERS_AND_ROLES: { label: 'Users & roles', group: 'Project', risk: 'admin' },
} satisfies Record<CapabilityName, CapabilityColumn>;
const CAPABILITIES = Object.keys(CAPABILITY_COLUMNS) as CapabilityName[];

const SEVERITIES: AuditSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
const LAST_ACCESS: Record<LastAccess, string> = {
  TODAY: 'today',
  YESTERDAY: 'yesterday',
  THIS_WEEK: 'this week',
  LAST_WEEK: 'last week',
  THIS_MONTH: 'this month',
  LAST_MONTH: 'last month',
  NEVER: 'not since last month',
};

const DAY_MS = 86_400_000;
const day = (iso: string) => iso.slice(0, 10);
const daysBetween = (from: string, to: Date) => Math.floor((to.getTime() - Date.parse(from)) / DAY_MS);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
/** Tagged template: interpolations are escaped unless they are already Html. */
class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}
function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const part = (value: unknown): string =>
    value instanceof Html ? value.value : Array.isArray(value) ? value.map(part).join('') : value == null || value === false ? '' : escapeHtml(String(value));
  return new Html(strings.reduce((out, string, index) => out + string + (index < values.length ? part(values[index]) : ''), ''));
}

/** Tokens with the most severe findings first, then by name: what needs a decision comes first. */
function ordered(review: AccessReview): Token[] {
  const worst = new Map<string, number>();
  for (const finding of review.accessTokenAudit) {
    const rank = SEVERITIES.indexOf(finding.severity);
    worst.set(finding.accessToken.id, Math.min(worst.get(finding.accessToken.id) ?? SEVERITIES.length, rank));
  }
  return [...review.accessTokens].sort(
    (a, b) => (worst.get(a.id) ?? SEVERITIES.length) - (worst.get(b.id) ?? SEVERITIES.length) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

function findingsByToken(review: AccessReview): Map<string, Finding[]> {
  const byToken = new Map<string, Finding[]>();
  for (const finding of review.accessTokenAudit) byToken.set(finding.accessToken.id, [...(byToken.get(finding.accessToken.id) ?? []), finding]);
  return byToken;
}

function age(token: Token, now: Date): { days: number | null; text: string; since: string } {
  if (token.createdAt) return { days: daysBetween(token.createdAt, now), text: plural(daysBetween(token.createdAt, now), 'day'), since: `created ${day(token.createdAt)}` };
  if (token.firstSeenAt) {
    // Created elsewhere: the API knows only when it first saw it, a lower bound of its age.
    return { days: daysBetween(token.firstSeenAt, now), text: `≥ ${plural(daysBetween(token.firstSeenAt, now), 'day')}`, since: `first seen ${day(token.firstSeenAt)}` };
  }
  return { days: null, text: 'unknown', since: '' };
}

function expiry(token: Token, now: Date): { text: string; detail: string; state: 'expired' | 'soon' | 'ok' | 'none' } {
  if (!token.expiresAt) return { text: 'none', detail: '', state: 'none' };
  const days = Math.ceil((Date.parse(token.expiresAt) - now.getTime()) / DAY_MS);
  if (days <= 0) return { text: day(token.expiresAt), detail: `expired ${plural(-days, 'day')} ago`, state: 'expired' };
  return { text: day(token.expiresAt), detail: `in ${plural(days, 'day')}`, state: days <= 30 ? 'soon' : 'ok' };
}

/** The APIs its flags open. */
const surfaces = (token: Token) =>
  [token.canAccessCda && 'CDA', token.canAccessCdaPreview && 'CDA drafts', token.canAccessCma && 'CMA'].filter((surface): surface is string => Boolean(surface));

const actorName = (actor: { accessTokenId: string | null; name: string | null } | null) =>
  actor ? (actor.name ?? (actor.accessTokenId ? `token ${actor.accessTokenId}` : 'unknown')) : 'unknown';

function policyLine(policy: AccessReview['tokenPolicy']): Html[] {
  const item = (term: string, value: string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return [
    item('Maximum lifetime', policy.maxLifetimeDays ? plural(policy.maxLifetimeDays, 'day') : 'none'),
    item('Default lifetime', policy.defaultLifetimeDays ? plural(policy.defaultLifetimeDays, 'day') : policy.maxLifetimeDays ? 'the maximum' : 'none'),
    item('Owner required', policy.requireOwner ? 'yes' : 'no'),
    item('Reviews', policy.reviewEveryDays ? `every ${plural(policy.reviewEveryDays, 'day')}` : 'not required'),
    item('At expiry', { ROTATE: 'rotate', DELETE: 'delete', NOTIFY_ONLY: 'notify only' }[policy.onExpiry]),
    item('Warnings', policy.warnDaysBefore.length ? `${policy.warnDaysBefore.join(', ')} days before` : 'none'),
  ];
}

const STYLE = `
:root { --ink: #1d2330; --muted: #667085; --line: #d9dee7; --soft: #f4f6fa; --critical: #b42318; --high: #c4320a; --medium: #b54708; --low: #475467; --ok: #067647; --accent: #3b4bd8; }
* { box-sizing: border-box; }
body { margin: 0; padding: 28px 32px 40px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
p { margin: 4px 0; }
.muted { color: var(--muted); }
.small { font-size: 11px; }
header .meta { color: var(--muted); }
dl.policy { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 12px 0 0; padding: 10px 14px; background: var(--soft); border-radius: 6px; }
dl.policy dt { font-size: 10px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
dl.policy dd { margin: 0; font-weight: 600; }
.totals { display: flex; gap: 10px; margin: 14px 0 0; padding: 0; list-style: none; }
.totals li { flex: 1; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.totals strong { display: block; font-size: 20px; }
.totals .alert strong { color: var(--critical); }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
thead th { font-size: 10px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 1px solid var(--ink); }
tbody tr:nth-child(even) { background: #fafbfc; }
.name { font-weight: 600; }
.date { white-space: nowrap; }
td.use div, td.found div { white-space: nowrap; }
td.found { font-size: 11px; }
td.use .api { display: inline-block; width: 30px; font-size: 10px; font-weight: 600; color: var(--muted); }
table.tokens td:first-child { min-width: 150px; }
.id { color: var(--muted); font-size: 11px; }
.tag { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 10px; font-weight: 600; line-height: 17px; white-space: nowrap; border: 1px solid currentColor; }
.tag.builtin { color: var(--accent); }
.tag.due, .expired, .sev-CRITICAL { color: var(--critical); }
.sev-HIGH { color: var(--high); }
.sev-MEDIUM, .soon { color: var(--medium); }
.sev-LOW { color: var(--low); }
.tag.reviewed { color: var(--ok); }
.missing { color: var(--critical); font-style: italic; }
.none { color: var(--muted); }
.surfaces span { display: inline-block; white-space: nowrap; margin: 0 2px 2px 0; padding: 0 5px; border-radius: 3px; font-size: 10px; font-weight: 600; background: #e0e7ff; color: var(--accent); }
.surfaces span.none { background: none; color: var(--muted); font-weight: 400; }
table.matrix { width: auto; }
table.matrix th.cap { height: 118px; width: 28px; padding: 4px 0; vertical-align: bottom; text-align: center; }
table.matrix th.cap span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-transform: none; letter-spacing: 0; font-size: 11px; color: var(--ink); font-weight: 600; }
table.matrix th.group { text-align: center; border-bottom: 1px solid var(--line); }
table.matrix th.token { min-width: 220px; }
table.matrix td { text-align: center; padding: 4px 0; border-left: 1px solid #eef1f5; font-size: 14px; line-height: 16px; }
table.matrix td.token { text-align: left; padding: 4px 8px; font-size: 12px; border-left: none; }
table.matrix td.on.read { color: var(--ok); }
table.matrix td.on.write { color: var(--medium); }
table.matrix td.on.admin { color: #fff; background: var(--critical); }
table.matrix td.off { color: #d0d5dd; }
table.matrix .first { border-left: 2px solid var(--ink); }
.legend span { margin-right: 16px; }
.legend b { display: inline-block; width: 16px; text-align: center; }
.legend .admin b { color: #fff; background: var(--critical); border-radius: 2px; }
.legend .write b { color: var(--medium); }
.legend .read b { color: var(--ok); }
.signoff { margin-top: 32px; display: grid; grid-template-columns: repeat(3, 1fr); gap: 24px; }
.signoff div { border-top: 1px solid var(--ink); padding-top: 4px; color: var(--muted); font-size: 11px; }
footer { margin-top: 24px; color: var(--muted); font-size: 11px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { padding: 0; font-size: 10.5px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .totals, dl.policy, .signoff { break-inside: avoid; }
  thead { display: table-header-group; }
  section.capabilities, section.findings { break-before: page; }
}
`;

export function renderHtml(review: AccessReview, context: ReportContext): string {
  const now = context.generatedAt;
  const tokens = ordered(review);
  const findings = findingsByToken(review);
  const sortedFindings = [...review.accessTokenAudit].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const expired = tokens.filter((token) => expiry(token, now).state === 'expired').length;
  const due = tokens.filter((token) => token.reviewDue).length;
  const ownerless = tokens.filter((token) => !token.owner).length;
  const critical = review.accessTokenAudit.filter((finding) => finding.severity === 'CRITICAL').length;
  const generated = `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

  const tokenRows = tokens.map((token) => {
    const tokenAge = age(token, now);
    const tokenExpiry = expiry(token, now);
    const own = findings.get(token.id) ?? [];
    return html`<tr data-token-id="${token.id}">
  <td><div class="name">${token.name}</div><div class="id">#${token.id} ${token.hardcodedType ? html`<span class="tag builtin">built-in</span>` : ''}</div></td>
  <td>${token.owner ?? html`<span class="${review.tokenPolicy.requireOwner ? 'missing' : 'none'}">no owner</span>`}</td>
  <td>${token.purpose ?? html`<span class="none">—</span>`}</td>
  <td>${token.role?.name ?? html`<span class="none">no role</span>`}</td>
  <td><span class="date">${tokenAge.text}</span><div class="muted small date">${tokenAge.since}</div></td>
  <td class="${tokenExpiry.state === 'expired' ? 'expired' : tokenExpiry.state === 'soon' ? 'soon' : ''}">${
    tokenExpiry.state === 'none'
      ? html`<span class="${review.tokenPolicy.maxLifetimeDays ? 'missing' : 'none'}">none</span>`
      : html`<span class="date">${tokenExpiry.text}</span><div class="small">${tokenExpiry.detail}</div>`
  }</td>
  <td class="use"><div><span class="api">CMA</span> ${LAST_ACCESS[token.lastCmaAccess]}</div><div><span class="api">CDA</span> ${LAST_ACCESS[token.lastCdaAccess]}</div></td>
  <td class="surfaces">${surfaces(token).length ? surfaces(token).map((surface) => html`<span>${surface}</span> `) : html`<span class="none">none</span>`}</td>
  <td>${
    token.lastReviewedAt
      ? html`<span class="date">${day(token.lastReviewedAt)}</span><div class="muted small">by ${actorName(token.lastReviewedBy)}</div>`
      : html`<span class="none">never</span>`
  }${token.reviewDue ? html` <span class="tag due">due</span>` : token.lastReviewedAt ? html` <span class="tag reviewed">ok</span>` : ''}</td>
  <td class="found">${own.length ? own.map((finding) => html`<div class="sev-${finding.severity}">${finding.kind.toLowerCase().replaceAll('_', ' ')}</div>`) : html`<span class="none">none</span>`}</td>
</tr>`;
  });

  const groups = CAPABILITIES.reduce<{ group: string; span: number }[]>((out, name) => {
    const { group } = CAPABILITY_COLUMNS[name];
    if (out.at(-1)?.group === group) out.at(-1)!.span += 1;
    else out.push({ group, span: 1 });
    return out;
  }, []);
  const firstOfGroup = new Set(CAPABILITIES.filter((name, index) => index === 0 || CAPABILITY_COLUMNS[CAPABILITIES[index - 1]!].group !== CAPABILITY_COLUMNS[name].group));
  const matrixRows = tokens.map((token) => {
    const allowed = new Set(token.effectiveCapabilities?.allowed ?? []);
    const cells = token.effectiveCapabilities
      ? CAPABILITIES.map((name) => {
          const column = CAPABILITY_COLUMNS[name];
          const on = allowed.has(name);
          return html`<td class="${on ? `on ${column.risk}` : 'off'}${firstOfGroup.has(name) ? ' first' : ''}" data-capability="${name}" title="${column.label}: ${on ? 'allowed' : 'not allowed'}">${on ? '●' : '·'}</td>`;
        })
      : [html`<td colspan="${CAPABILITIES.length}" class="missing">unknown: the token's role could not be read</td>`];
    return html`<tr data-token-id="${token.id}"><td class="token"><span class="name">${token.name}</span> <span class="id">#${token.id}</span></td>${cells}</tr>`;
  });

  const findingRows = sortedFindings.map(
    (finding) => html`<tr data-token-id="${finding.accessToken.id}">
  <td class="sev-${finding.severity}"><strong>${finding.severity}</strong></td>
  <td>${finding.kind}</td>
  <td><span class="name">${finding.accessToken.name}</span> <span class="id">#${finding.accessToken.id}</span></td>
  <td>${finding.reason}</td>
  <td>${finding.remedy.description}</td>
</tr>`,
  );

  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>API token access review, ${day(now.toISOString())}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<header>
  <h1>API token access review</h1>
  <p class="meta">Generated ${generated} from ${context.source}. Secrets are not part of this report.</p>
  <dl class="policy">${policyLine(review.tokenPolicy)}</dl>
  <ul class="totals">
    <li><strong>${tokens.length}</strong>tokens</li>
    <li class="${critical ? 'alert' : ''}"><strong>${critical}</strong>critical findings</li>
    <li class="${expired ? 'alert' : ''}"><strong>${expired}</strong>expired</li>
    <li class="${ownerless && review.tokenPolicy.requireOwner ? 'alert' : ''}"><strong>${ownerless}</strong>without owner</li>
    <li class="${due ? 'alert' : ''}"><strong>${due}</strong>due for review</li>
  </ul>
</header>
<section class="tokens">
  <h2>Tokens</h2>
  <table class="tokens">
    <thead><tr><th>Token</th><th>Owner</th><th>Purpose</th><th>Role</th><th>Age</th><th>Expiry</th><th>Last use</th><th>APIs</th><th>Review</th><th>Findings</th></tr></thead>
    <tbody>
${tokenRows}
    </tbody>
  </table>
</section>
<section class="capabilities">
  <h2>What each token can do</h2>
  <p class="muted">Effective capabilities: the role's permissions (inherited ones included) that the token's API flags let through.</p>
  <p class="legend small"><span class="read"><b>●</b> reads</span><span class="write"><b>●</b> writes</span><span class="admin"><b>●</b> takes over the project</span><span><b>·</b> not allowed</span></p>
  <table class="matrix">
    <thead>
      <tr><th></th>${groups.map(({ group, span }) => html`<th class="group first" colspan="${span}">${group}</th>`)}</tr>
      <tr><th class="token">Token</th>${CAPABILITIES.map((name) => html`<th class="cap${firstOfGroup.has(name) ? ' first' : ''}" data-capability="${name}"><span>${CAPABILITY_COLUMNS[name].label}</span></th>`)}</tr>
    </thead>
    <tbody>
${matrixRows}
    </tbody>
  </table>
</section>
<section class="findings">
  <h2>Findings</h2>
  ${
    findingRows.length
      ? html`<table class="findings">
    <thead><tr><th>Severity</th><th>Finding</th><th>Token</th><th>Why</th><th>Remedy</th></tr></thead>
    <tbody>
${findingRows}
    </tbody>
  </table>`
      : html`<p>No findings.</p>`
  }
  <div class="signoff"><div>Reviewed by</div><div>Date</div><div>Signature</div></div>
</section>
<footer>Owners, purposes, expiries and reviews are kept by the token admin API; roles, API flags and last use come from DatoCMS.</footer>
</body>
</html>
`.value;
}

const CSV_COLUMNS = [
  'id', 'name', 'built_in', 'owner', 'purpose', 'role', 'created_at', 'first_seen_at', 'age_days', 'expires_at', 'expired',
  'last_cma_access', 'last_cda_access', 'can_access_cda', 'can_access_cda_preview', 'can_access_cma', 'can_write', 'capabilities',
  'findings', 'last_reviewed_at', 'last_reviewed_by', 'review_due',
] as const;

/**
 * RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula: token names
 * and owners are anyone's input.
 */
function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function renderCsv(review: AccessReview, context: ReportContext): string {
  const findings = findingsByToken(review);
  const rows = ordered(review).map((token) => {
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
      id: token.id,
      name: token.name,
      built_in: token.hardcodedType !== null,
      owner: token.owner,
      purpose: token.purpose,
      role: token.role?.name ?? null,
      created_at: token.createdAt,
      first_seen_at: token.firstSeenAt,
      age_days: age(token, context.generatedAt).days,
      expires_at: token.expiresAt,
      expired: token.expiresAt ? Date.parse(token.expiresAt) <= context.generatedAt.getTime() : false,
      last_cma_access: token.lastCmaAccess,
      last_cda_access: token.lastCdaAccess,
      can_access_cda: token.canAccessCda,
      can_access_cda_preview: token.canAccessCdaPreview,
      can_access_cma: token.canAccessCma,
      can_write: token.effectiveCapabilities?.canWrite ?? null,
      capabilities: token.effectiveCapabilities?.allowed.join(' ') ?? null,
      findings: (findings.get(token.id) ?? []).map((finding) => `${finding.severity}:${finding.kind}`).join(' '),
      last_reviewed_at: token.lastReviewedAt,
      last_reviewed_by: token.lastReviewedAt ? actorName(token.lastReviewedBy) : null,
      review_due: token.reviewDue,
    };
    return CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
