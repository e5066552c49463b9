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
