-- One database call per request. A push is applied by one function inside the database,
-- instead of five or six statements per change sent one by one from the server; a pull page
-- is written as JSON by one function; a request's session and role are read by one function.
-- Under load every round trip is a wait for the CPU, and on PGlite every statement is work on
-- the server's only thread; PL/pgSQL also keeps the plans of its statements for the life of
-- the connection, so they are not planned again on every request. The rules are the same as
-- before (see docs/team-api.md):
--
-- Conflict rule: changes are applied in server order (the office's row is locked for the whole
-- push, and each change takes the next change number), so when two people set one field the
-- later server order wins, and both changes stay in the history with what they changed from
-- and to. Notes only append, and loggers only add, so nothing of either is lost.
--
-- Idempotency: a change key seen before (a retry after a lost answer, or the same key twice in
-- one batch) is answered with its first answer, marked duplicate, and changes nothing.

-- Everyone who logged the post, kept on the complaint as well as in complaint_loggers (which
-- stays the record that makes "once per person" hold): a pull reads one column instead of
-- running a query per complaint.
alter table complaints add column loggers jsonb not null default '[]';
update complaints c set loggers = coalesce((
  select jsonb_agg(jsonb_build_object('username', u.username, 'at', l.logged_at) order by l.logged_at)
    from complaint_loggers l join users u on u.id = l.user_id where l.complaint_id = c.id), '[]');

-- A complaint as the API shows it (a ComplaintView), for pulls and for one complaint's page.
create view complaint_json as
select c.id, c.office_id, c.post_key,
       json_build_object('postKey', c.post_key, 'site', c.site, 'post', c.post, 'analysis', c.analysis,
         'status', c.status, 'priority', c.priority, 'category', c.category, 'notes', c.notes, 'tags', c.tags,
         'assignee', a.username, 'deleted', c.deleted, 'createdBy', cb.username, 'loggers', c.loggers,
         'createdAt', c.created_at, 'day', c.day, 'updatedAt', c.updated_at, 'lastSeq', c.last_seq) as doc
  from complaints c left join users a on a.id = c.assignee join users cb on cb.id = c.created_by;

-- A page of an office's changes after a cursor, as JSON text (a PullPage): the changes in server
-- order, the current state of every complaint they touch, the next cursor, and whether more wait.
create function simak_pull(p_office int8, p_since int8, p_limit int8) returns text language plpgsql stable as $$
declare
  page text;
begin
  with more as (
    select seq, complaint_id, field, from_value, to_value, user_id, at, change_key
      from changes where office_id = p_office and seq > p_since order by seq limit p_limit + 1
  ), shown as (select * from more order by seq limit p_limit)
  select json_build_object(
    'changes', coalesce((
      select json_agg(json_build_object('seq', s.seq, 'postKey', c.post_key, 'field', s.field, 'from', s.from_value,
                                        'to', s.to_value, 'by', u.username, 'at', s.at, 'key', s.change_key) order by s.seq)
        from shown s join complaints c on c.id = s.complaint_id join users u on u.id = s.user_id), '[]'),
    'complaints', coalesce((
      select json_agg(j.doc order by j.id) from complaint_json j
       where j.office_id = p_office and j.id in (select complaint_id from shown)), '[]'),
    'cursor', coalesce((select max(seq) from shown), p_since),
    'more', (select count(*) from more) > p_limit
  )::text into page;
  return page;
end $$;

-- A bearer token's session (by its id; the server compares the secret) and the caller's role
-- in one office: an organisation admin is admin in every office that exists.
create function simak_access(p_session text, p_office int8)
  returns table (secret_hash text, expires_at int8, live boolean, user_id int8, username text, org_admin boolean,
                 role text)
  language plpgsql stable as $$
begin
  return query
  select s.secret_hash, s.expires_at, (s.revoked_at is null and s.expires_at > now_ms() and u.disabled_at is null),
         u.id, u.username, u.org_admin,
         case when u.org_admin then (select 'admin'::text from offices o where o.id = p_office)
              else (select m.role from memberships m where m.office_id = p_office and m.user_id = u.id) end
    from sessions s join users u on u.id = s.user_id where s.id = p_session;
end $$;

-- One row of history, and the complaint's last change number; returns the change number.
create function simak_record(p_office int8, p_user int8, p_complaint int8, p_field text, p_from jsonb, p_to jsonb,
                             p_key text) returns int8 language plpgsql as $$
declare
  s int8;
begin
  insert into changes (seq, office_id, complaint_id, user_id, field, from_value, to_value, change_key)
    values (nextval('change_seq'), p_office, p_complaint, p_user, p_field, coalesce(p_from, 'null'), coalesce(p_to, 'null'),
            p_key)
    returning seq into s;
  update complaints set last_seq = s, updated_at = now_ms() where id = p_complaint;
  return s;
end $$;

-- One validated change (the server checked its shape with the extension's schemas). `p_manage`
-- says whether the pusher's role may move others' work and delete (supervisor and above).
create function simak_apply_change(p_office int8, p_user int8, p_username text, p_manage boolean, c jsonb)
  returns jsonb language plpgsql as $$
declare
  k text := c->>'key';
  op text := c->>'op';
  val text := c->>'value';
  v jsonb := c->'value';
  cur record;
  target int8;
  prev jsonb;
  logger constant jsonb := jsonb_build_array(jsonb_build_object('username', p_username, 'at', now_ms()));
  applied constant jsonb := jsonb_build_object('key', c->>'key', 'status', 'applied');
  unchanged constant jsonb := jsonb_build_object('key', c->>'key', 'status', 'unchanged');
begin
  select cm.id, cm.status, cm.priority, cm.category, cm.tags, cm.assignee, u.username as assignee_name, cm.deleted
    into cur
    from complaints cm left join users u on u.id = cm.assignee
   where cm.office_id = p_office and cm.post_key = case when op = 'log' then c->'post'->>'key' else c->>'postKey' end;

  if op = 'log' then
    if cur.id is not null then
      -- The same post logged again by someone else: one complaint, one more logger.
      insert into complaint_loggers (complaint_id, user_id, logged_at) values (cur.id, p_user, (logger->0->>'at')::int8)
        on conflict do nothing;
      if not found then return unchanged; end if;
      update complaints set loggers = loggers || logger where id = cur.id;
      return applied || jsonb_build_object('seq',
        simak_record(p_office, p_user, cur.id, 'logged', null, to_jsonb(p_username), k));
    end if;
    insert into complaints (office_id, post_key, site, post, analysis, status, priority, category, notes, tags,
                            loggers, created_by, day, last_seq)
      values (p_office, c->'post'->>'key', c->'post'->>'site', c->'post', c->'analysis', coalesce(c->>'status', 'new'),
              coalesce(c->>'priority', 'normal'), coalesce(c->>'category', ''), coalesce(c->'notes', '[]'),
              coalesce(c->'tags', '[]'), logger, p_user, coalesce(c->>'day', to_char(now() at time zone 'utc', 'YYYY-MM-DD')), 0)
      returning id into target;
    insert into complaint_loggers (complaint_id, user_id, logged_at) values (target, p_user, (logger->0->>'at')::int8);
    return applied || jsonb_build_object('seq', simak_record(p_office, p_user, target, 'created', null,
      jsonb_build_object('status', coalesce(c->>'status', 'new'), 'priority', coalesce(c->>'priority', 'normal'),
                         'category', coalesce(c->>'category', '')), k));
  end if;

  if cur.id is null then
    return jsonb_build_object('key', k, 'status', 'rejected', 'reason', 'not-found');
  end if;

  if op = 'note' then
    update complaints set notes = notes || jsonb_build_array(val) where id = cur.id;
    return applied || jsonb_build_object('seq', simak_record(p_office, p_user, cur.id, 'note', null, v, k));
  end if;

  if op = 'assign' then
    if val is not null then
      select u.id into target from users u join memberships m on m.user_id = u.id
       where u.username = val and m.office_id = p_office and m.role <> 'viewer' and u.disabled_at is null;
      if target is null then
        return jsonb_build_object('key', k, 'status', 'rejected', 'reason', 'unknown-member');
      end if;
    end if;
    -- Taking a complaint (or letting go of one's own) is an agent's; moving others' work is a supervisor's.
    if not ((target is null or target = p_user) and (cur.assignee is null or cur.assignee = p_user)) and not p_manage then
      return jsonb_build_object('key', k, 'status', 'rejected', 'reason', 'forbidden');
    end if;
    if target is not distinct from cur.assignee then return unchanged; end if;
    update complaints set assignee = target where id = cur.id;
    return applied || jsonb_build_object('seq',
      simak_record(p_office, p_user, cur.id, 'assignee', to_jsonb(cur.assignee_name), v, k));
  end if;

  if op = 'delete' then
    if not p_manage then
      return jsonb_build_object('key', k, 'status', 'rejected', 'reason', 'forbidden');
    end if;
    if val::boolean = cur.deleted then return unchanged; end if;
    update complaints set deleted = val::boolean where id = cur.id;
    return applied || jsonb_build_object('seq',
      simak_record(p_office, p_user, cur.id, 'deleted', to_jsonb(cur.deleted), v, k));
  end if;

  if op in ('status', 'priority', 'category', 'tags') then
    prev := case op when 'status' then to_jsonb(cur.status) when 'priority' then to_jsonb(cur.priority)
                    when 'category' then to_jsonb(cur.category) else cur.tags end;
    if prev = v then return unchanged; end if;
    update complaints set
        status = case when op = 'status' then val else status end,
        priority = case when op = 'priority' then val else priority end,
        category = case when op = 'category' then val else category end,
        tags = case when op = 'tags' then v else tags end
      where id = cur.id;
    return applied || jsonb_build_object('seq', simak_record(p_office, p_user, cur.id, op, prev, v, k));
  end if;

  raise exception 'unknown change op %', op;
end $$;

-- A whole push: the office locked (so its change numbers follow every earlier commit in it),
-- earlier answers read in one go, each change applied in order and its answer kept.
create function simak_push(p_office int8, p_user int8, p_username text, p_manage boolean, p_changes jsonb)
  returns jsonb language plpgsql as $$
declare
  c jsonb;
  r jsonb;
  answers jsonb;
  results jsonb := '[]';
begin
  perform 1 from offices where id = p_office for update;
  select coalesce(jsonb_object_agg(change_key, result), '{}') into answers
    from applied_keys
   where office_id = p_office and change_key in (select e->>'key' from jsonb_array_elements(p_changes) e);
  for c in select e from jsonb_array_elements(p_changes) e loop
    r := answers -> (c->>'key');
    if r is not null then
      results := results || jsonb_build_array(r || '{"duplicate": true}');
      continue;
    end if;
    r := simak_apply_change(p_office, p_user, p_username, p_manage, c);
    insert into applied_keys (office_id, change_key, user_id, result) values (p_office, c->>'key', p_user, r);
    answers := answers || jsonb_build_object(c->>'key', r);
    results := results || jsonb_build_array(r);
  end loop;
  return results;
end $$;
