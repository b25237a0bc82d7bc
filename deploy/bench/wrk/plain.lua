-- One fixed request (the aggregates), given as wrk's URL.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
done = require("common").done
