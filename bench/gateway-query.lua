-- wrk script: POSTs the benchmark's nested query and counts GraphQL-level failures (non-200 or
-- an "errors" entry in the body) besides wrk's socket errors. Prints machine-readable lines.
local body_file = os.getenv("BENCH_BODY") or "target/gateway-query.json"
local f = assert(io.open(body_file, "r"))
local query_body = f:read("*a")
f:close()

wrk.method = "POST"
wrk.body = query_body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  graphql_errors = 0
  bad_status = 0
end

function response(status, headers, body)
  if status ~= 200 then
    bad_status = bad_status + 1
  elseif string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local graphql, status = 0, 0
  for _, thread in ipairs(threads) do
    graphql = graphql + thread:get("graphql_errors")
    status = status + thread:get("bad_status")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d duration_us=%d rps=%.1f\n", summary.requests, summary.duration,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("BENCH p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("BENCH socket_errors=%d bad_status=%d graphql_errors=%d\n", socket, status, graphql))
end
