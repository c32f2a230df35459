-- Which server instance made each attempt (db-scheduler's scheduler name, the host name unless configured), so an
-- operator running several instances sees who delivered what.
alter table webhook_attempts add column instance text;

create or replace view webhook_event_items as
select e.organization_id, e.environment, e.id, e.endpoint_id, e.link_id, e.webhook_type, e.webhook_code,
       e.request_id, e.status, e.created_at, e.delivered_at, e.next_attempt_at, e.payload,
       (select coalesce(json_agg(json_build_object('number', a.number, 'attempted_at', a.attempted_at,
                                                   'status_code', a.status_code, 'latency_ms', a.latency_ms,
                                                   'error', a.error, 'instance', a.instance) order by a.number),
                        '[]'::json)::text
        from webhook_attempts a
        where a.organization_id = e.organization_id and a.event_id = e.id) as attempts
from webhook_events e;
