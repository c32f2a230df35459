-- Tenants and their API keys.
-- organization_id leads every tenant-owned primary key and index: it is the distribution key
-- if the database is ever sharded (e.g. Citus).

create table organizations (
    id          uuid        primary key,
    name        text        not null,
    created_at  timestamptz not null default now()
);

create table api_keys (
    organization_id uuid        not null references organizations (id) on delete cascade,
    id              uuid        not null,
    secret_id       text        not null,
    -- bcrypt hash of the secret password; the password itself is never stored
    secret_hash     text        not null,
    environment     text        not null check (environment in ('sandbox', 'production')),
    description     text,
    created_at      timestamptz not null default now(),
    revoked_at      timestamptz,
    primary key (organization_id, id)
);

-- Basic auth looks a key up by its secret id alone, before the organization is known.
create unique index api_keys_secret_id_idx on api_keys (secret_id);
