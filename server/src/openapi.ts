// The API's description (OpenAPI 3.1), served at /openapi.json. The push body's schema is
// generated from the very valibot schemas the server validates with, so it cannot drift.
import { toJsonSchema } from '@valibot/to-json-schema';
import { ChangeSchema, MAX_BATCH } from './log/change-schema';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (description: string, schema: object = { type: 'object' }) => ({ 200: { description, ...json(schema) } });
const errors = {
  400: { description: 'Malformed or invalid body or parameters', ...json(ref('Error')) },
  401: { description: 'No live session: token missing, expired or revoked', ...json(ref('Error')) },
  403: { description: 'Not a member of this office, or the role does not allow it', ...json(ref('Error')) },
  413: { description: 'Body too large', ...json(ref('Error')) },
};
const office = { name: 'office', in: 'path', required: true, schema: { type: 'integer' } };
const secured = { security: [{ bearer: [] }] };

function strip(schema: object): object {
  const { $schema: _, ...rest } = schema as Record<string, unknown>;
  return rest;
}

export function openapi(version: string) {
  const change = strip(toJsonSchema(ChangeSchema, { errorMode: 'ignore' }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Simak team server',
      version,
      description: 'One complaint log for a customer-care team. See docs/team-api.md for the sync rules.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A session token from /api/login' } },
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'string' }, message: { type: 'string' } },
          required: ['error'],
        },
        Change: change,
        Push: {
          type: 'object',
          properties: { changes: { type: 'array', items: ref('Change'), minItems: 1, maxItems: MAX_BATCH } },
          required: ['changes'],
        },
        PushResult: {
          type: 'object',
          properties: {
            key: { type: 'string' },
            status: { enum: ['applied', 'unchanged', 'rejected'] },
            seq: { type: 'integer', description: 'The change number, when applied' },
            reason: { enum: ['forbidden', 'not-found', 'unknown-member'] },
            duplicate: {
              type: 'boolean',
              description: 'This key was seen before: its first answer, nothing changed now',
            },
          },
          required: ['key', 'status'],
        },
        ChangeView: {
          type: 'object',
          properties: {
            seq: { type: 'integer' },
            postKey: { type: 'string' },
            field: {
              enum: ['created', 'logged', 'status', 'priority', 'category', 'tags', 'note', 'assignee', 'deleted'],
            },
            from: {},
            to: {},
            by: { type: 'string' },
            at: { type: 'integer', description: 'Server time, ms since 1970' },
            key: { type: 'string' },
          },
        },
        Complaint: {
          type: 'object',
          properties: {
            postKey: { type: 'string' },
            site: { type: 'string' },
            post: { type: 'object' },
            analysis: { type: 'object' },
            status: { type: 'string' },
            priority: { type: 'string' },
            category: { type: 'string' },
            notes: { type: 'array', items: { type: 'string' } },
            tags: { type: 'array', items: { type: 'string' } },
            assignee: { type: ['string', 'null'] },
            deleted: { type: 'boolean' },
            createdBy: { type: 'string' },
            loggers: {
              type: 'array',
              items: { type: 'object', properties: { username: { type: 'string' }, at: { type: 'integer' } } },
            },
            createdAt: { type: 'integer' },
            day: { type: 'string' },
            updatedAt: { type: 'integer' },
            lastSeq: { type: 'integer' },
          },
        },
        Page: {
          type: 'object',
          properties: {
            changes: { type: 'array', items: ref('ChangeView') },
            complaints: { type: 'array', items: ref('Complaint') },
            cursor: { type: 'integer', description: 'Pass as `since` for the next page' },
            more: { type: 'boolean' },
          },
        },
        Session: {
          type: 'object',
          properties: { token: { type: 'string' }, expiresAt: { type: 'integer' }, username: { type: 'string' } },
        },
      },
    },
    paths: {
      '/health': { get: { summary: 'Liveness and engine', responses: ok('ok, db (pglite | postgres), version') } },
      '/openapi.json': { get: { summary: 'This document', responses: ok('OpenAPI 3.1') } },
      '/api/setup': {
        post: {
          summary: 'First admin, with the one-time setup code printed at the first start',
          requestBody: json({ type: 'object', properties: { code: {}, username: {}, password: {}, office: {} } }),
          responses: { ...ok('Signed in', ref('Session')), ...errors },
        },
      },
      '/api/login': {
        post: {
          summary: 'Sign in (rate limited per address; an account locks after repeated wrong passwords)',
          requestBody: json({
            type: 'object',
            properties: { username: { type: 'string' }, password: { type: 'string' } },
          }),
          responses: {
            ...ok('Signed in', ref('Session')),
            401: errors[401],
            429: { description: 'Rate limited or locked' },
          },
        },
      },
      '/api/logout': { post: { ...secured, summary: 'Revoke this session', responses: ok('Signed out') } },
      '/api/me': { get: { ...secured, summary: 'Who I am and my offices with my role in each', responses: ok('Me') } },
      '/api/invites/accept': {
        post: {
          summary: 'Accept an invite: a new account, or an existing one (with its password) joins the office',
          requestBody: json({ type: 'object', properties: { code: {}, username: {}, password: {} } }),
          responses: { ...ok('Signed in', ref('Session')), ...errors, 409: { description: 'Username taken' } },
        },
      },
      '/api/offices': {
        post: {
          ...secured,
          summary: 'Create an office (organisation admins)',
          responses: { ...ok('Created'), ...errors },
        },
      },
      '/api/offices/{office}/members': {
        get: {
          ...secured,
          parameters: [office],
          summary: 'Members and roles (supervisor, admin)',
          responses: { ...ok('Members'), ...errors },
        },
      },
      '/api/offices/{office}/members/{user}': {
        put: {
          ...secured,
          parameters: [office, { name: 'user', in: 'path', required: true }],
          summary: 'Change a role (admin)',
          responses: { ...ok('Changed'), ...errors },
        },
        delete: {
          ...secured,
          parameters: [office, { name: 'user', in: 'path', required: true }],
          summary: 'Revoke access to the office',
          responses: { ...ok('Revoked'), ...errors },
        },
      },
      '/api/offices/{office}/invites': {
        get: { ...secured, parameters: [office], summary: 'Open invites', responses: { ...ok('Invites'), ...errors } },
        post: {
          ...secured,
          parameters: [office],
          summary: 'Invite (the code is returned once)',
          responses: { ...ok('Invite with code'), ...errors },
        },
      },
      '/api/offices/{office}/invites/{invite}': {
        delete: {
          ...secured,
          parameters: [office, { name: 'invite', in: 'path', required: true }],
          summary: 'Revoke an open invite',
          responses: { ...ok('Revoked'), ...errors },
        },
      },
      '/api/offices/{office}/audit': {
        get: {
          ...secured,
          parameters: [office],
          summary: 'The office audit log, newest first (admin)',
          responses: { ...ok('Entries'), ...errors },
        },
      },
      '/api/users/{user}/disable': {
        post: {
          ...secured,
          summary: 'Disable an account and revoke all its sessions (organisation admins)',
          responses: { ...ok('Disabled'), ...errors },
        },
      },
      '/api/offices/{office}/changes': {
        post: {
          ...secured,
          parameters: [office],
          summary: 'Push a batch of changes; each key is applied at most once',
          requestBody: json(ref('Push')),
          responses: {
            ...ok('One result per change, in order', {
              type: 'object',
              properties: { results: { type: 'array', items: ref('PushResult') } },
            }),
            ...errors,
          },
        },
        get: {
          ...secured,
          parameters: [
            office,
            { name: 'since', in: 'query', schema: { type: 'integer' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 1000 } },
          ],
          summary: 'Pull the changes after a cursor, in server order, a page at a time',
          responses: { ...ok('A page', ref('Page')), ...errors },
        },
      },
      '/api/offices/{office}/complaints/{postKey}': {
        get: {
          ...secured,
          parameters: [office, { name: 'postKey', in: 'path', required: true }],
          summary: 'One complaint with its whole history',
          responses: { ...ok('Complaint with history'), ...errors },
        },
      },
      '/api/offices/{office}/stream': {
        get: {
          ...secured,
          parameters: [office, { name: 'since', in: 'query', schema: { type: 'integer' } }],
          summary: 'Server-Sent Events: `event: changes` with a Page as data, `id` the cursor (Last-Event-ID resumes)',
          responses: { 200: { description: 'text/event-stream' }, ...errors },
        },
      },
    },
  };
}
