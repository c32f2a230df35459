-- Brazil payments, part 2: payment intents, their status history, charges, payment transactions, and the
-- sandbox payer banks' ledger.

-- A payment intent: what a customer (the payer) is asked to pay, to whom, through which payer institution.
-- Money is numeric(17, 2): exact, two places, never a binary float.
create table payment_intents (
    organization_id             uuid          not null references organizations (id) on delete cascade,
    environment                 text          not null check (environment in ('sandbox', 'production')),
    id                          uuid          not null,
    customer_id                 uuid          not null,
    -- the payer's kind, from the customer: INDIVIDUAL (CPF) or BUSINESS (CNPJ, which also names a person's CPF)
    payer_type                  text          not null check (payer_type in ('INDIVIDUAL', 'BUSINESS')),
    external_id                 uuid,
    amount                      numeric(17, 2) not null check (amount >= 0.01),
    currency                    text          not null default 'BRL' check (currency = 'BRL'),
    description                 text          not null,
    statement_description       text,
    -- who is paid: one of the organization's bank accounts, named directly or through a Pix key
    beneficiary_kind            text          not null check (beneficiary_kind in ('bank_account', 'pix_key')),
    beneficiary_bank_account_id uuid          not null,
    pix_key                     text,
    payer_institution_id        uuid          references payment_institutions (id),
    -- the CPF of the person acting for a business payer (digits)
    payer_cpf                   text          check (payer_cpf ~ '^[0-9]{11}$'),
    callback_url                text          not null,
    schedule_date               date,
    status                      text          not null check (status in ('REQUIRES_PAYMENT_METHOD', 'REQUIRES_ACTION',
                                                                         'PROCESSING', 'SUCCEEDED', 'FAILED')),
    confirmed_at                timestamptz,
    -- the payer bank's consent: the token of its approval page, and when (by the organization's clock) it lapses
    consent_token               text          unique,
    consent_expires_at          timestamptz,
    -- the payer's answer on that page: approved or rejected
    payer_decision              text          check (payer_decision in ('approved', 'rejected')),
    failure_code                text,
    failure_message             text,
    provider_request_id         text,
    end_to_end_id               text,
    settlement_date             date,
    metadata                    jsonb         not null default '{}',
    created_by                  uuid          not null,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    primary key (organization_id, id),
    foreign key (organization_id, customer_id) references payment_customers (organization_id, id),
    foreign key (organization_id, beneficiary_bank_account_id) references payment_bank_accounts (organization_id, id)
);
-- One index per filter of GET /payments/br/payment-intents/, each led by the tenant (the list's order first).
create index payment_intents_list_idx on payment_intents (organization_id, environment, created_at desc, id);
create index payment_intents_updated_idx on payment_intents (organization_id, environment, updated_at, id);
create index payment_intents_amount_idx on payment_intents (organization_id, environment, amount);
create index payment_intents_customer_idx on payment_intents (organization_id, customer_id);
create index payment_intents_external_id_idx on payment_intents (organization_id, environment, external_id);
create index payment_intents_status_idx on payment_intents (organization_id, environment, status, created_at desc);
-- the consents and settlements the clock sweep looks for
create index payment_intents_consent_due_idx on payment_intents (consent_expires_at)
    where status = 'REQUIRES_ACTION' and consent_expires_at is not null;

-- Every status an intent took, in order: written with the change, never updated (a trigger refuses).
create table payment_intent_history (
    organization_id   uuid        not null,
    payment_intent_id uuid        not null,
    sequence          integer     not null check (sequence >= 1),
    from_status       text,
    to_status         text        not null,
    -- why: created, payment_method_selected, confirmed, payer_approved, payer_rejected, settled, failed, canceled
    reason            text        not null,
    failure_code      text,
    at                timestamptz not null,
    primary key (organization_id, payment_intent_id, sequence),
    foreign key (organization_id, payment_intent_id) references payment_intents (organization_id, id)
        on delete cascade
);

create function payment_intent_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'payment_intent_history is append-only: rows are never updated';
end
$$;
create trigger payment_intent_history_append_only before update on payment_intent_history
    for each row execute function payment_intent_history_is_append_only();

-- A charge: one attempt to move an intent's money (Belvo's ChargeBrazil).
create table payment_charges (
    organization_id             uuid          not null references organizations (id) on delete cascade,
    environment                 text          not null check (environment in ('sandbox', 'production')),
    id                          uuid          not null,
    payment_intent_id           uuid          not null,
    customer_id                 uuid          not null,
    status                      text          not null check (status in ('CANCELED', 'PENDING', 'SCHEDULED',
                                                                         'SUCCEEDED', 'FAILED', 'PARTIAL')),
    amount                      numeric(17, 2) not null check (amount >= 0.01),
    -- when the payer approved, the charge runs at this time by the organization's clock
    execute_at                  timestamptz,
    payer_account_type          text,
    payer_account_agency        text,
    payer_account_number        text,
    failure_code                text,
    failure_message             text,
    created_by                  uuid          not null,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    primary key (organization_id, id),
    foreign key (organization_id, payment_intent_id) references payment_intents (organization_id, id)
);
create index payment_charges_list_idx on payment_charges (organization_id, environment, created_at desc, id);
create index payment_charges_intent_idx on payment_charges (organization_id, payment_intent_id, created_at desc);
create index payment_charges_amount_idx on payment_charges (organization_id, environment, amount);
create index payment_charges_status_idx on payment_charges (organization_id, environment, status, created_at desc);
create index payment_charges_due_idx on payment_charges (execute_at)
    where status in ('PENDING', 'SCHEDULED') and execute_at is not null;

-- Money that moved: the INFLOW to the organization's account for each charge that succeeded.
create table payment_transactions (
    organization_id   uuid          not null references organizations (id) on delete cascade,
    environment       text          not null check (environment in ('sandbox', 'production')),
    id                uuid          not null,
    charge_id         uuid          not null,
    payment_intent_id uuid          not null,
    customer_id       uuid          not null,
    amount            numeric(17, 2) not null check (amount >= 0.01),
    currency          text          not null default 'BRL' check (currency = 'BRL'),
    description       text          not null,
    transaction_type  text          not null check (transaction_type in ('INFLOW', 'OUTFLOW')),
    beneficiary_id    uuid          not null,
    payer_id          uuid,
    created_by        uuid          not null,
    created_at        timestamptz   not null,
    primary key (organization_id, id),
    -- a charge moves money once
    unique (organization_id, charge_id, transaction_type),
    foreign key (organization_id, charge_id) references payment_charges (organization_id, id)
);
create index payment_transactions_list_idx
    on payment_transactions (organization_id, environment, created_at desc, id);
create index payment_transactions_intent_idx on payment_transactions (organization_id, payment_intent_id);
create index payment_transactions_customer_idx on payment_transactions (organization_id, customer_id);
create index payment_transactions_beneficiary_idx on payment_transactions (organization_id, beneficiary_id);
create index payment_transactions_payer_idx on payment_transactions (organization_id, payer_id);
create index payment_transactions_amount_idx on payment_transactions (organization_id, environment, amount);
create index payment_transactions_description_idx
    on payment_transactions (organization_id, environment, description);

-- The sandbox payer banks' own books: what they debited, keyed by the charge, as a real bank keys a Pix order by
-- its end-to-end id. Written in a transaction of its own before Ponte records the outcome, so a crash between the
-- two finds the debit here and does not debit again.
create table sandbox_payer_debits (
    organization_id uuid           not null references organizations (id) on delete cascade,
    charge_id       uuid           not null,
    end_to_end_id   text           not null unique,
    amount          numeric(17, 2) not null,
    outcome         text           not null check (outcome in ('debited', 'refused', 'timed_out')),
    reason          text,
    debited_at      timestamptz    not null,
    primary key (organization_id, charge_id)
);

-- A charge as the API shows it: what it owes to its intent (description, payment method, outcome identifiers) read
-- beside it. A left join on the intent's key, so a count of charges reads only payment_charges.
create view payment_charges_view as
select c.*, i.description, i.statement_description, i.metadata, i.beneficiary_kind, i.beneficiary_bank_account_id,
       i.pix_key, i.payer_institution_id, i.schedule_date, i.provider_request_id, i.end_to_end_id, i.settlement_date,
       i.consent_token
from payment_charges c
left join payment_intents i on i.organization_id = c.organization_id and i.id = c.payment_intent_id;

-- the sandbox's Pix key directory: a CPF or CNPJ key is the holder of one of the organization's accounts
create index payment_bank_accounts_holder_idx
    on payment_bank_accounts (organization_id, environment, resource_version, holder_identifier, created_at desc);
