-- More banking data retrieved through links, stored like accounts/owners/transactions: the institution's
-- document (jsonb) plus the columns the list filters read, each indexed after the tenant, and a view that
-- renders the API object. Items that belong to another stored item (an account, an investment) keep its
-- server id and go with it.

-- Brazilian balances (BalanceOFDA): one per deposit account.
create table balances (
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
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references accounts (organization_id, id) on delete cascade
);
create index balances_list_idx on balances (organization_id, environment, created_at desc, id);
create index balances_link_list_idx on balances (organization_id, link_id, created_at desc, id);
create index balances_account_idx on balances (organization_id, account_id);
create index balances_collected_at_idx on balances (organization_id, link_id, collected_at);

-- Credit-card bills (Bill), each of one card account.
create table bills (
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
    due_date                date,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade,
    foreign key (organization_id, account_id) references accounts (organization_id, id) on delete cascade
);
create index bills_list_idx on bills (organization_id, environment, created_at desc, id);
create index bills_link_list_idx on bills (organization_id, link_id, due_date desc, id);
create index bills_account_idx on bills (organization_id, account_id, due_date desc);
create index bills_collected_at_idx on bills (organization_id, link_id, collected_at);
create index bills_created_at_idx on bills (organization_id, link_id, created_at);

-- Brazilian investments (InvestmentBrazil).
create table investments (
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
    type                    text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index investments_list_idx on investments (organization_id, environment, created_at desc, id);
create index investments_link_list_idx on investments (organization_id, link_id, created_at desc, id);
create index investments_type_idx on investments (organization_id, link_id, type);

-- Transactions of Brazilian investments (InvestmentTransactionBrazil), each of one investment.
create table investment_transactions (
    organization_id         uuid        not null,
    environment             text        not null,
    id                      uuid        not null,
    link_id                 uuid        not null,
    investment_id           uuid        not null,
    internal_identification text        not null,
    collected_at            timestamptz not null,
    created_at              timestamptz not null default now(),
    document                jsonb       not null,
    -- the API object as rendered when the row was written (see the *_items views): lists read it as is
    rendered                text,
    value_date              date,
    type                    text,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade,
    foreign key (organization_id, investment_id) references investments (organization_id, id) on delete cascade
);
create index investment_transactions_list_idx on investment_transactions (organization_id, environment, created_at desc, id);
create index investment_transactions_link_list_idx on investment_transactions (organization_id, link_id, value_date desc, id);
create index investment_transactions_investment_idx on investment_transactions (organization_id, investment_id);
create index investment_transactions_type_idx on investment_transactions (organization_id, link_id, type);
create index investment_transactions_created_at_idx on investment_transactions (organization_id, link_id, created_at);

-- Brazilian foreign-exchange operations (Exchange). The document keeps the operation's events under
-- "history" (served by /api/br/exchanges/{id}/history/), so a new retrieval replaces them with the exchange.
create table exchanges (
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
    operation_requested_at  timestamptz,
    primary key (organization_id, id),
    unique (organization_id, link_id, internal_identification),
    foreign key (organization_id, link_id) references links (organization_id, id) on delete cascade
);
create index exchanges_list_idx on exchanges (organization_id, environment, created_at desc, id);
create index exchanges_link_list_idx on exchanges (organization_id, link_id, operation_requested_at desc, id);
create index exchanges_collected_at_idx on exchanges (organization_id, link_id, collected_at);
create index exchanges_created_at_idx on exchanges (organization_id, link_id, created_at);

-- The API's objects, rendered by the database.
-- BalanceOFDA and InvestmentBrazil admit no other keys than theirs: the institution's identification stays
-- stored, and an investment carries no server fields but its id.
create view balance_items as
select b.*,
       (b.document - 'internal_identification') || jsonb_build_object(
           'id', b.id, 'link', b.link_id, 'account_id', b.account_id,
           'collected_at', b.collected_at, 'created_at', b.created_at) as body
from balances b;

create view bill_items as
select b.*,
       b.document || jsonb_build_object(
           'id', b.id,
           'account', (select ai.body from account_items ai where ai.organization_id = b.organization_id and ai.id = b.account_id),
           'collected_at', b.collected_at, 'created_at', b.created_at) as body
from bills b;

create view investment_items as
select i.*,
       (i.document - 'internal_identification') || jsonb_build_object('id', i.id) as body
from investments i;

create view investment_transaction_items as
select t.*,
       t.document || jsonb_build_object(
           'id', t.id, 'link', t.link_id, 'investment', i.body,
           'collected_at', t.collected_at, 'created_at', t.created_at) as body
from investment_transactions t
join investment_items i on i.organization_id = t.organization_id and i.id = t.investment_id;

-- The Exchange schema admits no other keys: the institution's identification and the events stay stored.
create view exchange_items as
select e.*,
       (e.document - 'internal_identification' - 'history') || jsonb_build_object(
           'id', e.id, 'link', e.link_id, 'collected_at', e.collected_at, 'created_at', e.created_at) as body
from exchanges e;

-- One row per event of an exchange (ExchangeHistory). An event's id derives from its exchange's id and its
-- sequence number, so it stays the same across retrievals.
create view exchange_history_items as
select e.organization_id, e.environment, e.link_id, e.id as exchange_id,
       h.event ->> 'event_sequence_number' as event_sequence_number,
       h.position,
       h.event || jsonb_build_object(
           'id', md5(e.id::text || '/' || coalesce(h.event ->> 'event_sequence_number', h.position::text))::uuid,
           'link', e.link_id, 'exchange_id', e.id,
           'collected_at', e.collected_at, 'created_at', e.created_at) as body
from exchanges e
cross join lateral jsonb_array_elements(coalesce(e.document -> 'history', '[]'::jsonb))
    with ordinality as h(event, position);
