-- Transactions stored before Ponte categorized them have no category; the backfill (CategoryBackfill) finds their
-- links through this index. Categorized rows fall out of it as they are written, so it stays empty once done, and
-- new writes (always categorized) never enter it.
create index transactions_uncategorized_idx on transactions (organization_id, link_id)
    where coalesce(document -> 'category', 'null'::jsonb) = 'null'::jsonb;
