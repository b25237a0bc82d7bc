-- The same-stack peer's GET by id (quarkus-super-heroes rest-villains as ../shared/bench/peer-villains.sh runs it):
-- one of its 100 villains at random, ids 1, 51, ... 4951.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
done = require("common").done

function request()
  return wrk.format("GET", "/api/villains/" .. (1 + 50 * math.random(0, 99)))
end
