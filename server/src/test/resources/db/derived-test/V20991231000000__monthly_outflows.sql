-- A resource derived from stored transactions, declared only by DerivedResourceTests: what an account spent
-- each month. It shows what an enrichment resource costs: this table and a declaration.
create table test_monthly_outflows (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    account_id              uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    month                   text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references accounts (organization_id, id) on delete cascade
);
create index test_monthly_outflows_list_idx on test_monthly_outflows (organization_id, link_id, month desc, id);
