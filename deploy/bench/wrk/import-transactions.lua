-- POST /api/v1/imports/transactions?mode=commit with BENCH_IMPORT_ROWS rows (100): a commitment and then a
-- disbursement of 1 to each of half as many random approved or ongoing projects, so the disbursement guard runs on
-- every other row. The batched path for a provincial system's burst: one database transaction, the projects locked
-- once, multi-row statements.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local codes
local rows = tonumber(os.getenv("BENCH_IMPORT_ROWS") or "100")
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "text/csv" }

function init()
  codes = common.read_ids(os.getenv("BENCH_DATA") .. "/open-project-codes.txt")
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local lines = { "projectCode,type,date,amount,description" }
  for _ = 1, math.floor(rows / 2) do
    local code = codes[math.random(#codes)]
    lines[#lines + 1] = code .. ",COMMITMENT,2025-06-15,1,bench"
    lines[#lines + 1] = code .. ",DISBURSEMENT,2025-06-15,1,bench"
  end
  return wrk.format("POST", "/api/v1/imports/transactions?mode=commit", headers, table.concat(lines, "\n") .. "\n")
end

done = common.done
