-- Risk insights (RiskInsights): one item per link, derived by Ponte from the link's stored accounts and
-- transactions. The document names accounts by the institution's identification; the body shows their server ids.

create table risk_insights (
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
create index risk_insights_list_idx on risk_insights (organization_id, environment, created_at desc, id);
create index risk_insights_link_list_idx on risk_insights (organization_id, link_id, created_at desc, id);

create function risk_insights_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                   collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification')
           || jsonb_build_object('id', item, 'link', link, 'created_at', created,
                  'accounts', coalesce((
                      select jsonb_agg(a.id order by n)
                      from jsonb_array_elements_text(document -> 'accounts') with ordinality as e(identification, n)
                      join accounts a on a.organization_id = organization and a.link_id = link
                                     and a.internal_identification = e.identification), '[]'::jsonb))
$$;

-- The list reads this view: the spec filters risk insights by account (server id) among the accounts analysed.
create view risk_insights_list as
select r.*,
       array(select a.id
             from jsonb_array_elements_text(r.document -> 'accounts') as e(identification)
             join accounts a on a.organization_id = r.organization_id and a.link_id = r.link_id
                            and a.internal_identification = e.identification) as account_ids
from risk_insights r;

-- Employment metrics (EmploymentMetric): derived by Ponte from the link's stored IMSS employment report, one item
-- per link and reference date; updated_at is when they were last computed.
create table employment_metrics (
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
create index employment_metrics_list_idx on employment_metrics (organization_id, environment, created_at desc, id);
create index employment_metrics_link_list_idx on employment_metrics (organization_id, link_id, created_at desc, id);

create function employment_metrics_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                        collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification')
           || jsonb_build_object('id', item, 'link', link, 'collected_at', collected, 'created_at', created,
                                 'updated_at', collected)
$$;
