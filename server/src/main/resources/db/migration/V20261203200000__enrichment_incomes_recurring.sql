-- Enrichment Ponte computes from what a link stores: one Income object per link (its streams inside) and one
-- row per recurring expense, belonging to its account. Lists filter on link, link__in, id and created_at
-- (recurring expenses also on account); each table renders its API object once, when the row is written.

create table incomes (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index incomes_list_idx on incomes (organization_id, environment, created_at desc, id);
create index incomes_link_list_idx on incomes (organization_id, link_id, created_at desc, id);

-- A stream names its account by the institution's identification; the API gives the account's Ponte id.
create function incomes_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                             collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'created_at', created,
               'income_streams', coalesce((
                   select jsonb_agg(s || jsonb_build_object('account_id', coalesce(
                              (select a.id::text from accounts a
                               where a.organization_id = organization and a.link_id = link
                                 and a.internal_identification = s->>'account_id'), s->>'account_id'))
                          order by n)
                   from jsonb_array_elements(document->'income_streams') with ordinality as e(s, n)), '[]'::jsonb))
$$;

create table recurring_expenses (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    account_id              uuid        not null,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references accounts (organization_id, id) on delete cascade
);
create index recurring_expenses_list_idx on recurring_expenses (organization_id, environment, created_at desc, id);
create index recurring_expenses_link_list_idx on recurring_expenses (organization_id, link_id, created_at desc, id);
create index recurring_expenses_account_idx on recurring_expenses (organization_id, account_id);

create function recurring_expenses_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                        collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'account', ponte_rendered_account(organization, referenced))
$$;
