-- Sandbox payment institution catalogue (GET /payments/br/institutions/): fictitious Brazilian payer banks,
-- named after imaginary places of Brazilian letters (Pasárgada, Pindorama, Sucupira, Asa Branca), in the
-- <place>_br_<segment> style of the aggregation sandbox. Flyway repeatable migration, re-applied whenever this
-- file changes: every row is an upsert keyed on id; ids are stable and must never be reused. ISPB codes are
-- fictitious (9xxxxxxx). Logos are empty strings until Ponte serves institution artwork: the spec requires a
-- string there, not null. Production has no payment institution until a real connector exists.

insert into payment_institutions (
    id, environment, name, code, active, institution_type, display_name, legal_entity_name, website,
    logo, icon_logo, text_logo, primary_color, country, sort_priority, description
)
values
    ('6b9fe058-e69f-492c-9aa8-ac266887f322', 'sandbox', 'pasargada_br_retail', '90000101', true, 'INDIVIDUAL',
     'Banco Pasárgada', 'Banco Pasárgada S.A.', 'https://www.pasargada.com.br', '', '', '', '#1b5e9e', 'BRA', 1,
     'Sandbox payer bank for people: every payment from it is authorised.'),
    ('5ef0c707-0484-4fc1-9291-bb30ba3e053f', 'sandbox', 'pasargada_br_business', '90000101', true, 'BUSINESS',
     'Banco Pasárgada Empresas', 'Banco Pasárgada S.A.', 'https://www.pasargada.com.br/empresas', '', '', '',
     '#1b5e9e', 'BRA', 2, 'Sandbox payer bank for companies: every payment from it is authorised.'),
    ('efccae45-bbda-4e25-af30-520f1f7b00ee', 'sandbox', 'pindorama_br_retail', '90000202', true, 'INDIVIDUAL',
     'Pindorama Pagamentos', 'Pindorama Instituição de Pagamento S.A.', 'https://www.pindorama.com.br', '', '', '',
     '#2e8b57', 'BRA', 3, 'Sandbox payment institution (a digital account) for people.'),
    ('739b641a-d3af-4f0e-862d-01e91d694c88', 'sandbox', 'pindorama_br_business', '90000202', true, 'BUSINESS',
     'Pindorama Pagamentos Empresas', 'Pindorama Instituição de Pagamento S.A.',
     'https://www.pindorama.com.br/empresas', '', '', '', '#2e8b57', 'BRA', 4,
     'Sandbox payment institution (a digital account) for companies.'),
    ('88ddb4d0-14a5-4083-bdca-7619f58d5f44', 'sandbox', 'asabranca_br_retail', '90000303', true, 'INDIVIDUAL',
     'Cooperativa Asa Branca', 'Cooperativa de Crédito Asa Branca', 'https://www.asabranca.coop.br', '', '', '',
     '#c0392b', 'BRA', 5, 'Sandbox credit union for people.'),
    ('9fb29e89-95d6-4238-9d22-009b0f35376d', 'sandbox', 'sucupira_br_retail', '90000404', false, 'INDIVIDUAL',
     'Caixa Sucupira', 'Caixa Econômica de Sucupira', 'https://www.sucupira.com.br', '', '', '', '#f39c12', 'BRA', 6,
     'Sandbox bank that is switched off: listed as inactive, and no account can be registered at it.')
on conflict (id) do update set
    environment = excluded.environment,
    name = excluded.name,
    code = excluded.code,
    active = excluded.active,
    institution_type = excluded.institution_type,
    display_name = excluded.display_name,
    legal_entity_name = excluded.legal_entity_name,
    website = excluded.website,
    logo = excluded.logo,
    icon_logo = excluded.icon_logo,
    text_logo = excluded.text_logo,
    primary_color = excluded.primary_color,
    country = excluded.country,
    sort_priority = excluded.sort_priority,
    description = excluded.description,
    updated_at = now();
