#!/bin/sh
# npm test: the build and every check, the Node tests (with a throwaway PostgreSQL), then the
# browser tests in Chromium, Firefox and WebKit. better-sqlite3 compiles (when it has not yet)
# while the build and the checks run.
set -e
node scripts/native.js &
native=$!
npm run build
# Type-checking and linting each keep one core busy: side by side.
npm run lint &
lint=$!
npm run typecheck
wait "$lint"
node scripts/docs.js --check
node scripts/check-cycles.js
wait "$native"
node scripts/with-postgres.js node --test --test-concurrency=4 test/intake/ test/docs/ test/stories/ test/scripts/ test/builder/
web-test-runner
