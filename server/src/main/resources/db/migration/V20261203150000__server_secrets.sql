-- Secrets of the server itself, sealed with the credentials' encryption key ring (and re-encrypted with it when the
-- key rotates). The first: the key of the institution user id digest, which must outlive any encryption key.
create table server_secrets (
    name        text        primary key,
    value       bytea       not null,
    created_at  timestamptz not null default now()
);
