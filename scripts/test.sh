#!/bin/sh
# npm test: the build and every check, the Node tests (with a throwaway PostgreSQL), then the
# browser tests in Chromium, Firefox and WebKit. better-sqlite3 compiles (when it has not yet)
# while the build and the checks run: each of those uses one core.
set -e
node scripts/native.js &
native=$!
npm run build
npm run typecheck
npm run lint
node scripts/docs.js --check
node scripts/check-cycles.js
wait "$native"
node scripts/with-postgres.js node --test --test-concurrency=4 test/intake/ test/docs/ test/stories/ test/scripts/ test/builder/
web-test-runner
