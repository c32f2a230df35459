-- The institution catalogue. Global (not tenant-owned): every organization sees the institutions
-- of its key's environment. Sandbox institutions are served by the sandbox connector; production
-- ones by real connectors.

create table institutions (
    id                      integer     primary key,
    name                    text        not null unique,
    environment             text        not null check (environment in ('sandbox', 'production')),
    connector               text        not null,
    type                    text        not null check (type in ('bank', 'fiscal', 'employment')),
    display_name            text        not null,
    website                 text,
    country_codes           text[]      not null,
    primary_color           text        not null,
    logo                    text,
    icon_logo               text,
    text_logo               text,
    form_fields             jsonb       not null default '[]',
    features                jsonb       not null default '[]',
    resources               text[]      not null,
    integration_type        text        not null check (integration_type in ('credentials', 'openfinance')),
    status                  text        not null check (status in ('healthy', 'down')),
    openbanking_information jsonb,
    updated_at              timestamptz not null default now()
);

-- One index per filter of GET /api/institutions/, each led by the environment every query filters on.
create index institutions_environment_display_name_idx on institutions (environment, display_name);
create index institutions_environment_type_idx on institutions (environment, type);
create index institutions_environment_status_idx on institutions (environment, status);
create index institutions_environment_website_idx on institutions (environment, website);
create index institutions_country_codes_idx on institutions using gin (country_codes);
create index institutions_resources_idx on institutions using gin (resources);
