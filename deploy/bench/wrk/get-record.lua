-- GET one record by id, with a token: BENCH_RECORD_PATH (e.g. /api/v1/organizations), its ids one a line in the file
-- BENCH_RECORD_IDS of the data directory, picked at random.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local path = os.getenv("BENCH_RECORD_PATH")
local ids
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }

function init()
  ids = common.read_ids(os.getenv("BENCH_DATA") .. "/" .. os.getenv("BENCH_RECORD_IDS"))
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  return wrk.format("GET", path .. "/" .. ids[math.random(#ids)], headers)
end

done = common.done
