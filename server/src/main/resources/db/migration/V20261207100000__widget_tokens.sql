-- Widget access tokens (POST /api/token/): what a customer's front end hands the hosted widget. Only a token's
-- SHA-256 is kept; the token itself is shown once, in the answer that creates it.
create table widget_tokens (
    token_hash          bytea       primary key,
    -- access: opens the widget and lets it create (or update) one link; refresh: trades for a new pair, once
    kind                text        not null check (kind in ('access', 'refresh')),
    -- the access and refresh tokens issued together
    grant_id            uuid        not null,
    organization_id     uuid        not null references organizations (id) on delete cascade,
    environment         text        not null check (environment in ('sandbox', 'production')),
    key_id              uuid        not null,
    scopes              text[]      not null,
    -- update mode: the link whose credentials the widget renews
    link_id             uuid,
    -- what the token was asked with: the widget's callbacks, branding, consent and theme, and the links it makes
    -- (fetch_resources, stale_in, credentials_storage, external_id)
    settings            jsonb       not null default '{}',
    expires_at          timestamptz not null,
    -- when it was spent: the access token by the link it made, the refresh token by its exchange
    used_at             timestamptz,
    created_at          timestamptz not null
);
create index widget_tokens_grant_idx on widget_tokens (grant_id);
-- expired tokens are purged
create index widget_tokens_expiry_idx on widget_tokens (expires_at);
