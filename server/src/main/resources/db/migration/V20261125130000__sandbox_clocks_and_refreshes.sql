-- A sandbox organization's clock: how far ahead of real time its sandbox banks are (never behind). Production
-- has no clock: its time is the real one.
create table sandbox_clocks (
    organization_id uuid        primary key references organizations (id) on delete cascade,
    offset_ms       bigint      not null check (offset_ms >= 0),
    updated_at      timestamptz not null
);

-- When a recurrent link refreshes next, and as of when it last loaded data, both in the time of its
-- organization's clock (real time in production); null for single links.
alter table links add column next_refresh_at timestamptz;
alter table links add column last_refresh_as_of timestamptz;
update links set last_refresh_as_of = coalesce(last_refreshed_at, created_at),
                 next_refresh_at = coalesce(last_refreshed_at, created_at) + interval '7 days'
where access_mode = 'recurrent';
create index links_due_refresh_idx on links (next_refresh_at) where access_mode = 'recurrent' and status = 'valid';
