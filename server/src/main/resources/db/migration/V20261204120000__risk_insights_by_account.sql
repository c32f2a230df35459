-- Risk insights are filtered by account (account, account__in) among the accounts they analysed. The list read a
-- view resolving the document's account identifications on every query; the row now keeps the server ids,
-- resolved when it is written (as incomes do), and a GIN index serves both filters.

alter table risk_insights add column account_ids uuid[] not null default '{}';

update risk_insights r
set account_ids = array(select distinct a.id
                        from jsonb_array_elements_text(r.document -> 'accounts') as e(identification)
                        join accounts a on a.organization_id = r.organization_id and a.link_id = r.link_id
                                       and a.internal_identification = e.identification
                        order by a.id);

create index risk_insights_account_idx on risk_insights using gin (account_ids);

drop view risk_insights_list;
