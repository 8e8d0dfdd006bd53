// Who may do what in an office. Roles are ranked; each action needs a minimum role. Granting
// and taking away access follow one more rule: you act only on roles below your own, except an
// admin, who manages every role in the office but their own.
export const ROLES = ['viewer', 'agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, agent: 1, supervisor: 2, admin: 3 };

export const ACTIONS = {
  /** Read the log, its history, pull and stream changes. */
  'log:read': 'viewer',
  /** Log posts, change status / priority / category / tags, add notes, take a complaint. */
  'log:write': 'agent',
  /** Assign a complaint to someone else, or delete one. */
  'log:manage': 'supervisor',
  /** See the office's members and invites; invite and remove agents and viewers. */
  'members:manage': 'supervisor',
  /** Change roles. */
  'roles:change': 'admin',
  /** Read the office's audit log. */
  'audit:read': 'admin',
} as const satisfies Record<string, Role>;
export type Action = keyof typeof ACTIONS;

export const allows = (role: Role, action: Action): boolean => RANK[role] >= RANK[ACTIONS[action]];

/** May someone with `actor` role grant or take away `target` role (on someone else)? */
export const mayManageRole = (actor: Role, target: Role): boolean =>
  actor === 'admin' || (allows(actor, 'members:manage') && RANK[target] < RANK[actor]);

export const isRole = (x: unknown): x is Role => typeof x === 'string' && (ROLES as readonly string[]).includes(x);
