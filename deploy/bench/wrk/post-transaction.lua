-- POST a small commitment or disbursement (alternately) to a random approved or ongoing project; the disbursement
-- guard runs on every disbursement, and these projects keep commitment left to disburse.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local ids
local n = 0
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "application/json" }

function init()
  ids = common.read_ids(os.getenv("BENCH_DATA") .. "/open-project-ids.txt")
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  n = n + 1
  local type = (n % 2 == 0) and "DISBURSEMENT" or "COMMITMENT"
  local body = '{"type":"' .. type .. '","date":"2025-06-15","amount":1,"description":"bench"}'
  return wrk.format("POST", "/api/v1/projects/" .. ids[math.random(#ids)] .. "/transactions", headers, body)
end

done = common.done
