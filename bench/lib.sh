# Shared by the benchmark scripts: source it after `cd` to the repository.

# wrk, from Debian's packages when absent.
need_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "Installing wrk from Debian's packages" >&2
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
  fi
}

# Waits until the service on port $1 is ready; prints nothing, fails after 2 minutes.
wait_ready() {
  for _ in $(seq 1 1200); do
    curl -sf "localhost:$1/q/health/ready" >/dev/null && return 0
    sleep 0.1
  done
  echo "the service on port $1 did not get ready within 2 minutes" >&2
  return 1
}

# A wrk script that posts HEAD, a number no other request has, then TAIL, as JSON: every request is
# a body assessed afresh, never one answered from the cache. Each wrk thread counts in its own range.
distinct_lua() { # head tail
  python3 - "$1" "$2" <<'PY'
import json, sys
print("local head = " + json.dumps(sys.argv[1]) + "\nlocal tail = " + json.dumps(sys.argv[2]) + """
local counter = 0
local threads = 0
function setup(thread)
  thread:set("offset", threads * 100000000)
  threads = threads + 1
end
function request()
  counter = counter + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, head .. (offset + counter) .. tail)
end""")
PY
}
