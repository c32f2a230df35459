-- A link's stale_in as a number of days, so the stale-data purge need not parse '30d' in SQL; the API still
-- shows it as '30d'.
alter table links add column stale_in_days integer;
update links set stale_in_days = rtrim(stale_in, 'd')::int;
alter table links alter column stale_in_days set not null;
alter table links add constraint links_stale_in_days_check check (stale_in_days between 1 and 365);
alter table links drop column stale_in;

-- The purposes Java knows (MfaPurpose), checked here as links' status and access_mode are.
alter table mfa_sessions add constraint mfa_sessions_purpose_check
    check (purpose in ('register', 'update', 'refresh', 'retrieve'));
