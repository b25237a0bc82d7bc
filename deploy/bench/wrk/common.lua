-- Shared by the scenario scripts: random ids from the generator's lists, and one machine-readable result line.
local M = {}

function M.read_ids(file)
  local ids = {}
  for line in io.lines(file) do
    ids[#ids + 1] = line
  end
  assert(#ids > 0, "no ids in " .. file)
  return ids
end

function M.done(summary, latency)
  local e = summary.errors
  -- RESULT requests seconds p50_ms p95_ms p99_ms errors (socket errors + answers >= 400)
  io.write(string.format("RESULT %d %.3f %.2f %.2f %.2f %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status))
end

return M
