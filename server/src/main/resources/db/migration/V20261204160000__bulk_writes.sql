-- Stored rows are written in bulk: COPY of the new rows and one UPDATE of the existing ones, each row's API object
-- rendered in Java (io.ponte.resources.Rendering) instead of by a function per table inside the upsert. Measured
-- in docs/benchmarks.md ("Issue 12: ingestion").

drop function accounts_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    owners_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    transactions_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    balances_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    bills_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    investments_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    investment_transactions_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    exchanges_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    invoices_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    tax_status_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    tax_compliance_status_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    tax_returns_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    cl_invoices_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    cl_tax_status_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    cl_debt_reports_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    br_employments_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    employment_records_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    current_employments_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    tax_retentions_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    financial_statements_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    incomes_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    recurring_expenses_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    risk_insights_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    employment_metrics_body(uuid, uuid, uuid, jsonb, uuid, timestamptz, timestamptz),
    ponte_rendered_account(uuid, uuid),
    ponte_stamped(jsonb, text, timestamptz);

-- A stored row (document plus rendered object, ~3 KB for a transaction with its account) is above PostgreSQL's
-- 2 KB default, so every write compressed it with pglz and every list page decompressed it again. Rows up to a
-- page now stay inline and uncompressed: larger on disk, cheaper to write and to read.
do $$
declare
    stored text;
begin
    foreach stored in array array['accounts', 'owners', 'transactions', 'balances', 'bills', 'investments',
        'investment_transactions', 'exchanges', 'invoices', 'tax_status', 'tax_compliance_status', 'tax_returns',
        'cl_invoices', 'cl_tax_status', 'cl_debt_reports', 'br_employments', 'employment_records',
        'current_employments', 'tax_retentions', 'financial_statements', 'incomes', 'recurring_expenses',
        'risk_insights', 'employment_metrics']
    loop
        execute format('alter table %I set (toast_tuple_target = 8160)', stored);
    end loop;
end
$$;

-- Transactions are listed per link only (the spec requires the link filter): the link's list index serves every
-- filter within one link, and each of these cost every written row an index update. Kept: the primary key, the
-- identity (upserts), the link's list, the account's (its cascade), collected_at (the retention purge).
drop index transactions_list_idx, transactions_accounting_date_idx, transactions_amount_idx,
    transactions_currency_idx, transactions_reference_idx, transactions_status_idx, transactions_type_idx,
    transactions_credit_card_data_bill_name_idx;
