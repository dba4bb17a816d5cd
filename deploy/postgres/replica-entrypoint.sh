#!/bin/sh
# A streaming replica of the primary: cloned with pg_basebackup on its first start, then a
# hot standby (read-only) that replays the primary's WAL. Stands in for a managed read replica.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -p 5432 -q; do sleep 1; done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 0700 "$PGDATA"
  # -R writes standby.signal and primary_conninfo: the server starts as a standby.
  gosu postgres env PGPASSWORD="$REPLICATION_PASSWORD" \
    pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U replicator -D "$PGDATA" -X stream -R
fi
exec docker-entrypoint.sh postgres -c hot_standby=on
