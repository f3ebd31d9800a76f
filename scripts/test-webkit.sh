#!/bin/sh
# Runs the test suite in WebKitGTK: starts Xvfb and WebKitWebDriver, waits for the driver,
# runs web-test-runner and stops the driver, keeping the test run's exit code.
PORT="${WEBKIT_DRIVER_PORT:-4444}"; export PORT
exec xvfb-run -a sh -c '
  WebKitWebDriver --port="$PORT" --host=local >/dev/null 2>&1 &
  drv=$!; n=0
  until node -e "fetch(\"http://127.0.0.1:$PORT/status\").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; do
    n=$((n+1)); [ "$n" -gt 100 ] && { echo "WebKitWebDriver did not start" >&2; kill "$drv"; exit 1; }; sleep 0.1
  done
  npx web-test-runner --config web-test-runner.webkit.config.mjs "$@"; rc=$?
  kill "$drv"; wait "$drv" 2>/dev/null; exit "$rc"' sh "$@"
