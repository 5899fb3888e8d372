-- The fewest round trips one instance of start -> question -> answer -> finish needs under the design card, sent
-- by a client with no logic of its own (pgbench, C): a transaction per user command (start, answer) and per
-- delivery of an event another module acts on (Tasking: "task requested", "instance ended"; Processes: "task
-- completed"). BEGIN rides with the first statement and a transaction's writes go as one batch, as Npgsql and EF's
-- SaveChanges do; the claim of an outbox batch is shared by many events, so it is not counted.
\set obj random(1, 1000000000)
-- ids are made by the client, as the application makes Guids
\set iid random(1, 9000000000000000000)
\set rid random(1, 9000000000000000000)
\set tid random(1, 9000000000000000000)
-- 1. start (user command): the definition's state and version, one running instance per object, the object's facts, write
BEGIN \; SELECT state, current_version FROM definition WHERE id = 1;
SELECT 1 FROM instance WHERE definition = 1 AND object_id = 'o:' || :obj AND state = 'running';
SELECT facts FROM fact WHERE object_id = 'o:' || :obj;
INSERT INTO instance VALUES (:iid, 1, 'o:' || :obj, 'running', '[{"block":"q"}]', '{}', 1, now(), NULL) \; INSERT INTO request VALUES (:rid, :iid, 'q') \; INSERT INTO trace(instance, block, exit, at) VALUES (:iid, 'start', 'next', now()), (:iid, 'q', NULL, now()) \; INSERT INTO outbox(partition, type, payload, created) VALUES (:iid, 'HumanTaskRequested', '{"title":"Call the client","options":["yes","no"]}', now()) RETURNING id AS ev1 \gset
COMMIT;
-- 2. Tasking receives "task requested": its inbox, write the task, its event, the inbox row and the mark
BEGIN \; SELECT 1 FROM inbox WHERE event_id = :ev1 AND handler = 'tasking';
INSERT INTO inbox VALUES (:ev1, 'tasking') \; UPDATE outbox SET processed = now() WHERE id = :ev1 \; INSERT INTO outbox(partition, type, payload, created) VALUES (:rid, 'TaskCreated', '{}', now()) \; INSERT INTO task VALUES (:tid, nextval('task_number'), :rid, :iid, 'open', 'Call the client', NULL, 1, now());
COMMIT;
-- 3. the manager answers (user command): who answers, the task, write
BEGIN \; SELECT name, is_admin FROM employee WHERE id = 1;
SELECT state, row_version FROM task WHERE id = :tid;
UPDATE task SET state = 'completed', answer = 'yes', row_version = 2 WHERE id = :tid AND row_version = 1 \; INSERT INTO outbox(partition, type, payload, created) VALUES (:tid, 'TaskCompleted', '{"answer":"yes"}', now()) RETURNING id AS ev2 \gset
COMMIT;
-- 4. Processes receives "task completed": request and instance, the object's facts, write (finish) and the mark
BEGIN \; SELECT i.tokens, i.row_version FROM request r JOIN instance i ON i.id = r.instance WHERE r.id = :rid;
SELECT facts FROM fact WHERE object_id = 'o:' || :obj;
UPDATE outbox SET processed = now() WHERE id = :ev2 \; UPDATE instance SET state = 'finished', tokens = '[]', row_version = 2, ended_at = now() WHERE id = :iid AND row_version = 1 \; INSERT INTO trace(instance, block, exit, at) VALUES (:iid, 'q', 'yes', now()), (:iid, 'finish', NULL, now()) \; INSERT INTO outbox(partition, type, payload, created) VALUES (:iid, 'ProcessInstanceEnded', '{}', now()) RETURNING id AS ev3 \gset
COMMIT;
-- 5. Tasking receives "instance ended": its open tasks of the instance (none left), the mark
BEGIN \; SELECT id FROM task WHERE instance = :iid AND state = 'open';
UPDATE outbox SET processed = now() WHERE id = :ev3;
COMMIT;
