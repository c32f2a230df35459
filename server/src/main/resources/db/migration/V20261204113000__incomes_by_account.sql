-- The spec filters incomes by account (account, account__in): an Income holds streams on several accounts, so each
-- row keeps the server ids of the accounts its streams name, resolved when the row is written, and a GIN index
-- finds the rows whose array contains (account=) or overlaps (account__in=) the ids asked for.

alter table incomes add column account_ids uuid[] not null default '{}';

update incomes i
set account_ids = array(select distinct a.id
                        from jsonb_array_elements(i.document -> 'income_streams') as e(item)
                        join accounts a on a.organization_id = i.organization_id and a.link_id = i.link_id
                                       and a.internal_identification = e.item ->> 'account_id'
                        order by a.id);

create index incomes_account_idx on incomes using gin (account_ids);
