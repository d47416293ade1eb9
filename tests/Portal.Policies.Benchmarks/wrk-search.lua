-- wrk script for the search API under many connections (issue 14, finding 17).
-- Usage: wrk -t2 -c64 -d30s --latency -s wrk-search.lua http://127.0.0.1:PORT -- QUERIES_FILE SITE
-- QUERIES_FILE holds one URL-escaped query per line (the benchmark program writes it from a fixed seed);
-- each connection walks the list from its own offset, so the load is a mix, not one cached query.
local queries = {}
local site = "corpus"
local counter = 0

function init(args)
  local path = args[1]
  site = args[2] or site
  for line in io.lines(path) do
    if #line > 0 then
      queries[#queries + 1] = line
    end
  end
  -- A different starting point per thread (math.random is seeded per thread by wrk).
  counter = math.random(#queries)
end

function request()
  counter = counter % #queries + 1
  return wrk.format("GET", "/" .. site .. "/api/policies/search?q=" .. queries[counter])
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (status) %d, (connect/read/write/timeout) %d/%d/%d/%d\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
