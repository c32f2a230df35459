-- Mexico's last two fiscal resources: CFDIs de retenciones e información de pagos (TaxRetentions) and the yearly
-- financial statements (FinancialStatement). Lists filter on link, link__in and created_at (statements also on
-- id, the primary key); each filter has an index after the tenant, and each table a function rendering the API
-- object once, when the row is written.

create table tax_retentions (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    issued_at               timestamptz,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index tax_retentions_list_idx on tax_retentions (organization_id, environment, issued_at desc, id);
create index tax_retentions_link_list_idx on tax_retentions (organization_id, link_id, issued_at desc, id);
create index tax_retentions_created_at_idx on tax_retentions (organization_id, environment, created_at);

create function tax_retentions_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                    collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;

-- One statement per fiscal year (year is the schema's four-digit string, kept to order the list).
create table financial_statements (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    year                    text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index financial_statements_list_idx on financial_statements (organization_id, environment, year desc, id);
create index financial_statements_link_list_idx on financial_statements (organization_id, link_id, year desc, id);
create index financial_statements_created_at_idx on financial_statements (organization_id, environment, created_at);

create function financial_statements_body(organization uuid, link uuid, item uuid, document jsonb,
                                          referenced uuid, collected timestamptz, created timestamptz)
returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;
