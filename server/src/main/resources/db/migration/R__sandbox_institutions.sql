-- Sandbox institution catalogue: the fictitious institutions served by the sandbox connector.
-- Flyway repeatable migration: it is re-applied whenever this file changes, so every row is an
-- upsert keyed on id. Edit a row here and restart to update it; ids are stable and must never be reused.
-- JSON shapes follow the Belvo spec schemas InstitutionsFormField (name, type, label, validation,
-- placeholder, validation_message; values only on select fields), InstitutionsFeature and
-- InstitutionOpenBankingInformation. An optional field (the MFA token) is one whose validation
-- accepts the empty string. Logos are null until Ponte serves institution artwork.

insert into institutions (
    id, name, environment, connector, type, display_name, website,
    country_codes, primary_color, logo, icon_logo, text_logo,
    form_fields, features, resources, integration_type, status, openbanking_information
)
values
    -- gringotts_mx_retail (1001): bank, no MFA
    (1001, 'gringotts_mx_retail', 'sandbox', 'sandbox', 'bank', 'Gringotts Mexico', 'https://www.gringotts.mx',
     array['MX'], '#b8860b', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuario", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: bnk100", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "password", "type": "password", "label": "Contraseña", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: full", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'INCOMES', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- gringotts_br_retail (1002): bank, no MFA
    (1002, 'gringotts_br_retail', 'sandbox', 'sandbox', 'bank', 'Gringotts Brazil', 'https://www.gringotts.com.br',
     array['BR'], '#b8860b', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuário", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: bnk100", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "password", "type": "password", "label": "Senha", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: full", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'BILLS', 'EXCHANGES', 'INCOMES', 'INVESTMENTS', 'INVESTMENT_TRANSACTIONS', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- erebor_mx_retail (1003): bank, no MFA
    (1003, 'erebor_mx_retail', 'sandbox', 'sandbox', 'bank', 'Erebor Mexico', 'https://www.erebor.mx',
     array['MX'], '#056dae', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuario", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: bnk100", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "password", "type": "password", "label": "Contraseña", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: full", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'INCOMES', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- erebor_br_retail (1006): bank, no MFA
    (1006, 'erebor_br_retail', 'sandbox', 'sandbox', 'bank', 'Erebor Brazil', 'https://www.erebor.com.br',
     array['BR'], '#056dae', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuário", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: bnk100", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "password", "type": "password", "label": "Senha", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: full", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'BILLS', 'EXCHANGES', 'INCOMES', 'INVESTMENTS', 'INVESTMENT_TRANSACTIONS', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- gotham_mx_business (1011): business bank, MFA (token_required, optional token field)
    (1011, 'gotham_mx_business', 'sandbox', 'sandbox', 'bank', 'Gotham Business Bank Mexico', 'https://www.gothambusiness.mx',
     array['MX'], '#2b2d42', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuario", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: mfa_default", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "password", "type": "password", "label": "Contraseña", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: pass_valid", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "token", "type": "number", "label": "Token", "validation": "^([0-9]{6})?$", "placeholder": "Ej: 111111", "validation_message": "El token debe tener 6 dígitos; déjalo vacío si el banco aún no lo pidió"}
     ]'::jsonb,
     '[
       {"name": "token_required", "description": "The institution may require a token during link creation or login"}
     ]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'INCOMES', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- gotham_br_business (1012): business bank, MFA (token_required, optional token field)
    (1012, 'gotham_br_business', 'sandbox', 'sandbox', 'bank', 'Gotham Business Bank Brazil', 'https://www.gothambusiness.com.br',
     array['BR'], '#2b2d42', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuário", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: mfa_default", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "password", "type": "password", "label": "Senha", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: pass_valid", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "token", "type": "number", "label": "Token", "validation": "^([0-9]{6})?$", "placeholder": "Ex.: 111111", "validation_message": "O token deve ter 6 dígitos; deixe em branco se o banco ainda não o pediu"}
     ]'::jsonb,
     '[
       {"name": "token_required", "description": "The institution may require a token during link creation or login"}
     ]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'BILLS', 'EXCHANGES', 'INCOMES', 'INVESTMENTS', 'INVESTMENT_TRANSACTIONS', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- tatooine_mx_retail (1013): fiscal MX (SAT-style), RFC + CIEC
    (1013, 'tatooine_mx_retail', 'sandbox', 'sandbox', 'fiscal', 'Tatooine Fiscal', 'https://www.tatooine.mx',
     array['MX'], '#d9a441', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "RFC", "validation": "^([A-ZÑ&]{3,4}[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[A-Z0-9]{2}[0-9A]|fiscal10[0-2])$", "placeholder": "Ej: PEGJ800101AB1", "validation_message": "El RFC debe tener 12 o 13 caracteres con formato válido"},
       {"name": "password", "type": "password", "label": "Contraseña (CIEC)", "validation": "^([a-zA-Z0-9]{8}|full|nodata|low)$", "placeholder": "Ej: abc12345", "validation_message": "La CIEC debe tener 8 caracteres (letras y números)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['FINANCIAL_STATEMENTS', 'INVOICES', 'TAX_COMPLIANCE_STATUS', 'TAX_RETENTIONS', 'TAX_RETURNS', 'TAX_STATUS'],
     'credentials', 'healthy', null),

    -- heimdall_mx_retail (1014): bank, MFA testing (token_required, optional token field)
    (1014, 'heimdall_mx_retail', 'sandbox', 'sandbox', 'bank', 'Heimdall Bank (Pruebas MFA)', 'https://www.heimdall.mx',
     array['MX'], '#0a8f8f', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuario", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: mfa_default", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "password", "type": "password", "label": "Contraseña", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: pass_valid", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "token", "type": "number", "label": "Token", "validation": "^([0-9]{6})?$", "placeholder": "Ej: 111111", "validation_message": "El token debe tener 6 dígitos; déjalo vacío si el banco aún no lo pidió"}
     ]'::jsonb,
     '[
       {"name": "token_required", "description": "The institution may require a token during link creation or login"}
     ]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'INCOMES', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- ironbank_br_retail (1016): bank, advanced login (username_type 003 valid / 999 invalid, username2, password2)
    (1016, 'ironbank_br_retail', 'sandbox', 'sandbox', 'bank', 'Iron Bank (Login avançado)', 'https://www.ironbank.com.br',
     array['BR'], '#4a4a4a', null, null, null,
     '[
       {"name": "username_type", "type": "select", "label": "Tipo de documento", "validation": "^(001|002|003|999)$", "placeholder": "Selecione o tipo de documento", "validation_message": "Selecione um tipo de documento válido", "values": [
         {"code": "001", "label": "CPF", "validation": "^[0-9]{11}$", "validation_message": "O CPF deve ter 11 dígitos", "placeholder": "Ex.: 12345678901"},
         {"code": "002", "label": "CNPJ", "validation": "^[0-9]{14}$", "validation_message": "O CNPJ deve ter 14 dígitos", "placeholder": "Ex.: 12345678000195"},
         {"code": "003", "label": "Passaporte", "validation": "^[a-zA-Z0-9_]{6,16}$", "validation_message": "O passaporte deve ter entre 6 e 16 caracteres", "placeholder": "Ex.: adv_valid"},
         {"code": "999", "label": "Documento de teste (inválido)", "validation": "^.{1,}$", "validation_message": "Requer pelo menos 1 caractere", "placeholder": "Ex.: adv_invalid"}
       ]},
       {"name": "username", "type": "text", "label": "Número do documento", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: adv_valid", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "password", "type": "password", "label": "Senha", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: pass_valid", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "username2", "type": "text", "label": "Usuário secundário", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: valid", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "password2", "type": "password", "label": "Senha secundária", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: valid", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'BILLS', 'EXCHANGES', 'INCOMES', 'INVESTMENTS', 'INVESTMENT_TRANSACTIONS', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- ironbank_mx_retail (1017): bank, advanced login (username_type 003 valid / 999 invalid, username2, password2)
    (1017, 'ironbank_mx_retail', 'sandbox', 'sandbox', 'bank', 'Iron Bank (Login avanzado)', 'https://www.ironbank.mx',
     array['MX'], '#4a4a4a', null, null, null,
     '[
       {"name": "username_type", "type": "select", "label": "Tipo de documento", "validation": "^(001|002|003|999)$", "placeholder": "Selecciona el tipo de documento", "validation_message": "Selecciona un tipo de documento válido", "values": [
         {"code": "001", "label": "RFC", "validation": "^[A-ZÑ&]{3,4}[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[A-Z0-9]{2}[0-9A]$", "validation_message": "El RFC debe tener 12 o 13 caracteres con formato válido", "placeholder": "Ej: PEGJ800101AB1"},
         {"code": "002", "label": "CURP", "validation": "^([A-Z]{4})([0-9]{6})([A-Z]{6})([A-Z0-9]{2})$", "validation_message": "La CURP debe tener 18 caracteres en mayúsculas", "placeholder": "Ej: PEGJ800101HDFRRN09"},
         {"code": "003", "label": "Pasaporte", "validation": "^[a-zA-Z0-9_]{6,16}$", "validation_message": "El pasaporte debe tener entre 6 y 16 caracteres", "placeholder": "Ej: adv_valid"},
         {"code": "999", "label": "Documento de prueba (inválido)", "validation": "^.{1,}$", "validation_message": "Requiere al menos 1 carácter", "placeholder": "Ej: adv_invalid"}
       ]},
       {"name": "username", "type": "text", "label": "Número de documento", "validation": "^([a-zA-Z0-9_&Ñ]{1,16}|[A-Z0-9]{18})$", "placeholder": "Ej: adv_valid", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _), o los 18 de la CURP"},
       {"name": "password", "type": "password", "label": "Contraseña", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: pass_valid", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "username2", "type": "text", "label": "Usuario secundario", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: valid", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"},
       {"name": "password2", "type": "password", "label": "Contraseña secundaria", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ej: valid", "validation_message": "Requiere entre 1 y 16 caracteres (letras, números o _)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'INCOMES', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- heimdall_br_retail (1020): bank, MFA testing (token_required, optional token field)
    (1020, 'heimdall_br_retail', 'sandbox', 'sandbox', 'bank', 'Heimdall Bank (Teste de MFA)', 'https://www.heimdall.com.br',
     array['BR'], '#0a8f8f', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "Usuário", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: mfa_default", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "password", "type": "password", "label": "Senha", "validation": "^[a-zA-Z0-9_]{1,16}$", "placeholder": "Ex.: pass_valid", "validation_message": "Requer entre 1 e 16 caracteres (letras, números ou _)"},
       {"name": "token", "type": "number", "label": "Token", "validation": "^([0-9]{6})?$", "placeholder": "Ex.: 111111", "validation_message": "O token deve ter 6 dígitos; deixe em branco se o banco ainda não o pediu"}
     ]'::jsonb,
     '[
       {"name": "token_required", "description": "The institution may require a token during link creation or login"}
     ]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'BILLS', 'EXCHANGES', 'INCOMES', 'INVESTMENTS', 'INVESTMENT_TRANSACTIONS', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'credentials', 'healthy', null),

    -- ofmockbank_br_retail (9256): Open Finance Brazil mock bank, consent flow (CPF only)
    (9256, 'ofmockbank_br_retail', 'sandbox', 'sandbox', 'bank', 'OF Mock Bank by Raidiam', null,
     array['BR'], '#016fd0', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "CPF", "validation": "^[0-9]{11}$", "placeholder": "Ex.: 12345678901", "validation_message": "O CPF deve ter 11 dígitos (somente números)"}
     ]'::jsonb,
     '[]'::jsonb,
     array['ACCOUNTS', 'BALANCES', 'BILLS', 'EXCHANGES', 'INCOMES', 'INVESTMENTS', 'INVESTMENT_TRANSACTIONS', 'OWNERS', 'RECURRING_EXPENSES', 'RISK_INSIGHTS', 'TRANSACTIONS'],
     'openfinance', 'healthy', '{"description": "Banco simulado do ambiente de testes do Open Finance Brasil, mantido pela Raidiam.", "participants": ["Mock Bank"], "authorization_server_id": "7f3c2a9e-5b1d-4e8a-9c6f-2d4b8a1e0f53"}'::jsonb),

    -- planet_mx_retail (9454): employment MX, CURP only (employment-MX link body has no password)
    (9454, 'planet_mx_retail', 'sandbox', 'sandbox', 'employment', 'Planet Express', 'https://www.planetexpress.mx',
     array['MX'], '#e4572e', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "CURP", "validation": "^(([A-Z]{4})([0-9]{6})([A-Z]{6})([A-Z0-9]{2})|gig10[0-3])$", "placeholder": "Ej: PEGJ800101HDFRRN09", "validation_message": "La CURP debe tener 18 caracteres en mayúsculas"}
     ]'::jsonb,
     '[]'::jsonb,
     array['CURRENT_EMPLOYMENTS', 'EMPLOYMENT_METRICS', 'EMPLOYMENT_RECORDS'],
     'credentials', 'healthy', null),

    -- inss_br_employment (9460): employment BR, CPF + gov.br password
    (9460, 'inss_br_employment', 'sandbox', 'sandbox', 'employment', 'INSS (Sandbox)', null,
     array['BR'], '#1351b4', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "CPF", "validation": "^([0-9]{11}|[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2}|gig10[0-3])$", "placeholder": "Ex.: 123.456.789-01", "validation_message": "Informe o CPF com 11 dígitos ou no formato 123.456.789-01"},
       {"name": "password", "type": "password", "label": "Senha gov.br", "validation": "^(.{8,70}|full|low|nodata)$", "placeholder": "Ex.: Senha123", "validation_message": "A senha deve ter entre 8 e 70 caracteres"}
     ]'::jsonb,
     '[]'::jsonb,
     array['EMPLOYMENTS'],
     'credentials', 'healthy', null),

    -- naboo_cl_fiscal (9470): fiscal Chile, RUT + Clave Tributaria
    (9470, 'naboo_cl_fiscal', 'sandbox', 'sandbox', 'fiscal', 'Naboo Impuestos (Sandbox)', 'https://www.naboo.cl',
     array['CL'], '#2e7d32', null, null, null,
     '[
       {"name": "username", "type": "text", "label": "RUT", "validation": "^([0-9]{1,2}(\\.?[0-9]{3}){2}-?[0-9kK]|fiscal10[0-2])$", "placeholder": "Ej: 12.345.678-5", "validation_message": "Ingresa un RUT válido, por ejemplo 12.345.678-5 (o un usuario de prueba: fiscal100, fiscal101, fiscal102)"},
       {"name": "password", "type": "password", "label": "Clave Tributaria", "validation": "^.{1,50}$", "placeholder": "Ej: ClaveSII1", "validation_message": "Requiere entre 1 y 50 caracteres"}
     ]'::jsonb,
     '[]'::jsonb,
     array['DEBT_REPORTS', 'INVOICES', 'TAX_STATUS'],
     'credentials', 'healthy', null)
on conflict (id) do update set
    name = excluded.name,
    environment = excluded.environment,
    connector = excluded.connector,
    type = excluded.type,
    display_name = excluded.display_name,
    website = excluded.website,
    country_codes = excluded.country_codes,
    primary_color = excluded.primary_color,
    logo = excluded.logo,
    icon_logo = excluded.icon_logo,
    text_logo = excluded.text_logo,
    form_fields = excluded.form_fields,
    features = excluded.features,
    resources = excluded.resources,
    integration_type = excluded.integration_type,
    status = excluded.status,
    openbanking_information = excluded.openbanking_information,
    updated_at = now();
