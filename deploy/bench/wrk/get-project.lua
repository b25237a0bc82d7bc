-- GET one project by id, ids picked at random from the generator's sample.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local ids
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }

function init()
  ids = common.read_ids(os.getenv("BENCH_DATA") .. "/project-ids.txt")
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  return wrk.format("GET", "/api/v1/projects/" .. ids[math.random(#ids)], headers)
end

done = common.done
