-- A page among the first five of a list, with a token: one of the queries in BENCH_LIST_QUERIES (separated by |),
-- picked at random.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local queries = {}
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }

function init()
  for query in string.gmatch(os.getenv("BENCH_LIST_QUERIES"), "[^|]+") do
    queries[#queries + 1] = query
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  return wrk.format("GET", queries[math.random(#queries)] .. "&size=20&page=" .. (math.random(5) - 1), headers)
end

done = common.done
