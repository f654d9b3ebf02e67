# Shared by the check scripts: starts `glossa serve` (debug build) in the background and stops
# it, and removes the scripts' temporary folder, when the script exits.
#
#   source scripts/lib/glossa-server.sh
#   start_glossa_server PORT [serve options…]     # sets $server; waits for /healthz
#
# The script sets $work (a temporary folder) before sourcing; the server's log goes there.

server=""
stop_glossa_server() {
  if [ -n "$server" ]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  server=""
  rm -rf "$work"
}
trap stop_glossa_server EXIT

# The path of the built `glossa`, building it first.
glossa_binary() {
  swift build --product glossa >/dev/null
  echo "$(swift build --show-bin-path)/glossa"
}

start_glossa_server() {
  local port=$1 binary
  shift
  # Built first, in the foreground: the wait for /healthz below starts when the server does.
  binary=$(glossa_binary)
  "$binary" serve --port "$port" "$@" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "glossa serve did not answer on port $port:" >&2
  cat "$work/server.log" >&2
  return 1
}
