-- The same CITIES cities (bench/run.sh fetched them all first) in turn: every request is a cache hit, of a
-- different entry each time, so that a data grid's hits spread over its members' partitions as real ones do.
package.path = "bench/wrk/?.lua;" .. package.path
local name = require("city-name")
local cities = tonumber(os.getenv("CITIES") or "200")
local counter = 0

setup = function(thread)
  counter = math.random(0, cities - 1)
end

request = function()
  counter = counter + 1
  return wrk.format("GET", "/weather/?city=Grid%20" .. name(counter % cities))
end
