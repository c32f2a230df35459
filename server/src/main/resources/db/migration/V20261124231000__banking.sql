-- Banking data retrieved through links. Each table keeps the institution's document as it came (jsonb) plus
-- the columns its list filters need, each indexed after the tenant. Rows belong to a link and go with it.
-- (organization_id, link_id, internal_identification) is the institution's identity of a row: retrieving the
-- same data again updates rows instead of duplicating them.

create table accounts (
    organization_id            uuid        not null,
    environment                text        not null,
    id                         uuid        not null,
    link_id                    uuid        not null,
    internal_identification    text        not null,
    collected_at               timestamptz not null,
    created_at                 timestamptz not null default now(),
    document                   jsonb       not null,
    -- the API object as rendered when the row was written (see the *_items views): lists read it as is
    rendered                   text,
    category                   text,
    type                       text,
    currency                   text,
    name                       text,
    number                     text,
    public_identification_name  text,
    public_identification_value text,
    balance_current            numeric,
    balance_available          numeric,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index accounts_list_idx on accounts (organization_id, environment, created_at desc, id);
create index accounts_link_idx on accounts (organization_id, link_id);
create index accounts_category_idx on accounts (organization_id, category);
create index accounts_type_idx on accounts (organization_id, type);
create index accounts_currency_idx on accounts (organization_id, currency);
create index accounts_name_idx on accounts (organization_id, name);
create index accounts_number_idx on accounts (organization_id, number);
create index accounts_public_identification_idx on accounts (organization_id, public_identification_name, public_identification_value);
create index accounts_balance_current_idx on accounts (organization_id, balance_current);
create index accounts_balance_available_idx on accounts (organization_id, balance_available);

create table owners (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    -- the API object as rendered when the row was written (see the *_items views): lists read it as is
    rendered                text,
    email                   text,
    display_name            text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index owners_list_idx on owners (organization_id, environment, created_at desc, id);
create index owners_link_idx on owners (organization_id, link_id);
create index owners_email_idx on owners (organization_id, email);
create index owners_display_name_idx on owners (organization_id, display_name);

create table transactions (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    account_id              uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    -- the API object as rendered when the row was written (see the *_items views): lists read it as is
    rendered                text,
    value_date              date,
    accounting_date         timestamptz,
    amount                  numeric,
    currency                text,
    reference               text,
    status                  text,
    type                    text,
    bill_name               text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references accounts (organization_id, id) on delete cascade
);
-- the list is read per link, newest first
create index transactions_link_list_idx on transactions (organization_id, link_id, value_date desc, id);
create index transactions_list_idx on transactions (organization_id, environment, created_at desc, id);
create index transactions_account_idx on transactions (organization_id, account_id, value_date desc);
create index transactions_accounting_date_idx on transactions (organization_id, link_id, accounting_date);
create index transactions_amount_idx on transactions (organization_id, link_id, amount);
create index transactions_collected_at_idx on transactions (organization_id, link_id, collected_at);
create index transactions_currency_idx on transactions (organization_id, link_id, currency);
create index transactions_reference_idx on transactions (organization_id, link_id, reference);
create index transactions_status_idx on transactions (organization_id, link_id, status);
create index transactions_type_idx on transactions (organization_id, link_id, type);
create index transactions_bill_name_idx on transactions (organization_id, link_id, bill_name);

-- The API's objects, rendered once by the database: stored document + server fields + referenced objects.
-- stamps an object-valued key of a document with the collection time (credit_data, loan_data and
-- credit_card_data carry their own collected_at in the spec); other values pass through
create function ponte_stamped(document jsonb, key text, collected_at timestamptz) returns jsonb
language sql immutable as $$
    select case when jsonb_typeof(document -> key) = 'object'
                then jsonb_build_object(key, (document -> key) || jsonb_build_object('collected_at', collected_at))
                else '{}'::jsonb end
$$;

create view account_items as
select a.*, l.institution,
       a.document || jsonb_build_object(
           'id', a.id, 'link', a.link_id, 'collected_at', a.collected_at, 'created_at', a.created_at,
           'last_accessed_at', l.last_accessed_at,
           'institution', jsonb_build_object('name', l.institution, 'type', i.type))
       || ponte_stamped(a.document, 'credit_data', a.collected_at)
       || ponte_stamped(a.document, 'loan_data', a.collected_at) as body
from accounts a
join links l on l.organization_id = a.organization_id and l.id = a.link_id
join institutions i on i.id = l.institution_id;

create view owner_items as
select o.*,
       o.document || jsonb_build_object(
           'id', o.id, 'link', o.link_id, 'collected_at', o.collected_at, 'created_at', o.created_at) as body
from owners o;

-- Lists read the rendered text and filter on the account's columns: the account object itself (through
-- account_items, which joins the link and institution) is only built when a row is rendered at write time.
create view transaction_items as
select t.*, a.balance_current as account_balance_current, a.balance_available as account_balance_available,
       a.type as account_type,
       t.document || jsonb_build_object(
           'id', t.id,
           'account', (select ai.body from account_items ai where ai.organization_id = t.organization_id and ai.id = t.account_id),
           'collected_at', t.collected_at, 'created_at', t.created_at)
       || ponte_stamped(t.document, 'credit_card_data', t.collected_at) as body
from transactions t
join accounts a on a.organization_id = t.organization_id and a.id = t.account_id;
