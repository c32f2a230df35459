-- Chilean fiscal data (SII) retrieved through links, stored like the banking resources: the institution's
-- document (jsonb), the columns the list filters read (link, id, created_at), each indexed after the tenant, and
-- a function per table rendering the API object once, when the row is written.

-- Electronic tax documents (DTE) a taxpayer issued (OUTFLOW) or received (INFLOW).
create table cl_invoices (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    issue_date              date,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index cl_invoices_list_idx on cl_invoices (organization_id, environment, issue_date desc, id);
create index cl_invoices_link_list_idx on cl_invoices (organization_id, link_id, issue_date desc, id);
create index cl_invoices_created_at_idx on cl_invoices (organization_id, environment, created_at);
create index cl_invoices_collected_at_idx on cl_invoices (organization_id, link_id, collected_at);

-- The taxpayer's registration at the SII (one per link).
create table cl_tax_status (
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
create index cl_tax_status_list_idx on cl_tax_status (organization_id, environment, created_at desc, id);
create index cl_tax_status_link_list_idx on cl_tax_status (organization_id, link_id, created_at desc, id);
create index cl_tax_status_collected_at_idx on cl_tax_status (organization_id, link_id, collected_at);

-- The taxpayer's debts with the financial system, as the CMF reports them (one report per link and day).
create table cl_debt_reports (
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
create index cl_debt_reports_list_idx on cl_debt_reports (organization_id, environment, created_at desc, id);
create index cl_debt_reports_link_list_idx on cl_debt_reports (organization_id, link_id, created_at desc, id);
create index cl_debt_reports_collected_at_idx on cl_debt_reports (organization_id, link_id, collected_at);

-- The institution's identification stays stored; the objects carry the server fields.
create function cl_invoices_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                 collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;

create function cl_tax_status_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                   collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;

create function cl_debt_reports_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                     collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;
