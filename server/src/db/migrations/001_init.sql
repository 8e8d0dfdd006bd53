-- The team's data: people and access, the complaint log, its change history, the audit log.
-- Times are milliseconds since 1970 taken from the database's clock (never a client's).

create function now_ms() returns int8 language sql volatile
  as $$ select (extract(epoch from clock_timestamp()) * 1000)::int8 $$;

-- Rows nobody may rewrite: the change history and the audit log are append-only.
create function forbid_rewrite() returns trigger language plpgsql
  as $$ begin raise exception 'append-only table %', tg_table_name; end $$;

create table organisation (
  id int primary key default 1 check (id = 1),
  name text not null,
  created_at int8 not null default now_ms(),
  setup_code_hash text,
  setup_expires_at int8
);

create table users (
  id bigserial primary key,
  username text not null unique,
  display_name text not null default '',
  password_hash text not null,
  org_admin boolean not null default false,
  disabled_at int8,
  failed_logins int not null default 0,
  locked_until int8,
  created_at int8 not null default now_ms()
);

create table offices (
  id bigserial primary key,
  name text not null unique,
  created_at int8 not null default now_ms()
);

create table memberships (
  office_id int8 not null references offices,
  user_id int8 not null references users,
  role text not null check (role in ('admin', 'supervisor', 'agent', 'viewer')),
  granted_by int8 references users,
  granted_at int8 not null default now_ms(),
  primary key (office_id, user_id)
);

create table invites (
  id bigserial primary key,
  code_hash text not null unique,
  office_id int8 not null references offices,
  role text not null check (role in ('admin', 'supervisor', 'agent', 'viewer')),
  created_by int8 not null references users,
  created_at int8 not null default now_ms(),
  expires_at int8 not null,
  used_by int8 references users,
  used_at int8,
  revoked_at int8
);

create table sessions (
  id text primary key,
  secret_hash text not null,
  user_id int8 not null references users,
  created_at int8 not null default now_ms(),
  expires_at int8 not null,
  revoked_at int8
);
create index sessions_user on sessions (user_id);

-- Change numbers: taken while the office's row is locked, so within an office they commit in
-- order and a pull "after change N" never skips one that commits later.
create sequence change_seq;

create table complaints (
  id bigserial primary key,
  office_id int8 not null references offices,
  post_key text not null,
  site text not null,
  post jsonb not null,
  analysis jsonb not null,
  status text not null,
  priority text not null,
  category text not null,
  notes jsonb not null default '[]',
  tags jsonb not null default '[]',
  assignee int8 references users,
  deleted boolean not null default false,
  created_by int8 not null references users,
  created_at int8 not null default now_ms(),
  day text not null,
  updated_at int8 not null default now_ms(),
  last_seq int8 not null,
  unique (office_id, post_key)
);

-- Everyone who logged the post, first one first.
create table complaint_loggers (
  complaint_id int8 not null references complaints,
  user_id int8 not null references users,
  logged_at int8 not null default now_ms(),
  primary key (complaint_id, user_id)
);

create table changes (
  seq int8 primary key,
  office_id int8 not null references offices,
  complaint_id int8 not null references complaints,
  user_id int8 not null references users,
  at int8 not null default now_ms(),
  field text not null,
  from_value jsonb,
  to_value jsonb,
  change_key text not null
);
create index changes_office_seq on changes (office_id, seq);
create index changes_complaint on changes (complaint_id, seq);
create trigger changes_append_only before update or delete on changes
  for each row execute function forbid_rewrite();

-- Idempotency: a change key seen once is answered from here, never applied again.
create table applied_keys (
  office_id int8 not null references offices,
  change_key text not null,
  user_id int8 not null references users,
  result jsonb not null,
  at int8 not null default now_ms(),
  primary key (office_id, change_key)
);

create table audit_log (
  id bigserial primary key,
  at int8 not null default now_ms(),
  actor int8 references users,
  actor_name text,
  office_id int8 references offices,
  action text not null,
  target text,
  detail jsonb,
  ip text
);
create index audit_office on audit_log (office_id, id);
create trigger audit_append_only before update or delete on audit_log
  for each row execute function forbid_rewrite();
