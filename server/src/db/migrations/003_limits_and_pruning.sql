-- Sign-in limits shared by every server process, and old idempotency keys pruned by age.

-- Sign-in attempts per route and caller address, in windows that start at a bucket's first
-- attempt. In the database rather than in memory, so several server processes behind a load
-- balancer count one allowance together instead of one each.
create table login_limits (
  bucket text primary key,
  window_start int8 not null,
  hits int not null
);

-- Pruning applied_keys by age reads this index, not the whole table.
create index applied_keys_at on applied_keys (at);
