-- Rate limits (io.ponte.api.RateLimits): one Bucket4j token bucket per limited subject (an organization, an API
-- key, a client address), shared by every instance. Bucket4j's PostgreSQL proxy manager locks a bucket's row with
-- select ... for update, runs the bucket's arithmetic in the JVM, and writes the serialized state back.
--
-- Unlogged: every API request updates a row here, and a transaction that writes only unlogged tables commits
-- without waiting for a WAL flush. A crash of PostgreSQL empties the table, which only gives every client a fresh
-- budget; a standby does not have the table's rows either, for the same reason.
-- Fill factor 70: room on each page for the next version of a row, so an update stays a heap-only (HOT) update;
-- no index on expires_at for the same reason (it changes on every write), the purge scans the table instead.
create unlogged table rate_limit_buckets (
    -- policy, its quota and window, and subject, e.g. key:3000:60:<uuid>: changing a limit starts new buckets
    id          text   primary key,
    -- Bucket4j's serialized state; null for a moment while a new bucket is being created
    state       bytea,
    -- epoch milliseconds after which the bucket is full again and may be deleted (RateLimits purges them)
    expires_at  bigint
) with (fillfactor = 70);
