-- Employment data: Brazil's INSS employments (EmploymentBrazil), Mexico's IMSS employment records
-- (EmploymentRecord, one report per person) and current employment (CurrentEmployment). Each row's API object is
-- rendered by <table>_body when it is written (see V20261125090000__render_once.sql).

create table br_employments (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    rendered                text,
    start_date              date,
    end_date                date,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index br_employments_list_idx on br_employments (organization_id, environment, start_date desc, id);
create index br_employments_link_list_idx on br_employments (organization_id, link_id, start_date desc, id);
create index br_employments_end_date_idx on br_employments (organization_id, link_id, end_date);
create index br_employments_created_at_idx on br_employments (organization_id, link_id, created_at);

create table employment_records (
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
create index employment_records_list_idx on employment_records (organization_id, environment, created_at desc, id);
create index employment_records_link_list_idx on employment_records (organization_id, link_id, created_at desc, id);
create index employment_records_identification_idx on employment_records (organization_id, internal_identification);
create index employment_records_collected_at_idx on employment_records (organization_id, link_id, collected_at);

create table current_employments (
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
create index current_employments_list_idx on current_employments (organization_id, environment, created_at desc, id);
create index current_employments_link_list_idx on current_employments (organization_id, link_id, created_at desc, id);
create index current_employments_collected_at_idx on current_employments (organization_id, link_id, collected_at);

-- EmploymentBrazil admits no other keys: the institution's identification (CNPJ and start) stays stored.
create function br_employments_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                    collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;

create function employment_records_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                        collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select document
           || jsonb_build_object('id', item, 'link', link, 'collected_at', collected, 'created_at', created)
           || jsonb_build_object('employment_records', coalesce((
                  select jsonb_agg(r || jsonb_build_object('collected_at', collected) order by n)
                  from jsonb_array_elements(document -> 'employment_records') with ordinality as e(r, n)), '[]'::jsonb))
$$;

-- An UNEMPLOYED report names no one: the CURP that keys the row is shown only with an employment.
create function current_employments_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                         collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select document
           || jsonb_build_object('id', item, 'link', link, 'collected_at', collected, 'created_at', created)
           || case when document ->> 'status' = 'UNEMPLOYED'
                   then jsonb_build_object('internal_identification', null, 'month', null)
                   else '{}'::jsonb end
$$;
