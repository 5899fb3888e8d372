-- The invariants build/chaos.sh checks in one database after the hosts have settled, as "name value" lines.
-- chaos.acked holds the ids of the orders the API acknowledged with 201. Every stored order (acknowledged or not:
-- a request cut by kill -9 may have committed) must have exactly one instance of "New order processing" and
-- exactly one task asked by its question block "8-process" (Process this order?).
\set ON_ERROR_STOP 1

CREATE TEMP VIEW per_order AS
SELECT coalesce(o."Id", a.id) AS id,
       a.id IS NOT NULL AS acked,
       o."Id" IS NOT NULL AS stored,
       (SELECT count(*) FROM processes."ProcessInstances" i
         WHERE i."ObjectType" = 'order' AND i."ObjectId" = coalesce(o."Id", a.id)::text
           AND i."ProcessName" = 'New order processing' AND NOT i."IsTestRun") AS instances,
       (SELECT count(*) FROM tasking."Tasks" t
         WHERE t."SubjectType" = 'order' AND t."SubjectId" = coalesce(o."Id", a.id)::text
           AND t."ProcessName" = 'New order processing' AND t."ProcessBlockId" = '8-process') AS tasks
FROM sales."Orders" o FULL JOIN chaos.acked a ON a.id = o."Id";

SELECT 'acknowledged', count(*) FILTER (WHERE acked) FROM per_order
UNION ALL SELECT 'stored', count(*) FILTER (WHERE stored) FROM per_order
UNION ALL SELECT 'stored_unacknowledged', count(*) FILTER (WHERE stored AND NOT acked) FROM per_order
UNION ALL SELECT 'lost_orders', count(*) FILTER (WHERE acked AND NOT stored) FROM per_order
UNION ALL SELECT 'instances', coalesce(sum(instances), 0) FROM per_order
UNION ALL SELECT 'tasks', coalesce(sum(tasks), 0) FROM per_order
UNION ALL SELECT 'lost_instances', count(*) FILTER (WHERE instances = 0) FROM per_order
UNION ALL SELECT 'doubled_instances', count(*) FILTER (WHERE instances > 1) FROM per_order
UNION ALL SELECT 'lost_tasks', count(*) FILTER (WHERE tasks = 0) FROM per_order
UNION ALL SELECT 'doubled_tasks', count(*) FILTER (WHERE tasks > 1) FROM per_order
UNION ALL SELECT 'lost', count(*) FILTER (WHERE NOT stored OR instances = 0 OR tasks = 0) FROM per_order
UNION ALL SELECT 'doubled', count(*) FILTER (WHERE instances > 1 OR tasks > 1) FROM per_order;

-- A delay traces one row when entered ("Waits until …", no exit) and one when its timer fires (exit "next"): more
-- fires than entries is a timer that fired twice. The question asked twice in one instance is the same failure
-- seen one block later.
SELECT 'timers_fired_twice', count(*) FROM (
  SELECT 1 FROM processes."ProcessTrace" WHERE "BlockType" = 'delay' GROUP BY "InstanceId", "BlockId"
  HAVING count(*) FILTER (WHERE "Exit" IS NOT NULL) > count(*) FILTER (WHERE "Exit" IS NULL)) fired
UNION ALL SELECT 'questions_asked_twice', count(*) FROM (
  SELECT 1 FROM processes."ProcessTrace" WHERE "BlockId" = '8-process' AND "Exit" IS NULL
  GROUP BY "InstanceId" HAVING count(*) > 1) asked
UNION ALL SELECT 'timers_overdue', count(*) FROM processes."ProcessTimers" WHERE "DueAtUtc" < now() - interval '5 seconds'
UNION ALL SELECT 'incidents', count(*) FROM processes."ProcessInstances" WHERE "IncidentError" IS NOT NULL;

-- Every module's outbox (any table named *Outbox with a FailedAtUtc column, so new modules count too): an event
-- neither processed nor failed after settling is stuck; one kept as failed gave up after its retries.
SELECT format($$SELECT 'stuck_events', coalesce(sum(stuck), 0) FROM (%1$s) o
                UNION ALL SELECT 'failed_events', coalesce(sum(failed), 0) FROM (%1$s) o$$,
              string_agg(format($$SELECT count(*) FILTER (WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL) AS stuck,
                                         count(*) FILTER (WHERE "FailedAtUtc" IS NOT NULL) AS failed FROM %I.%I$$,
                                table_schema, table_name), ' UNION ALL '))
FROM information_schema.columns WHERE column_name = 'FailedAtUtc' AND table_name LIKE '%Outbox' \gexec

-- What failed, for the work folder (psql -v details=FILE): the orders, events and instances behind the figures.
\o :details
SELECT 'order' AS what, id, acked, stored, instances, tasks FROM per_order
 WHERE NOT stored OR instances <> 1 OR tasks <> 1 ORDER BY id;
SELECT "InstanceId", "BlockId", count(*) AS rows FROM processes."ProcessTrace" WHERE "BlockType" = 'delay'
 GROUP BY "InstanceId", "BlockId"
HAVING count(*) FILTER (WHERE "Exit" IS NOT NULL) > count(*) FILTER (WHERE "Exit" IS NULL);
SELECT "Id", "Purpose", "DueAtUtc", "LockedUntilUtc", "InstanceId" FROM processes."ProcessTimers" WHERE "DueAtUtc" < now() - interval '5 seconds';
SELECT "Id", "ObjectId", "IncidentError" FROM processes."ProcessInstances" WHERE "IncidentError" IS NOT NULL;
SELECT string_agg(format($$SELECT %L AS outbox, "Id", "Type", "Attempts", "FailedAtUtc", left("LastError", 300) AS error
                            FROM %I.%I WHERE "ProcessedAtUtc" IS NULL OR "FailedAtUtc" IS NOT NULL$$, table_name, table_schema, table_name), ' UNION ALL ')
FROM information_schema.columns WHERE column_name = 'FailedAtUtc' AND table_name LIKE '%Outbox' \gexec
\o
