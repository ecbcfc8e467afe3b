/**
 * The account side Prowler's UI reads on every page: GET /users/me (with its role, whose
 * `manage_*` flags the UI turns into permissions), and the lists the reference world has nothing
 * for — /roles (the one admin role), /provider-groups and /schedules (empty, but valid JSON:API lists).
 */
import type { Route } from '../http/route.ts';
import { jsonApi } from './json-api-reply.ts';
import { listDocument } from './read-routes.ts';
import { DEMO_EMAIL } from './token-routes.ts';

/** The demo user's and tenant's ids, also the JWT's `sub` and `tenant_id`. */
export const DEMO_USER_ID = '5f0d3c2e-9a1b-4c7d-8e6f-0a1b2c3d4e5f';
export const DEMO_TENANT_ID = '0c6a1f2e-3b4d-4e5f-8a9b-1c2d3e4f5a6b';
const ADMIN_ROLE_ID = '7e2b9c1d-4f3a-4b5c-9d8e-2f1a0b9c8d7e';
const SINCE = '2025-01-01T00:00:00.000000Z';

const adminRole = {
  type: 'roles',
  id: ADMIN_ROLE_ID,
  attributes: {
    name: 'admin',
    manage_users: true,
    manage_account: true,
    manage_billing: true,
    manage_providers: true,
    manage_integrations: true,
    manage_scans: true,
    manage_alerts: true,
    manage_lighthouse_ai_configuration: true,
    unlimited_visibility: true,
    permission_state: 'unlimited',
    inserted_at: SINCE,
    updated_at: SINCE,
  },
  relationships: {
    provider_groups: { meta: { count: 0 }, data: [] },
    users: { meta: { count: 1 }, data: [{ type: 'users', id: DEMO_USER_ID }] },
    invitations: { meta: { count: 0 }, data: [] },
  },
};

const demoUser = {
  type: 'users',
  id: DEMO_USER_ID,
  attributes: { name: 'Demo User', email: DEMO_EMAIL, company_name: 'ScanSight reference', date_joined: SINCE },
  relationships: {
    memberships: { meta: { count: 1 }, data: [{ type: 'memberships', id: DEMO_TENANT_ID }] },
    roles: { meta: { count: 1 }, data: [{ type: 'roles', id: ADMIN_ROLE_ID }] },
  },
};

const list = (path: string, query: URLSearchParams, data: unknown[]) =>
  jsonApi(200, listDocument(path, query, { data, page: 1, pages: 1, count: data.length }));

/** The user, role and empty-list routes. */
export function userRoutes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/api/v1/users/me',
      handle: ({ query }) => {
        const include = (query.get('include') ?? '').split(',');
        return jsonApi(200, { data: demoUser, ...(include.includes('roles') ? { included: [adminRole] } : {}), meta: { version: 'v1' } });
      },
    },
    { method: 'GET', pattern: '/api/v1/roles', handle: ({ path, query }) => list(path, query, [adminRole]) },
    { method: 'GET', pattern: '/api/v1/provider-groups', handle: ({ path, query }) => list(path, query, []) },
    { method: 'GET', pattern: '/api/v1/schedules', handle: ({ path, query }) => list(path, query, []) },
  ];
}
