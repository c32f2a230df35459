-- Mexico's fiscal resources: CFDIs (InvoiceWithIdSat), the constancia de situación fiscal (TaxStatusSat) and the
-- opinión de cumplimiento (TaxComplianceStatus). Filter columns are named after their filters.

create table invoices (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    invoice_date            date,
    invoice_identification  text,
    status                  text,
    type                    text,
    total_amount            numeric,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index invoices_list_idx on invoices (organization_id, environment, invoice_date desc, id);
create index invoices_link_list_idx on invoices (organization_id, link_id, invoice_date desc, id);
create index invoices_created_at_idx on invoices (organization_id, link_id, created_at);
create index invoices_identification_idx on invoices (organization_id, invoice_identification);
create index invoices_status_idx on invoices (organization_id, link_id, status);
create index invoices_type_idx on invoices (organization_id, link_id, type, invoice_date desc);
create index invoices_total_amount_idx on invoices (organization_id, link_id, total_amount);

create function invoices_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                              collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
           || ponte_stamped(document, 'payroll', collected)
           || jsonb_build_object('invoice_details', coalesce(
                  (select jsonb_agg(d || jsonb_build_object('collected_at', collected) order by n)
                   from jsonb_array_elements(document -> 'invoice_details') with ordinality as t(d, n)),
                  '[]'::jsonb))
$$;

create table tax_status (
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
create index tax_status_list_idx on tax_status (organization_id, environment, created_at desc, id);
create index tax_status_link_list_idx on tax_status (organization_id, link_id, created_at desc, id);

create function tax_status_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;

-- TaxComplianceStatus has no link field; its internal_identification is part of the schema.
create table tax_compliance_status (
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
create index tax_compliance_status_list_idx on tax_compliance_status (organization_id, environment, created_at desc, id);
create index tax_compliance_status_link_list_idx on tax_compliance_status (organization_id, link_id, created_at desc, id);

create function tax_compliance_status_body(organization uuid, link uuid, item uuid, document jsonb,
                                           referenced uuid, collected timestamptz, created timestamptz)
returns jsonb
language sql stable as $$
    select document || jsonb_build_object('id', item, 'collected_at', collected, 'created_at', created)
$$;

-- Tax returns: yearly (TaxReturnPersonal) and monthly (TaxReturnPersonalMonthly), filtered by the year
-- (informacion_general.ejercicio) and the declaration type.
create table tax_returns (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    ejercicio               bigint,
    tipo_declaracion        text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index tax_returns_list_idx on tax_returns (organization_id, environment, created_at desc, id);
create index tax_returns_link_list_idx on tax_returns (organization_id, link_id, created_at desc, id);
create index tax_returns_ejercicio_idx on tax_returns (organization_id, link_id, ejercicio);
create index tax_returns_tipo_declaracion_idx on tax_returns (organization_id, link_id, tipo_declaracion);

-- TaxReturnPersonalMonthly has no link field.
create function tax_returns_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                 collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'collected_at', collected, 'created_at', created)
           || case when document ? 'type' then '{}'::jsonb else jsonb_build_object('link', link) end
$$;
