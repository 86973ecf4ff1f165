#!/usr/bin/env bash
# The whole suite: lint and formatting, typecheck, unit tests, integration tests on the embedded
# database and on a real PostgreSQL started here, then end-to-end tests in Chromium against a
# production build. Everything started here is stopped on exit, on failure and on Ctrl-C.
#
#   npm test                       every stage
#   npm test -- STAGE [ARGS...]    one stage: lint, types, unit, pglite, postgres, integration, e2e;
#                                  ARGS go to its runner (a test file, -t "name", --grep "name"...)
#
# System packages (PostgreSQL's server binaries, Chromium, poppler) come from scripts/setup.sh.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

STAGE=${1:-all}
[ $# -gt 0 ] && shift
case "$STAGE" in
  all | lint | types | unit | pglite | postgres | integration | e2e) ;;
  *) printf 'npm test: unknown stage "%s" (lint, types, unit, pglite, postgres, integration, e2e)\n' "$STAGE" >&2; exit 2 ;;
esac
if [ "$STAGE" = all ] && [ $# -gt 0 ]; then
  printf 'npm test: arguments need a stage, e.g. npm test -- unit %s\n' "$*" >&2
  exit 2
fi

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { printf '\nnpm test: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = "0" ]; }

WORK_DIR=$(mktemp -d -t cardak-test-XXXXXX)
PG_DIR="$WORK_DIR/pg"
PG_BIN=""
PG_USER=""
export PGLITE_DATA_DIR="$WORK_DIR/pglite"

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$PG_BIN" ] && [ -f "$PG_DIR/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  # Playwright stops its own web server; anything else of ours still in this process group goes too.
  jobs -p | xargs -r kill 2>/dev/null || true
  rm -rf "$WORK_DIR"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_pg() {
  if [ -n "$PG_USER" ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

start_postgres() {
  PG_BIN=$(find_pg_bin) ||
    fail "PostgreSQL server binaries (initdb, pg_ctl) are missing: run 'bash scripts/setup.sh' as root (Debian's 'postgresql' package)."
  if is_root; then
    # initdb refuses to run as root: the cluster belongs to an unprivileged user.
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    PG_USER=postgres
    chown -R postgres "$WORK_DIR"
    chmod 755 "$WORK_DIR"
  fi
  PG_PORT=$(free_port)
  as_pg "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$WORK_DIR/pg.log" -w -o \
    "-p $PG_PORT -k $WORK_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$WORK_DIR/pg.log" >&2; fail "PostgreSQL did not start"; }
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
}

ensure_chromium() {
  CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium || true)}
  [ -n "$CHROMIUM_PATH" ] ||
    fail "Chromium is missing: run 'bash scripts/setup.sh' as root (Debian's 'chromium' package)."
  export CHROMIUM_PATH
}

started=$(date +%s)
runs() { [ "$STAGE" = all ] || [ "$STAGE" = "$1" ] || { [ "$STAGE" = integration ] && { [ "$1" = pglite ] || [ "$1" = postgres ]; }; }; }

if runs lint; then
  log "Lint and formatting"
  npx eslint . --max-warnings 0
  npx prettier --check . --log-level warn
fi

if runs types; then
  log "Typecheck"
  npx tsc --noEmit
fi

if runs unit; then
  log "Unit tests"
  npx vitest run --project unit "$@"
fi

if runs pglite; then
  log "Integration tests on the embedded database (PGlite)"
  env -u DATABASE_URL -u TEST_DATABASE_URL npx vitest run --project integration "$@"
fi

if runs postgres; then
  log "Integration tests on PostgreSQL"
  start_postgres
  npx vitest run --project integration "$@"
fi

if runs e2e; then
  log "End-to-end tests in Chromium against a production build"
  ensure_chromium
  [ -n "$PG_BIN" ] || start_postgres
  E2E_DB="cardak_e2e"
  as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database $E2E_DB" >/dev/null
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/$E2E_DB"
  export E2E_PORT=$(free_port)
  export APP_URL="http://127.0.0.1:$E2E_PORT"
  # The seller on invoices: production requires the real company's details.
  export COMPANY_ADDRESS="Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul"
  export COMPANY_TAX_OFFICE="Esenyurt" COMPANY_TAX_ID="1234567890" COMPANY_IBAN="TR330006100519786457841326"
  export ADMIN_EMAIL="admin@e2e.test" ADMIN_PASSWORD="E2e-Yonetici-Sifresi"
  export AUTH_SECRET="e2e-secret-that-is-long-enough-0123456789"
  # Production with DATABASE_URL refuses to encrypt integration credentials without a configured key.
  export ENCRYPTION_KEY=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')
  export NEXT_TELEMETRY_DISABLED=1
  # The platform connectors call a local fake (started by Playwright's global setup) on this port.
  export FAKE_PLATFORMS_PORT=$(free_port)
  FAKE_PLATFORMS_URL="http://127.0.0.1:$FAKE_PLATFORMS_PORT"
  export SHOPIFY_API_BASE_URL="$FAKE_PLATFORMS_URL" WOOCOMMERCE_API_BASE_URL="$FAKE_PLATFORMS_URL"
  export TICIMAX_API_BASE_URL="$FAKE_PLATFORMS_URL" HEPSIBURADA_API_BASE_URL="$FAKE_PLATFORMS_URL"
  # Card payments go to the fake Iyzico (also started by the global setup), with its keys.
  export FAKE_IYZICO_PORT=$(free_port)
  export IYZIPAY_URI="http://127.0.0.1:$FAKE_IYZICO_PORT"
  export IYZIPAY_API_KEY="e2e-fake-iyzico-api-key" IYZIPAY_SECRET_KEY="e2e-fake-iyzico-secret-key"
  npm run --silent db:migrate
  npm run --silent db:seed
  # SKIP_BUILD=1 reuses the last build (when only tests changed).
  [ "${SKIP_BUILD:-0}" = 1 ] && [ -f .next/BUILD_ID ] || npx next build
  npx playwright test "$@"
fi

log "Passed ($STAGE) in $(( $(date +%s) - started )) s"
