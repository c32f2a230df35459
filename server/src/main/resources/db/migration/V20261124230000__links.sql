-- Links: an end user's credentials at an institution, owned by an organization, in one environment.
create table links (
    organization_id       uuid        not null references organizations (id) on delete cascade,
    id                    uuid        not null,
    environment           text        not null check (environment in ('sandbox', 'production')),
    institution_id        integer     not null references institutions (id),
    institution           text        not null,
    access_mode           text        not null check (access_mode in ('single', 'recurrent')),
    status                text        not null check (status in ('valid', 'invalid', 'unconfirmed', 'token_required')),
    external_id           text,
    institution_user_id   text        not null,
    created_by            uuid        not null,
    refresh_rate          text,
    credentials_storage   text        not null,
    fetch_resources       text[]      not null,
    stale_in              text        not null,
    -- AES-GCM ciphertext of the credentials; null when not stored ('nostore') or past their retention
    credentials           bytea,
    credentials_expire_at timestamptz,
    created_at            timestamptz not null default now(),
    last_accessed_at      timestamptz,
    last_refreshed_at     timestamptz,
    primary key (organization_id, id)
);

-- One index per filter of GET /api/links/, each led by the tenant.
create index links_list_idx on links (organization_id, environment, created_at desc, id);
create index links_institution_idx on links (organization_id, institution);
create index links_external_id_idx on links (organization_id, external_id);
create index links_institution_user_id_idx on links (organization_id, institution_user_id);
create index links_status_idx on links (organization_id, status);
create index links_access_mode_idx on links (organization_id, access_mode);
create index links_refresh_rate_idx on links (organization_id, refresh_rate);
create index links_created_by_idx on links (organization_id, created_by);

-- Pending MFA challenges. In the database so any server instance can resume them; they hold the credentials
-- (encrypted) only until they expire.
create table mfa_sessions (
    organization_id uuid        not null,
    id              text        not null,
    link_id         uuid        not null,
    purpose         text        not null,
    challenge       jsonb       not null,
    credentials     bytea       not null,
    request         jsonb       not null default '{}',
    expires_at      timestamptz not null,
    created_at      timestamptz not null default now(),
    primary key (organization_id, id),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);

create index mfa_sessions_expires_idx on mfa_sessions (expires_at);
