-- Each stored row's API object is rendered once, by the statement that writes it, through a function per table:
-- <table>_body(organization, link, id, document, referenced id, collected_at, created_at). The *_items views
-- rendered it in a second statement after the write; the list reads the rendered text either way.
-- Filter columns are named after their filters (credit_card_data__bill_name reads credit_card_data_bill_name).

drop view transaction_items, bill_items, account_items, owner_items, balance_items,
    investment_transaction_items, investment_items, exchange_items;

alter table transactions rename column bill_name to credit_card_data_bill_name;
alter index transactions_bill_name_idx rename to transactions_credit_card_data_bill_name_idx;

-- The stored, rendered object of a referenced row, nested as it was when that row was written.
create function ponte_rendered_account(organization uuid, account uuid) returns jsonb
language sql stable as $$
    select rendered::jsonb from accounts where organization_id = organization and id = account
$$;

create function accounts_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                              collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select document || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created,
               'last_accessed_at', l.last_accessed_at,
               'institution', jsonb_build_object('name', l.institution, 'type', i.type))
           || ponte_stamped(document, 'credit_data', collected)
           || ponte_stamped(document, 'loan_data', collected)
    from links l
    join institutions i on i.id = l.institution_id
    where l.organization_id = organization and l.id = link
$$;

create function owners_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                            collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select document || jsonb_build_object('id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;

create function transactions_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                  collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select document || jsonb_build_object(
               'id', item, 'account', ponte_rendered_account(organization, referenced),
               'collected_at', collected, 'created_at', created)
           || ponte_stamped(document, 'credit_card_data', collected)
$$;

-- BalanceOFDA and InvestmentBrazil admit no other keys than theirs: the institution's identification stays
-- stored, and an investment carries no server fields but its id.
create function balances_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                              collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object(
               'id', item, 'link', link, 'account_id', referenced, 'collected_at', collected, 'created_at', created)
$$;

create function bills_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                           collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select document || jsonb_build_object(
               'id', item, 'account', ponte_rendered_account(organization, referenced),
               'collected_at', collected, 'created_at', created)
$$;

create function investments_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                                 collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification') || jsonb_build_object('id', item)
$$;

create function investment_transactions_body(organization uuid, link uuid, item uuid, document jsonb,
                                             referenced uuid, collected timestamptz, created timestamptz)
returns jsonb
language sql stable as $$
    select document || jsonb_build_object(
               'id', item, 'link', link,
               'investment', (select rendered::jsonb from investments
                              where organization_id = organization and id = referenced),
               'collected_at', collected, 'created_at', created)
$$;

-- The Exchange schema admits no other keys: the institution's identification and the events stay stored.
create function exchanges_body(organization uuid, link uuid, item uuid, document jsonb, referenced uuid,
                               collected timestamptz, created timestamptz) returns jsonb
language sql stable as $$
    select (document - 'internal_identification' - 'history') || jsonb_build_object(
               'id', item, 'link', link, 'collected_at', collected, 'created_at', created)
$$;

-- What the lists filter on beyond a table's own columns: an account's institution, a transaction's account.
create view accounts_list as
select a.*, l.institution
from accounts a
join links l on l.organization_id = a.organization_id and l.id = a.link_id;

create view transactions_list as
select t.*, a.balance_current as account_balance_current, a.balance_available as account_balance_available,
       a.type as account_type
from transactions t
join accounts a on a.organization_id = t.organization_id and a.id = t.account_id;
