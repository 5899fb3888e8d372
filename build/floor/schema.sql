-- The schema of the floor benchmark (build/bench-floor.sh): the fewest tables and indexes one process instance
-- touches in Processes and Tasking, with the columns the statements of instance.sql need. Not the product schema.
DROP SCHEMA IF EXISTS floor CASCADE; CREATE SCHEMA floor; SET search_path=floor;
CREATE TABLE definition(id int PRIMARY KEY, state text NOT NULL, current_version bigint NOT NULL);
INSERT INTO definition VALUES (1,'active',1);
CREATE TABLE fact(object_id text PRIMARY KEY, facts jsonb NOT NULL);
CREATE TABLE instance(id bigint PRIMARY KEY, definition int NOT NULL, object_id text NOT NULL, state text NOT NULL, tokens jsonb NOT NULL, counters jsonb NOT NULL, row_version int NOT NULL, started_at timestamptz NOT NULL, ended_at timestamptz);
CREATE INDEX ON instance(definition, object_id) WHERE state='running';
CREATE TABLE request(id bigint PRIMARY KEY, instance bigint NOT NULL, block text NOT NULL);
CREATE TABLE trace(id bigserial PRIMARY KEY, instance bigint NOT NULL, block text NOT NULL, exit text, at timestamptz NOT NULL);
CREATE INDEX ON trace(instance);
CREATE TABLE outbox(id bigserial PRIMARY KEY, partition bigint NOT NULL, type text NOT NULL, payload jsonb NOT NULL, created timestamptz NOT NULL, processed timestamptz);
CREATE INDEX ON outbox(id) WHERE processed IS NULL;
CREATE TABLE inbox(event_id bigint, handler text, PRIMARY KEY(event_id, handler));
CREATE TABLE employee(id int PRIMARY KEY, name text, is_admin bool);
INSERT INTO employee VALUES (1,'admin',true);
CREATE TABLE task(id bigint PRIMARY KEY, number bigint NOT NULL, request bigint NOT NULL, instance bigint NOT NULL, state text NOT NULL, title text NOT NULL, answer text, row_version int NOT NULL, created timestamptz NOT NULL);
CREATE INDEX ON task(instance) WHERE state='open';
CREATE SEQUENCE task_number;

