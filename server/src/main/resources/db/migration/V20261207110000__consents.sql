-- Open Finance Brasil data consents (GET /api/consents/): what an end user granted an organization at an Open
-- Finance institution through the hosted widget, tied to the link it made.
create table consents (
    organization_id      uuid        not null references organizations (id) on delete cascade,
    environment          text        not null check (environment in ('sandbox', 'production')),
    id                   uuid        not null,
    link_id              uuid        not null,
    institution          text        not null,
    -- the CPF of the person who granted it (digits)
    document_number      text        not null check (document_number ~ '^[0-9]{11}$'),
    -- the name the institution holds, and the one the widget token gave
    display_name         text,
    user_name            text,
    -- permission codes by group (ACCOUNTS, CREDIT_CARDS, ...), as Open Finance Brasil names them
    permissions          jsonb       not null,
    status               text        not null check (status in ('AUTHORISED', 'AWAITING_AUTHORISATION_CONFIRMATION',
                                                                'AWAITING_AUTHORISATION', 'REJECTED', 'EXPIRED')),
    consent_duration     integer     check (consent_duration in (92, 183, 275, 366)),
    -- by the organization's clock; null for a consent without expiry
    expired_at           timestamptz,
    -- when the about-to-expire webhook went out, and when the user revoked it
    expiry_announced_at  timestamptz,
    revoked_at           timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
-- the list's one filter (user_document), in its order
create index consents_document_idx on consents (organization_id, environment, document_number, created_at desc, id);
create index consents_link_idx on consents (organization_id, link_id);
-- the sweep's: authorised consents by expiry
create index consents_expiry_idx on consents (expired_at) where status = 'AUTHORISED' and expired_at is not null;
