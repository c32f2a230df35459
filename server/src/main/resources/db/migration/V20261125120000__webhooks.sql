-- Webhook endpoints: where an organization's events go, per environment (Belvo configures these in its
-- dashboard; Ponte has an API for them).
create table webhook_endpoints (
    organization_id      uuid        not null references organizations (id) on delete cascade,
    id                   uuid        not null,
    environment          text        not null check (environment in ('sandbox', 'production')),
    url                  text        not null,
    description          text,
    enabled              boolean     not null,
    -- null: every type
    webhook_types        text[],
    -- AES-GCM ciphertexts: the Authorization value sent with each callback, and the signing secrets
    authorization_value  bytea,
    secret               bytea       not null,
    -- during a rotation the old secret signs too, until it expires
    previous_secret      bytea,
    previous_expires_at  timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    primary key (organization_id, id)
);
create index webhook_endpoints_list_idx on webhook_endpoints (organization_id, environment, created_at desc, id);

-- The outbox: one row per event and endpoint, written in the transaction of the change it reports. Its id is
-- the Standard Webhooks webhook-id (stable across attempts) and, without dashes, the payload's webhook_id.
create table webhook_events (
    organization_id  uuid        not null,
    id               uuid        not null,
    environment      text        not null,
    endpoint_id      uuid        not null,
    link_id          uuid,
    webhook_type     text        not null,
    webhook_code     text        not null,
    request_id       text,
    -- the exact body sent and signed, fixed when the event was written
    payload          text        not null,
    status           text        not null check (status in ('pending', 'delivered', 'dead')),
    attempts         integer     not null default 0,
    -- failed attempts since the event was last (re)delivered: what the back-off counts
    failures         integer     not null default 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, endpoint_id) references webhook_endpoints (organization_id, id) on delete cascade
);
-- one index per filter of GET /api/webhook-events/, each led by the tenant
create index webhook_events_list_idx on webhook_events (organization_id, environment, created_at desc, id);
create index webhook_events_link_idx on webhook_events (organization_id, link_id, created_at desc);
create index webhook_events_type_idx on webhook_events (organization_id, webhook_type, webhook_code);
create index webhook_events_status_idx on webhook_events (organization_id, status, created_at);
create index webhook_events_endpoint_idx on webhook_events (organization_id, endpoint_id, created_at);

-- Every delivery attempt: when, how it went, how long it took.
create table webhook_attempts (
    organization_id  uuid        not null,
    event_id         uuid        not null,
    number           integer     not null,
    attempted_at     timestamptz not null,
    status_code      integer,
    latency_ms       integer     not null,
    error            text,
    primary key (organization_id, event_id, number),
    foreign key (organization_id, event_id) references webhook_events (organization_id, id) on delete cascade
);

-- What GET /api/webhook-events/ shows: each event with its attempts, read in the same statement.
create view webhook_event_items as
select e.organization_id, e.environment, e.id, e.endpoint_id, e.link_id, e.webhook_type, e.webhook_code,
       e.request_id, e.status, e.created_at, e.delivered_at, e.next_attempt_at, e.payload,
       (select coalesce(json_agg(json_build_object('number', a.number, 'attempted_at', a.attempted_at,
                                                   'status_code', a.status_code, 'latency_ms', a.latency_ms,
                                                   'error', a.error) order by a.number), '[]'::json)::text
        from webhook_attempts a
        where a.organization_id = e.organization_id and a.event_id = e.id) as attempts
from webhook_events e;
