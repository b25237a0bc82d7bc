-- List projects with one or two of the contract's filters and a page among the first five.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }
local provinces = { "01", "08", "12", "20", "22", "24", "31", "48", "79", "92" }
local statuses = { "ONGOING", "COMPLETED", "APPROVED" }
local sectors = { "12220", "12250", "13040", "11220", "14030" }
local countries = { "US", "DE", "KR", "JP", "FR" }

function init()
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local r = math.random(4)
  local filter
  if r == 1 then
    filter = "province=" .. provinces[math.random(#provinces)] .. "&status=" .. statuses[math.random(#statuses)]
  elseif r == 2 then
    filter = "sector=" .. sectors[math.random(#sectors)] .. "&activeInYear=" .. math.random(2006, 2025)
  elseif r == 3 then
    filter = "donorCountry=" .. countries[math.random(#countries)] .. "&modality=PROJECT"
  else
    filter = "province=" .. provinces[math.random(#provinces)] .. "&sort=startDate,desc"
  end
  return wrk.format("GET", "/api/v1/projects?" .. filter .. "&size=20&page=" .. (math.random(5) - 1), headers)
end

done = common.done
