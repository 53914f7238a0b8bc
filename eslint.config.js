// @ts-check
// ESLint lints one file: the printed schema, with The Guild's schema-recommended rules, because the
// schema's descriptions are what GraphiQL's Docs pane shows a newcomer. test/schema-lint.test.ts runs
// it in `npm test`; `npx eslint schema.graphql` runs it by hand (after `npm run print-schema`).
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

const schemaFile = new URL('./schema.graphql', import.meta.url).pathname;

/** @type {import('eslint').Linter.Config[]} */
export default [
  {
    files: ['schema.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: schemaFile } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,

      // schema-recommended's own options (types, rootField), plus two more:
      // - root fields again, by hand: the plugin's rootField option builds its selector from the root
      //   type names joined with "," (4.4.1), which matches no field once a schema has both Query
      //   and Mutation, so it silently checks nothing here;
      // - enum values: every one is described (the Pothos definitions require it), so a new value
      //   without one is a regression too.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          EnumValueDefinition: true,
          FieldDefinition: true,
          ignoredSelectors: ['FieldDefinition:not([parent.name.value=/^(Query|Mutation|Subscription)$/])'],
        },
      ],

      // Kept for entities (a new type that is one must have `id: ID!`), with exceptions for what has
      // no identity of its own, where an `id` would be invented:
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            // Result-union members: payloads (`…Success`) and typed errors (`…Error`) describe one
            // answer to one mutation; they carry the affected object, which has the id.
            // Connections, their edges and page info are the standard pagination shapes: the nodes have the ids.
            suffixes: ['Success', 'Error', 'Connection', 'Edge', 'PageInfo'],
            types: [
              // Computed per request from a token and its role: views, not stored objects.
              'AccessTokenRollover',
              'AccessTokenSuggestion',
              'AuditFinding',
              'AuditRemedy',
              'Capability',
              'CapabilityChanges',
              'EffectiveCapabilities',
              'RecordScope',
              'RoleChangeImpact',
              // Parts of a role, as the CMA has them: permission entries and meta.final_permissions have no id.
              'BuildTriggerPermission',
              'ItemTypePermission',
              'RolePermissions',
              'SearchIndexPermission',
              'UploadPermission',
              // Parts of an event or an outcome: who acted, what one field became, what enforcement did to a token.
              'Actor',
              'EnforcementOutcome',
              'FieldChange',
              // One per project: the project is its identity, and the caller's bearer selects it.
              'TokenPolicy',
            ],
          },
        },
      ],
    },
  },
];
