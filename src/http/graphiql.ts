import type { GraphiQLOptions } from 'graphql-yoga';
import { loadGraphiQLAssets } from './graphiql-assets.ts';

// GraphiQL's page, served from this project's own dependencies (@graphql-yoga/render-graphiql
// bundles GraphiQL, its editor workers and its icon): it loads nothing from another host, works
// offline, and runs no third-party code beside the credentials pasted into it. The page itself is
// a few kilobytes; the bundle is served beside it as cacheable files (graphiql-assets.ts).

/** Ready-to-run examples, one tab each. Each runs as it is against the local CMA's seed data. */
export const GRAPHIQL_EXAMPLES: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: 'Tokens and what they can really do',
    query: `# Every API token with its effective capabilities: its role's permissions
# intersected with the APIs its surface flags open.
query TokensWithCapabilities {
  accessTokens {
    id
    name
    version
    canAccessCda
    canAccessCdaPreview
    canAccessCma
    role { name }
    effectiveCapabilities { summary canWrite allowed }
  }
}`,
  },
  {
    title: 'Audit',
    query: `# Risky tokens, most severe first, each with the reason.
query Audit {
  accessTokenAudit {
    severity
    kind
    reason
    accessToken { id name }
  }
}`,
  },
  {
    title: "A token's history",
    query: `# Every recorded change of a token, newest first: writes through this API (who, the
# request id, the outcome) and changes found made elsewhere, e.g. in the DatoCMS dashboard.
# Owner, purpose and expiry are kept by this API: DatoCMS has none of them.
query TokenHistory($id: ID!) {
  accessToken(id: $id) {
    name
    owner
    purpose
    expiresAt
    firstSeenAt
    history(first: 10) {
      nodes { at kind outcome actor { name } changes { field from to } requestId }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: { id: '106' },
  },
  {
    title: 'Dry-run update',
    query: `# What turning the CMA off would change for a token: nothing is written.
mutation DryRunUpdate($id: ID!) {
  updateAccessToken(id: $id, input: { canAccessCma: false }, dryRun: true) {
    __typename
    ... on UpdateAccessTokenSuccess {
      dryRun
      accessToken { name canAccessCma }
      capabilityChanges { gained lost }
    }
    ... on Error { message }
  }
}`,
    variables: { id: '106' },
  },
  {
    title: 'Rotate a secret',
    query: `# Issues a new secret; the old one stops working at once. Pass the version you
# read as expectedVersion to refuse the rotation if the token changed meanwhile.
mutation Rotate($id: ID!) {
  rotateAccessToken(id: $id) {
    __typename
    ... on RotateAccessTokenSuccess { accessToken { id name token } }
    ... on UpstreamUnavailableError { message outcomeUnknown }
    ... on Error { message }
  }
}`,
    variables: { id: '104' },
  },
  {
    title: 'Roll a token over',
    query: `# Rotation without downtime: a successor with the same role and flags; the original keeps
# working until finishAccessTokenRollover, once the successor is in use wherever the original was.
mutation StartRollover($id: ID!) {
  startAccessTokenRollover(id: $id) {
    __typename
    ... on StartAccessTokenRolloverSuccess {
      successor { id name token rollover { state unusedSurfaces } }
    }
    ... on Error { message }
  }
}`,
    variables: { id: '106' },
  },
  {
    title: 'Incident: dry-run bulk rotation',
    query: `# Every token that can call the CMA, rotated in one call (a dry run here): never the
# caller's own token, always within the CMA's rate limit.
mutation RotateCmaTokens {
  rotateAccessTokens(select: { filter: { canAccess: [CMA] } }, dryRun: true) {
    __typename
    ... on BulkAccessTokenSuccess {
      dryRun
      outcomes { id status reason accessToken { name } }
    }
    ... on Error { message }
  }
}`,
  },
  {
    title: 'Widen a role (dry run)',
    query: `# Before saving a role change: every token it reaches (bound to it, or to a role
# inheriting from it) and what each gains or loses. Nothing is written.
mutation WidenRole($id: ID!) {
  updateRole(id: $id, input: { canManageWebhooks: true }, dryRun: true) {
    __typename
    ... on UpdateRoleSuccess {
      impact { accessToken { name } throughInheritance capabilityChanges { gained lost } }
    }
    ... on Error { message }
  }
}`,
    variables: { id: '2' },
  },
  {
    title: 'Token policy',
    query: `# What the project requires of its tokens (the defaults until one is set). Change it with
# updateTokenPolicy(input: { maxLifetimeDays: 365, requireOwner: true, onExpiry: ROTATE }).
query TokenPolicy {
  tokenPolicy {
    maxLifetimeDays
    defaultLifetimeDays
    requireOwner
    reviewEveryDays
    onExpiry
    warnDaysBefore
    webhookUrls
    version
  }
}`,
  },
  {
    title: 'Dry-run policy enforcement',
    query: `# What enforcing the policy would do now: expired tokens get its onExpiry (rotate, delete
# or notify), tokens near expiry are warned. Nothing is done or sent in a dry run; a scheduler
# runs the real thing with \`npm run enforce-policy\`.
mutation DryRunEnforcement {
  enforceTokenPolicy(dryRun: true) {
    __typename
    ... on EnforceTokenPolicySuccess {
      dryRun
      outcomes { status reason expiresAt accessToken { id name owner expiresAt } }
    }
    ... on Error { message }
  }
}`,
  },
];

/**
 * The page's settings. With the local CMA the demo admin token is filled in, so the examples run at
 * once; against DatoCMS a placeholder stands in for the caller's own token. Headers are never
 * persisted to the browser's storage: they hold a credential.
 */
export function graphiqlOptions(demoToken: string | undefined): GraphiQLOptions {
  const headers = JSON.stringify({ Authorization: `Bearer ${demoToken ?? '<your DatoCMS API token>'}` }, null, 2);
  return {
    title: 'DatoCMS token admin',
    headers,
    defaultHeaders: headers,
    shouldPersistHeaders: false,
    defaultTabs: GRAPHIQL_EXAMPLES.map((example) => ({
      query: example.query,
      variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
      headers,
    })),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * The page render-graphiql's renderGraphiQL builds, with its bundle referenced instead of inlined.
 * The options travel as JSON data, not as script (`<` escaped, so no value can close the element),
 * which lets the page's CSP refuse every inline script.
 */
export async function renderGraphiQLPage(options: GraphiQLOptions = {}): Promise<string> {
  const assets = await loadGraphiQLAssets();
  const data = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title || 'Yoga GraphiQL')}</title>
    <link rel="icon" href="${escapeHtml(options.favicon || assets.url('favicon.ico'))}" />
    <link rel="stylesheet" href="${assets.url('graphiql.css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${data}</script>
    <script src="${assets.url('start.js')}"></script>
    <script src="${assets.url('graphiql.js')}"></script>
  </body>
</html>
`;
}
