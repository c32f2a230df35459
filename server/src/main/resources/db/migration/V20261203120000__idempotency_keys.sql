-- Idempotency keys: a POST sent with a Belvo-Idempotency-Key claims the key here before it runs, and leaves its
-- answer here when it settles, so a repeat on any instance replays that answer instead of running again.
-- The primary key decides between concurrent duplicates: the first insert wins, the others see its row.
create table idempotency_keys (
    organization_id   uuid        not null references organizations (id) on delete cascade,
    environment       text        not null check (environment in ('sandbox', 'production')),
    idempotency_key   text        not null check (length(idempotency_key) between 1 and 255),
    -- SHA-256 of method, path, query string and body: a repeat must be the same request
    request_hash      bytea       not null,
    state             text        not null check (state in ('processing', 'answered')),
    -- the attempt holding the key (a random id), and until when; past it, another attempt may take the key
    -- over (the instance running it died)
    owner             uuid        not null,
    locked_until      timestamptz not null,
    created_at        timestamptz not null,
    -- the row is kept (and replayed) until then, and deleted afterwards
    expires_at        timestamptz not null,
    -- the answer, once there is one: status, Content-Type, the X-Request-Id of the request that ran, and the
    -- body, AES-GCM-encrypted like every secret at rest (an answer may show a secret once)
    response_status        integer,
    response_content_type  text,
    response_request_id    text,
    response_body          bytea,
    primary key (organization_id, environment, idempotency_key),
    check (state = 'processing' or (response_status is not null and response_body is not null))
);
-- the hourly purge of expired keys
create index idempotency_keys_expiry_idx on idempotency_keys (expires_at);
