-- A sandbox bank declared only by TransactionReversalTests: the sandbox's end users, served by a connector that
-- withholds the transactions the test names, as a bank drops a reversed card authorization.
insert into institutions (
    id, name, environment, connector, type, display_name, website,
    country_codes, primary_color, logo, icon_logo, text_logo,
    form_fields, features, resources, integration_type, status, openbanking_information
)
values
    (99001, 'reversing_br_retail', 'sandbox', 'reversing', 'bank', 'Reversing Bank Brazil', 'https://reversing.example',
     array['BR'], '#000000', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuário", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "bnk100", "validation_message": "Requer entre 1 e 16 caracteres"},
       {"name": "password", "type": "password", "label": "Senha", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "full", "validation_message": "Requer entre 1 e 16 caracteres"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null);
