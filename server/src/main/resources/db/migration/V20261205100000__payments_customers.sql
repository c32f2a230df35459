-- Brazil payments, part 1: the payer institutions, customers and bank accounts of /payments/br/.

-- The payment institution catalogue (the spec's paymentInstitutionBR). Global like the aggregation catalogue,
-- per environment, but a table of its own: payment institutions are named by UUID, typed INDIVIDUAL/BUSINESS
-- and carry an ISPB code and a sort priority, where aggregation institutions have integer ids, a connector and
-- a login form. Rows come from R__sandbox_payment_institutions.sql.
create table payment_institutions (
    id                uuid        primary key,
    environment       text        not null check (environment in ('sandbox', 'production')),
    name              text        not null unique check (name ~ '^[a-z_]{1,40}$'),
    -- the ISPB code (8 digits)
    code              text        check (code ~ '^[0-9]{8}$'),
    active            boolean     not null,
    institution_type  text        not null check (institution_type in ('INDIVIDUAL', 'BUSINESS')),
    display_name      text        not null,
    legal_entity_name text,
    website           text        not null,
    logo              text        not null,
    icon_logo         text        not null,
    text_logo         text        not null,
    primary_color     text        not null,
    country           text        not null default 'BRA',
    sort_priority     integer     not null,
    description       text,
    updated_at        timestamptz not null default now()
);
-- The list's order and its institution_type filter; name (partial) and id__in read this small catalogue by it.
create index payment_institutions_list_idx on payment_institutions (environment, sort_priority, name);
create index payment_institutions_type_idx on payment_institutions (environment, institution_type);

-- Customers: the payers of an organization, per environment. resource_version is the API version the customer
-- was created with (absent header: V1; Payments-BR.V2: V2); each version lists only its own (ResourceVersion).
create table payment_customers (
    organization_id  uuid        not null references organizations (id) on delete cascade,
    environment      text        not null check (environment in ('sandbox', 'production')),
    id               uuid        not null,
    resource_version text        not null check (resource_version in ('V1', 'V2')),
    customer_type    text        not null check (customer_type in ('INDIVIDUAL', 'BUSINESS')),
    identifier_type  text        not null check (identifier_type in ('CPF', 'CNPJ')),
    -- digits only, check digits verified
    identifier       text        not null,
    name             text,
    external_id      uuid,
    email            text,
    phone            text,
    address          text,
    created_by       uuid        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    -- what search matches, in one column: name, identifier (bare and as printed: 529.982.247-25,
    -- 11.222.333/0001-81) and external id
    search_text      text        generated always as (coalesce(name, '') || ' ' || identifier || ' '
        || case when length(identifier) = 11
                then substr(identifier, 1, 3) || '.' || substr(identifier, 4, 3) || '.' || substr(identifier, 7, 3)
                     || '-' || substr(identifier, 10, 2)
                else substr(identifier, 1, 2) || '.' || substr(identifier, 3, 3) || '.' || substr(identifier, 6, 3)
                     || '/' || substr(identifier, 9, 4) || '-' || substr(identifier, 13, 2) end
        || ' ' || coalesce(external_id::text, '')) stored,
    primary key (organization_id, id),
    check ((customer_type = 'INDIVIDUAL' and identifier_type = 'CPF' and identifier ~ '^[0-9]{11}$')
        or (customer_type = 'BUSINESS' and identifier_type = 'CNPJ' and identifier ~ '^[0-9]{14}$'))
);
-- One index per filter of GET /payments/br/customers/, each led by the tenant and the version every list reads.
-- The list (and created_at, id__in): by creation time.
create index payment_customers_list_idx
    on payment_customers (organization_id, environment, resource_version, created_at desc, id);
create index payment_customers_type_idx
    on payment_customers (organization_id, environment, resource_version, customer_type, created_at desc);
create index payment_customers_external_id_idx
    on payment_customers (organization_id, environment, resource_version, external_id);
-- one customer per identifier ("This customer is already registered"); a V1 individual bank account finds its
-- customer by CPF
create unique index payment_customers_identifier_idx
    on payment_customers (organization_id, environment, resource_version, identifier);

-- Bank accounts: a payer's (INDIVIDUAL, a customer's) or the organization's own (BUSINESS, the beneficiary).
create table payment_bank_accounts (
    organization_id        uuid        not null references organizations (id) on delete cascade,
    environment            text        not null check (environment in ('sandbox', 'production')),
    id                     uuid        not null,
    resource_version       text        not null check (resource_version in ('V1', 'V2')),
    institution_id         uuid        references payment_institutions (id),
    -- the institution's name, which the list's institution filter takes
    institution            text,
    customer_id            uuid,
    holder_type            text        not null check (holder_type in ('INDIVIDUAL', 'BUSINESS')),
    holder_identifier_type text        not null check (holder_identifier_type in ('CPF', 'CNPJ')),
    holder_identifier      text        not null,
    -- a business's name (V1), any holder's name (V2)
    holder_name            text,
    -- a person's names (V1)
    holder_first_name      text,
    holder_last_name       text,
    account_type           text        not null check (account_type in ('CHECKINGS', 'SAVINGS', 'SALARY', 'PAYMENTS')),
    agency                 text        not null check (agency ~ '^[0-9]{1,4}$'),
    number                 text        not null check (number ~ '^[0-9]{1,20}$'),
    external_id            uuid,
    metadata               jsonb       not null default '{}',
    active                 boolean     not null default true,
    created_by             uuid        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, customer_id) references payment_customers (organization_id, id),
    check ((holder_type = 'INDIVIDUAL' and holder_identifier_type = 'CPF' and holder_identifier ~ '^[0-9]{11}$')
        or (holder_type = 'BUSINESS' and holder_identifier_type = 'CNPJ' and holder_identifier ~ '^[0-9]{14}$'))
);
-- One index per filter of GET /payments/br/bank-accounts/, each led by the tenant and the version.
create index payment_bank_accounts_list_idx
    on payment_bank_accounts (organization_id, environment, resource_version, created_at desc, id);
create index payment_bank_accounts_number_idx
    on payment_bank_accounts (organization_id, environment, resource_version, number);
create index payment_bank_accounts_customer_idx
    on payment_bank_accounts (organization_id, customer_id);
create index payment_bank_accounts_external_id_idx
    on payment_bank_accounts (organization_id, environment, resource_version, external_id);
create index payment_bank_accounts_institution_idx
    on payment_bank_accounts (organization_id, environment, resource_version, institution);
create index payment_bank_accounts_holder_type_idx
    on payment_bank_accounts (organization_id, environment, resource_version, holder_type, created_at desc);

-- search matches any part of the name, identifier or external id: a trigram index serves that. pg_trgm ships with
-- PostgreSQL's contrib (the embedded server and Debian's packages have it) and is a trusted extension the
-- database owner may create; where it is missing, search reads the tenant's customers by the list index instead.
do $$
begin
    create extension if not exists pg_trgm;
    create index payment_customers_search_idx on payment_customers using gin (search_text gin_trgm_ops);
exception when others then
    raise notice 'pg_trgm is not available (%): customer search runs without its index', sqlerrm;
end
$$;
